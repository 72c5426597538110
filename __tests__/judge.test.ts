/**
 * The judge (src/judge.ts): from the evidence of one login attempt to a
 * verdict — the diagnosis, the warnings, the rule that decided, the case
 * of the texts, the evidence lines, the preflight's outcome, the push
 * results and the rate limit; and judgeText, what `explain` reads. The
 * wordings themselves are tested in profiles.test.ts, the parsers in
 * protocol.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { DIAGNOSIS_IDS, type DiagnosisId } from '../src/diagnosis.js'
import type {
  CliResult,
  DockerConfigEvidence,
  EventEvidence,
  Evidence,
  ExchangeStep,
  HttpExchange,
  PushEvidence
} from '../src/evidence.js'
import { analyzeInputs } from '../src/input-analysis.js'
import {
  judgeText,
  malformedInput,
  offlineVerdict,
  pushAccessOf,
  RATE_LIMIT_LOW,
  type PushResult,
  type Verdict
} from '../src/judge.js'
import { judge } from '../__fixtures__/oidc-judge.js'
import { readsTexts } from '../src/outcome.js'
import { RULE_TEXT_MAX } from '../src/rules.js'
import {
  DOCKER_HUB,
  PROFILES,
  profileById,
  recognise,
  ruleById,
  type ProfileId
} from '../src/profiles/index.js'
import { grantedActions, tokenOf } from '../src/protocol.js'
import { errorLine, remediationFor } from '../src/remediation.js'

// ---------------------------------------------------------------------------
// Builders

const PAT = `dckr_pat_${'Q7w8E9r0T1'.repeat(3)}`
const OAT = `dckr_oat_${'Z1x2C3v4B5'.repeat(3)}`
const PASSWORD = 'Sup3r-secret-passw0rd'

const HUB_CHALLENGE =
  'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"'

const PAT_WORDING =
  'your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens'

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
        : step === 'rate-limit'
          ? 'https://registry-1.docker.io/v2/ratelimitpreview/test/manifests/latest'
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

function jwt(access: unknown[]): string {
  const part = (value: unknown): string =>
    Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: 'auth.docker.io', access })}.c2ln`
}

/** The token endpoint: a 200 with a JWT, or a refusal with Hub details. */
function token(status: number, text?: string): HttpExchange {
  const body =
    status === 200 ? JSON.stringify({ token: jwt([]) }) : details(text ?? '')
  return exchange('token', status, body)
}

/** The same token request, asking for push on octocat/app as well. */
function pushScoped(request: HttpExchange): HttpExchange {
  return {
    ...request,
    url: `${request.url}&scope=repository%3Aoctocat%2Fapp%3Apull%2Cpush`
  }
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

/**
 * One repository's push check as the gatherer records it: a token request
 * with push scope, and the actions its JWT grants there.
 */
function pushCheck(
  status: number,
  repository: string,
  actions?: string[],
  more: Partial<PushEvidence> = {}
): PushEvidence {
  const body =
    status === 200
      ? JSON.stringify({
          token: jwt([{ type: 'repository', name: repository, actions }])
        })
      : details('access token has insufficient scopes')
  const issued = status === 200 ? tokenOf(body) : undefined
  return {
    repository,
    exchange: exchange('push-token', status, body),
    granted: issued ? grantedActions(issued, repository) : undefined,
    ...more
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

/** What a test says about an attempt; the rest is a clean Docker Hub run. */
interface Scenario {
  username?: string
  password?: string
  profile?: ProfileId
  exchanges?: HttpExchange[]
  preflight?: Evidence['preflight']
  cli?: CliResult
  push?: PushEvidence[]
  pushUnchecked?: Evidence['pushUnchecked']
  pushElsewhere?: string[]
  rateLimit?: HttpExchange
  dockerConfig?: DockerConfigEvidence
  event?: EventEvidence
  oidcExchange?: Evidence['oidcExchange']
  loginWithheld?: boolean
}

const SERVERS: Record<ProfileId, string> = {
  'docker-hub': 'docker.io',
  ghcr: 'ghcr.io',
  gitlab: 'registry.gitlab.com',
  quay: 'quay.io',
  harbor: 'harbor.example.com',
  ecr: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
  gar: 'europe-docker.pkg.dev',
  acr: 'acme.azurecr.io',
  generic: 'registry.example.com'
}

/** The evidence record of a scenario (inputs analysed as gather does). */
function evidenceOf(scenario: Scenario = {}): Evidence {
  const profile = scenario.profile ?? 'docker-hub'
  const username = scenario.username ?? 'octocat'
  const server = SERVERS[profile]
  return {
    registry: { input: server, server, profile },
    username,
    input: analyzeInputs(
      username,
      scenario.password ?? PAT,
      profileById(profile)
    ),
    preflight: scenario.preflight ?? 'ran',
    exchanges: scenario.exchanges ?? [],
    push: scenario.push ?? [],
    pushUnchecked: scenario.pushUnchecked,
    ...(scenario.pushElsewhere
      ? { pushElsewhere: scenario.pushElsewhere }
      : {}),
    rateLimit: scenario.rateLimit,
    cli: scenario.cli,
    skipped: false,
    dockerConfig: scenario.dockerConfig,
    event: scenario.event,
    ...(scenario.oidcExchange ? { oidcExchange: scenario.oidcExchange } : {}),
    ...(scenario.loginWithheld ? { loginWithheld: true } : {})
  }
}

function judged(scenario: Scenario): Verdict {
  return judge(evidenceOf(scenario))
}

// ---------------------------------------------------------------------------
// Every diagnosis

const REACH: Record<DiagnosisId, { scenario: Scenario; rule?: string }> = {
  ok: { scenario: { exchanges: [ping401, token(200)], cli: cliOk } },
  'missing-credentials': { scenario: { password: '' } },
  'malformed-credentials': { scenario: { password: `$${PAT}` } },
  'email-as-username': {
    scenario: {
      username: 'octo@example.com',
      exchanges: [ping401, token(401, 'incorrect username or password')]
    },
    rule: 'HUB101'
  },
  'password-with-2fa': {
    scenario: {
      password: PASSWORD,
      exchanges: [
        ping401,
        token(401, PAT_WORDING),
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
    rule: 'HUB103'
  },
  'password-with-sso': {
    scenario: {
      password: PASSWORD,
      exchanges: [
        ping401,
        token(401, PAT_WORDING),
        exchange(
          'hub-login',
          401,
          JSON.stringify({ detail: 'Incorrect authentication credentials' })
        )
      ]
    },
    rule: 'HUB103'
  },
  'pat-required': {
    scenario: {
      password: PASSWORD,
      exchanges: [ping401, token(401, PAT_WORDING)]
    },
    rule: 'HUB005'
  },
  'organization-token-username': {
    scenario: {
      username: 'alice',
      password: OAT,
      exchanges: [ping401, token(401, 'incorrect username or password')]
    },
    rule: 'HUB102'
  },
  'invalid-credentials': {
    scenario: {
      exchanges: [ping401, token(401, 'incorrect username or password')]
    },
    rule: 'HUB010'
  },
  'token-expired': {
    scenario: {
      exchanges: [ping401, token(401, 'personal access token is expired')]
    },
    rule: 'HUB007'
  },
  'insufficient-scope': {
    scenario: {
      exchanges: [ping401, token(200)],
      push: [pushCheck(200, 'octocat/app', ['pull'])],
      cli: cliOk
    }
  },
  'login-locked-out': {
    scenario: {
      exchanges: [
        ping401,
        token(429, 'too many failed login attempts for username or IP address')
      ]
    },
    rule: 'HUB001'
  },
  'rate-limited': {
    scenario: {
      exchanges: [ping401, exchange('token', 429, 'Too Many Requests')]
    },
    rule: 'HTTP001'
  },
  'registry-unreachable': { scenario: { exchanges: [unreachable('ping')] } },
  'credential-store-error': {
    scenario: {
      exchanges: [ping401, token(200)],
      cli: cliFailed(
        'Error saving credentials: error storing credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``'
      )
    },
    rule: 'CLI001'
  },
  unknown: {
    scenario: {
      exchanges: [
        ping401,
        exchange('token', 403, details('account is suspended pending review'))
      ]
    }
  },
  'proxy-authentication-required': {
    scenario: {
      exchanges: [
        exchange('ping', 407, 'Proxy Authentication Required', {
          headers: { 'proxy-authenticate': 'Basic realm="corp"' }
        })
      ]
    }
  },
  'docker-cli-missing': {
    scenario: {
      exchanges: [ping401, token(200)],
      cli: {
        exitCode: 127,
        output: 'Unable to locate executable file: docker.'
      }
    },
    // the words of the CLI not found are the verdict's rule (attack-64)
    rule: 'CLI007'
  },
  'unsupported-credential-kind': {
    // decided offline: GHCR takes no fine-grained token
    scenario: {
      profile: 'ghcr',
      password: `github_pat_${'A1b2C3d4E5'.repeat(8)}`
    }
  },
  'repository-not-found': {
    // Amazon ECR's own wording of NAME_UNKNOWN
    rule: 'ECR003',
    scenario: {
      profile: 'ecr',
      username: 'AWS',
      password: 'ZWNyLXRva2Vu',
      exchanges: [basicPing401, exchange('basic-ping', 200, '{}')],
      push: [
        {
          repository: 'team/app',
          exchange: exchange('basic-ping', 200, '{}'),
          upload: exchange(
            'upload',
            404,
            JSON.stringify({
              errors: [
                {
                  code: 'NAME_UNKNOWN',
                  message:
                    "The repository with name 'team/app' does not exist in the registry with id '123456789012'"
                }
              ]
            })
          )
        }
      ],
      cli: cliOk
    }
  },
  'stale-login': {
    scenario: {
      profile: 'ghcr',
      password: `ghp_${'A1b2C3d4E5'.repeat(3)}ABCDEF`,
      exchanges: [exchange('token', 200, JSON.stringify({ token: 'opaque' }))],
      cli: cliFailed(
        'Error response from daemon: Head "https://ghcr.io/v2/octocat/app/manifests/latest": denied: denied'
      )
    },
    rule: 'GHCR003'
  },
  'not-a-login-failure': {
    scenario: {
      exchanges: [ping401, token(200)],
      cli: cliFailed(
        'Error response from daemon: manifest for octocat/app:v9 not found: manifest unknown: manifest unknown'
      )
    },
    rule: 'LOOK001'
  },
  'registry-mismatch': {
    scenario: {
      exchanges: [ping401, token(200)],
      pushElsewhere: ['ghcr.io'],
      cli: cliOk
    }
  },
  'aws-access-denied': {
    scenario: {
      profile: 'ecr',
      username: 'AWS',
      password: 'ZWNyLXRva2Vu',
      exchanges: [basicPing401, exchange('basic-ping', 200, '{}')],
      cli: cliFailed(
        'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action'
      )
    },
    rule: 'AWS001'
  },
  'oidc-permission-missing': {
    scenario: {
      oidcExchange: {
        connectionId: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e01',
        source: 'environment',
        expiresIn: 300,
        audience: 'https://identity.docker.com',
        result: 'permission-missing',
        missing: ['ACTIONS_ID_TOKEN_REQUEST_URL']
      }
    }
  },
  'oidc-exchange-refused': {
    scenario: {
      oidcExchange: {
        connectionId: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e01',
        source: 'environment',
        expiresIn: 300,
        audience: 'https://identity.docker.com',
        result: 'refused',
        claims: { sub: 'repo:acme@1/app@2:ref:refs/heads/main' },
        exchange: exchange('oidc-exchange', 403, '{"error":"access_denied"}')
      }
    }
  }
}

describe("judge: an OIDC login's own services (attack-47 A47-03, attack-48 A48-04, A48-05)", () => {
  const oidc = (
    result: 'unreachable' | 'rate-limited' | 'token',
    status: number
  ) => ({
    connectionId: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e01',
    source: 'environment' as const,
    expiresIn: 300,
    audience: 'https://identity.docker.com',
    result,
    claims: { sub: 'repo:acme/app:ref:refs/heads/main' },
    exchange: exchange('oidc-exchange', status, '')
  })
  it("the exchange's 5xx: no token from the OIDC login's services, the service failing, not the registry's address", () => {
    const verdict = judge(evidenceOf({ oidcExchange: oidc('unreachable', 503) }))
    expect(verdict).toMatchObject({ diagnosis: 'registry-unreachable', case: 'oidc-id-token' })
    expect(verdict.evidence.join(' ')).toMatch(/answered 503: the service is failing/)
    expect(remediationFor('registry-unreachable', { profile: 'docker-hub', registry: 'docker.io', username: 'acme', case: 'oidc-id-token' }).title).toBe('The OIDC login got no token')
  }) // prettier-ignore
  it("the exchange through a proxy that refused it, or over a certificate the runner does not trust: as for the registry's requests (attack-49 A49-05)", () => {
    const proxied = { ...oidc('unreachable', 407) }
    expect(judge(evidenceOf({ oidcExchange: proxied })).diagnosis).toBe('proxy-authentication-required')
    const tls = { ...oidc('unreachable', 0), exchange: { ...exchange('oidc-exchange', 0, ''), status: undefined, error: { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify the first certificate', timedOut: false, tls: { kind: 'unknown-authority' as const, host: 'identity.docker.com' } } } }
    const verdict = judge(evidenceOf({ oidcExchange: tls }))
    expect(verdict).toMatchObject({ diagnosis: 'registry-unreachable', case: 'oidc-tls' })
    expect(verdict.evidence.join(' ')).toMatch(/OIDC token exchange .* could not be reached: UNABLE_TO_VERIFY_LEAF_SIGNATURE/)
    // the OIDC login's own steps: the registry's certs.d is not read for
    // GitHub's and Docker's identity hosts
    const context = { profile: 'docker-hub' as const, registry: 'docker.io', username: 'acme', case: 'oidc-tls' as const }
    const line = errorLine('registry-unreachable', context)
    expect(line).toMatch(/NODE_EXTRA_CA_CERTS/)
    expect(line).not.toMatch(/certs\.d/)
    expect(remediationFor('registry-unreachable', context).steps.join(' ')).toMatch(/certs\.d directory for docker\.io does not help/)
  }) // prettier-ignore
  it('the ID-token request behind a proxy that refused it, or over an untrusted certificate: the same (attack-50\'s notes)', () => {
    const failed = (error: { proxyStatus?: number; tls?: { kind: 'unknown-authority'; host: string } }) => ({
      connectionId: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e01',
      source: 'environment' as const,
      expiresIn: 300,
      audience: 'https://identity.docker.com',
      result: 'id-token-failed' as const,
      idTokenRequest: { ...exchange('oidc-id-token', 0, ''), status: undefined, error: { code: 'ERR', message: 'refused', timedOut: false, ...error } }
    })
    expect(judge(evidenceOf({ oidcExchange: failed({ proxyStatus: 407 }) })).diagnosis).toBe('proxy-authentication-required')
    expect(judge(evidenceOf({ oidcExchange: failed({ tls: { kind: 'unknown-authority', host: 'pipelines.actions.githubusercontent.com' } }) }))).toMatchObject({ diagnosis: 'registry-unreachable', case: 'oidc-tls' })
    expect(judge(evidenceOf({ oidcExchange: failed({}) }))).toMatchObject({ diagnosis: 'registry-unreachable', case: 'oidc-id-token' })
  }) // prettier-ignore
  it("any 429 of an OIDC login is the login's, not Docker Hub's pull limit", () => {
    const verdict = judge(evidenceOf({ oidcExchange: oidc('rate-limited', 429) }))
    expect(verdict).toMatchObject({ diagnosis: 'rate-limited', case: 'oidc-rate-limit' })
    const written = remediationFor('rate-limited', { profile: 'docker-hub', registry: 'docker.io', username: 'acme', case: 'oidc-rate-limit' })
    expect(JSON.stringify(written)).not.toMatch(/before pulling|paid plan|pulls left/)
  }) // prettier-ignore
})

describe("judgeText reads the end the rules read, from a line's start (attack-54 A54-03)", () => {
  it('sees a wording in the last 64 KiB, and not one before it, however the rest reads', () => {
    const refusal = 'Error response from daemon: unauthorized: incorrect username or password'
    const filler = 'step output line\n'.repeat(Math.ceil((RULE_TEXT_MAX + 1024) / 17))
    expect(judgeText(`${filler}${refusal}`, profileById('docker-hub')).rule).toBe('HUB010')
    expect(judgeText(`${refusal}\n${filler}`, profileById('docker-hub')).rule).toBeUndefined()
    // one line longer than the bound: its end is read
    expect(judgeText(`${'x'.repeat(RULE_TEXT_MAX * 2)} ${refusal}`, profileById('docker-hub')).rule).toBe('HUB010')
  }) // prettier-ignore
})

describe('judgeText: a wording a line break cut is read with the lines joined, where no wording reads as they stand (docs/registries.md §13yy (d))', () => {
  it('reads it, and says how', () => {
    const verdict = judgeText('Error response from daemon: no basic auth cred\nentials', profileById('ecr'))
    expect([verdict.diagnosis, verdict.rule]).toEqual(['missing-credentials', 'CLI004'])
    expect(verdict.evidence.at(-1)).toBe('read with its lines joined: a wording a line break cut')
    // at words (an e-mail's wrap): joined by a space
    expect(judgeText('Error response from daemon: no basic auth\ncredentials', profileById('ecr')).rule).toBe('CLI004')
    // the quote starts a little before the wording, not at the paste's start
    const long = judgeText(`${'step output '.repeat(40)}\nError response from daemon: no basic auth cred\nentials`, profileById('ecr'))
    expect(long.evidence[0]).toMatch(/^seen: ".{0,70}no basic auth credentials/)
  }) // prettier-ignore

  it("never reads a rule whose wording must stand on one line across lines it joined (attack-56 A56-02)", () => {
    const job = ['Run npm test', '  env:', '    ECR_REGISTRY: 123456789012.dkr.ecr.us-east-1.amazonaws.com', '    REDIS_HOST: redis', '  ● Cache › connects to Redis', '    getaddrinfo ENOTFOUND redis', 'Error: Process completed with exit code 1.'].join('\n')
    const timeout = ['Run kubectl apply -f deploy/manifests/', 'deployment.apps/orders-api configured', 'psql: error: connection to server at "10.0.3.17", port 5432 failed: read tcp 10.1.0.5:41234->10.0.3.17:5432: read: connection timed out'].join('\n')
    for (const text of [job, timeout]) {
      const verdict = judgeText(text, profileById('generic'))
      expect([verdict.diagnosis, verdict.rule]).toEqual(['not-a-login-failure', undefined])
    }
  }) // prettier-ignore

  it('keeps a wording the lines read as they stand, and never reads a success so', () => {
    // a rule that says the text is not about logging in keeps its answer
    expect(judgeText('Error response from daemon: manifest for acme/app:v9 not found: manifest unknown: manifest unknown\nno basic auth cred\nentials', profileById('generic')).diagnosis).toBe('not-a-login-failure')
    const success = judgeText('Login Succ\needed', profileById('generic'))
    expect([success.diagnosis, success.rule]).toEqual(['unknown', undefined])
  }) // prettier-ignore
})

describe("judge: Docker Hub's 429 to a login that sent its credential (attack-52's notes)", () => {
  it("is the account's or the address's limit (case account-limit), not an anonymous pull's", () => {
    const verdict = judge(evidenceOf(REACH['rate-limited'].scenario))
    expect(verdict).toMatchObject({ diagnosis: 'rate-limited', case: 'account-limit' })
    const context = { profile: 'docker-hub' as const, registry: 'docker.io', username: 'acme', case: 'account-limit' as const }
    const written = remediationFor('rate-limited', context)
    expect(JSON.stringify(written)).not.toMatch(/before pulling|Authenticate before/)
    expect(errorLine('rate-limited', context)).toMatch(/wait for the window/)
    expect(errorLine('rate-limited', context).length).toBeLessThan(200)
    // another registry's 429 keeps its own texts; an OIDC login's, its own case
    const ghcr = judge(evidenceOf({ ...REACH['rate-limited'].scenario, profile: 'ghcr' }))
    expect(ghcr.case).not.toBe('account-limit')
  }) // prettier-ignore
})

describe('judge: every diagnosis is reachable from evidence', () => {
  it.each([...DIAGNOSIS_IDS])(
    '%s, with the rule that decided it, if any',
    (id) => {
      const verdict = judge(evidenceOf(REACH[id].scenario))
      expect(verdict.diagnosis).toBe(id)
      expect(verdict.rule).toBe(REACH[id].rule)
      expect(verdict.evidence.length).toBeGreaterThan(0)
    }
  )

  it.each([...DIAGNOSIS_IDS])('%s: the verdict holds no secret', (id) => {
    const scenario = REACH[id].scenario
    const text = JSON.stringify(judge(evidenceOf(scenario)))
    const secret = scenario.password ?? PAT
    if (secret) expect(text).not.toContain(secret)
    expect(text).not.toContain('Q7w8E9r0T1')
    expect(text).not.toContain('Z1x2C3v4B5')
    expect(text).not.toContain('SECRET2FA')
    expect(text).not.toContain('Sup3r')
  })

  it.each([...DIAGNOSIS_IDS])(
    '%s: each evidence line is one short line',
    (id) => {
      for (const line of judge(evidenceOf(REACH[id].scenario)).evidence) {
        expect(line).not.toMatch(/[\r\n]/)
        expect(line.length).toBeLessThan(300)
      }
    }
  )
})

/** A redirect's page, as an SSO gateway or a proxy answers with one. */
const REDIRECT_PAGE =
  '<html><head><title>307 Temporary Redirect</title></head><body>Temporary Redirect</body></html>'

describe('readsTexts: when the gathering loads the rule tables', () => {
  it('a login that succeeded throughout reads no text: the tables stay unloaded', () => {
    const ok = evidenceOf(REACH.ok.scenario)
    expect(readsTexts(ok)).toBe(false)
    expect(
      readsTexts(
        evidenceOf({
          exchanges: [token(200)],
          cli: cliOk,
          rateLimit: exchange('rate-limit', 200),
          push: [pushCheck(200, 'octocat/app', ['pull', 'push'])]
        })
      )
    ).toBe(false)
  })

  it.each([...DIAGNOSIS_IDS].filter((id) => REACH[id].rule))(
    '%s, decided by a rule: its evidence reads texts (else a bundle would judge it without the tables)',
    (id) => {
      const evidence = evidenceOf(REACH[id].scenario)
      const verdict = judge(evidence)
      // a rule of the tables decided: the tables must have been loaded
      if (ruleById(verdict.rule)) expect(readsTexts(evidence)).toBe(true)
    }
  )

  it.each([
    ['a refusal', { exchanges: [token(401, 'incorrect username or password')] }],
    ['no answer', { exchanges: [unreachable('token')] }],
    ['a Basic-auth ping refused', { exchanges: [exchange('basic-ping', 401)] }],
    ['a ping answered 429', { exchanges: [exchange('ping', 429)] }],
    ['docker login failed', { exchanges: [token(200)], cli: cliFailed('Error saving credentials') }],
    ['docker login did not run', { exchanges: [token(200)] }],
    ['a rate-limit probe refused', { exchanges: [token(200)], cli: cliOk, rateLimit: exchange('rate-limit', 429) }],
    ['a push check refused', { exchanges: [token(200)], cli: cliOk, push: [pushCheck(401, 'octocat/app')] }],
    // a redirect is not followed: its page is an answer to read (an SSO or proxy page)
    ['a token service answered with a redirect page', { exchanges: [exchange('token', 302, REDIRECT_PAGE, { headers: { 'content-type': 'text/html' } })], cli: cliOk }],
    ['a push probe answered with a redirect page', { exchanges: [token(200)], cli: cliOk, push: [{ repository: 'team/app', exchange: exchange('basic-ping', 200, '{}'), upload: exchange('upload', 307, REDIRECT_PAGE, { headers: { 'content-type': 'text/html' } }) }] }]
  ] as [string, Scenario][])('%s reads texts', (_name, scenario) => {
    expect(readsTexts(evidenceOf(scenario))).toBe(true)
  }) // prettier-ignore

  it('a redirect at the token service is named with where it leads, and is not taken for a refusal', () => {
    const verdict = judge(evidenceOf({
      exchanges: [ping401, exchange('token', 302, REDIRECT_PAGE, { headers: { 'content-type': 'text/html', location: 'https://sso.example.com/login' } })]
    }))
    expect(verdict.evidence).toContain(`token endpoint auth.docker.io/token answered 302 (a redirect to https://sso.example.com/login, not followed): "${REDIRECT_PAGE}"`)
    expect(verdict.diagnosis).not.toBe('invalid-credentials')
  }) // prettier-ignore

  it('an upload that started is not read as a refusal, whatever its body says: no rule, no tables needed', () => {
    const evidence = evidenceOf({
      profile: 'generic',
      exchanges: [basicPing401, exchange('basic-ping', 200, '{}')],
      cli: cliOk,
      push: [{ repository: 'team/app', exchange: exchange('basic-ping', 200, '{}'), upload: exchange('upload', 202, 'unauthorized: authentication required', { headers: { 'content-type': 'text/plain' } }), cancel: exchange('upload-cancel', 204) }]
    })
    expect(readsTexts(evidence)).toBe(false)
    const verdict = judge(evidence)
    expect(verdict.pushAccess).toBe('granted')
    expect(verdict.evidence.join('\n')).not.toMatch(/\(rule [A-Z]+\d+\)/)
  }) // prettier-ignore
})

// ---------------------------------------------------------------------------
// HTTP scenarios

interface Row {
  name: string
  scenario: Scenario
  diagnosis: DiagnosisId
  warnings?: Verdict['warnings']
  preflight: Verdict['preflight']
  rule?: string
}

describe('judge: HTTP scenarios', () => {
  it.each<Row>([
    {
      name: 'a credential accepted, then refused by docker login: not its fault (D5)',
      scenario: {
        exchanges: [ping401, token(200)],
        cli: cliFailed(
          'login attempt to https://registry-1.docker.io/v2/ failed with status: 401 Unauthorized'
        )
      },
      diagnosis: 'unknown',
      preflight: 'accepted',
      rule: 'JDG001'
    },
    {
      name: 'a credential accepted, then docker login rate-limited: that stands',
      scenario: {
        exchanges: [ping401, token(200)],
        cli: cliFailed('toomanyrequests: too many requests')
      },
      diagnosis: 'rate-limited',
      preflight: 'accepted',
      rule: 'HTTP001'
    },
    {
      name: 'a web page answers the ping with a 200 (D8)',
      scenario: {
        exchanges: [
          exchange(
            'ping',
            200,
            '<html><h1>Sign in to the guest Wi-Fi</h1></html>',
            {
              headers: { 'content-type': 'text/html' }
            }
          )
        ],
        cli: cliOk
      },
      diagnosis: 'registry-unreachable',
      preflight: 'foreign'
    },
    {
      name: 'a web page answers the token request with a 200 (D8)',
      scenario: {
        exchanges: [
          ping401,
          exchange('token', 200, '<!DOCTYPE html><html>Single sign-on</html>')
        ]
      },
      diagnosis: 'registry-unreachable',
      preflight: 'foreign'
    },
    {
      name: 'a PAT accepted, no CLI yet',
      scenario: { exchanges: [ping401, token(200)] },
      diagnosis: 'ok',
      preflight: 'accepted'
    },
    {
      name: 'a password accepted on Docker Hub',
      scenario: {
        password: PASSWORD,
        exchanges: [ping401, token(200)],
        cli: cliOk
      },
      diagnosis: 'ok',
      warnings: ['password-in-use'],
      preflight: 'accepted'
    },
    {
      name: 'a password accepted elsewhere',
      scenario: {
        profile: 'generic',
        password: PASSWORD,
        exchanges: [ping401, token(200)],
        cli: cliOk
      },
      diagnosis: 'ok',
      preflight: 'accepted'
    },
    {
      name: 'a Basic registry accepting',
      scenario: {
        profile: 'generic',
        exchanges: [basicPing401, exchange('basic-ping', 200)],
        cli: cliOk
      },
      diagnosis: 'ok',
      preflight: 'accepted'
    },
    {
      name: 'a Basic registry refusing with an empty body',
      scenario: {
        profile: 'generic',
        exchanges: [basicPing401, exchange('basic-ping', 401)]
      },
      diagnosis: 'invalid-credentials',
      preflight: 'refused'
    },
    {
      name: 'a Basic registry refusing with registry errors',
      scenario: {
        profile: 'generic',
        exchanges: [
          basicPing401,
          exchange(
            'basic-ping',
            401,
            '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}'
          )
        ]
      },
      diagnosis: 'invalid-credentials',
      preflight: 'refused',
      rule: 'REG004'
    },
    {
      name: 'GHCR answering denied: denied, to a registry of unknown family',
      scenario: {
        profile: 'generic',
        exchanges: [
          ping401,
          exchange(
            'token',
            403,
            '{"errors":[{"code":"DENIED","message":"denied"}]}'
          )
        ]
      },
      diagnosis: 'invalid-credentials',
      preflight: 'refused',
      rule: 'GHCR002'
    },
    {
      name: 'GHCR answering denied: denied',
      scenario: {
        profile: 'ghcr',
        exchanges: [
          ping401,
          exchange(
            'token',
            403,
            '{"errors":[{"code":"DENIED","message":"denied"}]}'
          )
        ]
      },
      diagnosis: 'invalid-credentials',
      preflight: 'refused',
      rule: 'GHCR002'
    },
    {
      name: 'the 2020-2023 PAT wording without the Hub API',
      scenario: {
        password: PASSWORD,
        exchanges: [
          ping401,
          token(401, 'please use personal access token to login')
        ]
      },
      diagnosis: 'pat-required',
      preflight: 'refused',
      rule: 'HUB006'
    },
    {
      name: 'the old SSO wording',
      scenario: {
        password: PASSWORD,
        exchanges: [
          ping401,
          token(
            401,
            'please use personal access token to login when SSO is enforced'
          )
        ]
      },
      diagnosis: 'password-with-sso',
      preflight: 'refused',
      rule: 'HUB003'
    },
    {
      name: 'the Hub API accepting the password while a PAT is required',
      scenario: {
        password: PASSWORD,
        exchanges: [
          ping401,
          token(401, 'please use personal access token to login'),
          exchange('hub-login', 200, '{"token":"eyJ.abc.def"}')
        ]
      },
      diagnosis: 'password-with-sso',
      preflight: 'refused',
      rule: 'HUB103'
    },
    {
      name: 'the Hub API failing while a PAT is required',
      scenario: {
        password: PASSWORD,
        exchanges: [
          ping401,
          token(401, 'please use personal access token to login'),
          exchange('hub-login', 503, 'Service Unavailable')
        ]
      },
      diagnosis: 'pat-required',
      preflight: 'refused',
      rule: 'HUB006'
    },
    {
      name: 'the Hub API unreachable while a PAT is required',
      scenario: {
        password: PASSWORD,
        exchanges: [
          ping401,
          token(401, 'please use personal access token to login'),
          unreachable('hub-login')
        ]
      },
      diagnosis: 'pat-required',
      preflight: 'refused',
      rule: 'HUB006'
    },
    {
      name: 'an expired organization token',
      scenario: {
        username: 'my-org',
        password: OAT,
        exchanges: [ping401, token(401, 'org access token is expired')]
      },
      diagnosis: 'token-expired',
      preflight: 'refused',
      rule: 'HUB008'
    },
    {
      name: 'a 429 with the pull-limit wording',
      scenario: {
        exchanges: [
          ping401,
          token(
            429,
            'You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limits'
          )
        ]
      },
      diagnosis: 'rate-limited',
      preflight: 'refused',
      rule: 'HUB002'
    },
    {
      name: 'a 429 without a known wording',
      scenario: {
        exchanges: [ping401, token(429, 'slow down')]
      },
      diagnosis: 'rate-limited',
      preflight: 'refused'
    },
    {
      name: 'a 429 on the ping',
      scenario: { exchanges: [exchange('ping', 429, 'Too Many Requests')] },
      diagnosis: 'rate-limited',
      preflight: 'refused',
      rule: 'HTTP001'
    },
    {
      name: 'a 503 from the token endpoint',
      scenario: {
        exchanges: [
          ping401,
          exchange('token', 503, 'Service Unavailable', { attempts: 3 })
        ]
      },
      diagnosis: 'registry-unreachable',
      preflight: 'unreachable'
    },
    {
      name: 'a timeout at the token endpoint',
      scenario: {
        exchanges: [
          ping401,
          exchange('token', undefined, undefined, {
            error: { message: 'timed out after 10000 ms', timedOut: true },
            attempts: 3
          })
        ]
      },
      diagnosis: 'registry-unreachable',
      preflight: 'unreachable'
    },
    {
      name: 'a 502 on the ping',
      scenario: {
        exchanges: [exchange('ping', 502, '<html>Bad Gateway</html>')]
      },
      diagnosis: 'registry-unreachable',
      preflight: 'unreachable'
    },
    {
      name: 'preflight unreachable, CLI logged in',
      scenario: { exchanges: [unreachable('ping', 'ETIMEDOUT')], cli: cliOk },
      diagnosis: 'ok',
      warnings: ['preflight-unreachable'],
      preflight: 'unreachable'
    },
    {
      name: 'preflight unreachable, CLI failed with network text',
      scenario: {
        exchanges: [unreachable('ping')],
        cli: cliFailed(
          'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host'
        )
      },
      diagnosis: 'registry-unreachable',
      preflight: 'unreachable',
      rule: 'NET001'
    },
    {
      name: 'preflight unreachable, CLI failed with unknown text',
      scenario: {
        exchanges: [unreachable('ping')],
        cli: cliFailed('something odd')
      },
      diagnosis: 'registry-unreachable',
      preflight: 'unreachable'
    },
    {
      name: 'preflight unreachable, docker CLI missing',
      scenario: {
        exchanges: [unreachable('ping')],
        cli: {
          exitCode: 127,
          output: 'Unable to locate executable file: docker.'
        }
      },
      diagnosis: 'docker-cli-missing',
      rule: 'CLI007',
      warnings: ['preflight-unreachable'],
      preflight: 'unreachable'
    },
    {
      name: 'preflight unreachable, CLI refused the password',
      scenario: {
        exchanges: [unreachable('ping')],
        cli: cliFailed(
          'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password'
        )
      },
      diagnosis: 'invalid-credentials',
      warnings: ['preflight-unreachable'],
      preflight: 'unreachable',
      rule: 'HUB010'
    },
    {
      name: 'preflight skipped, CLI logged in',
      scenario: { preflight: 'skipped', cli: cliOk },
      diagnosis: 'ok',
      warnings: ['preflight-skipped'],
      preflight: 'skipped'
    },
    {
      name: 'preflight skipped, CLI logged in with a password',
      scenario: { preflight: 'skipped', password: PASSWORD, cli: cliOk },
      diagnosis: 'ok',
      warnings: ['preflight-skipped', 'password-in-use'],
      preflight: 'skipped'
    },
    {
      name: 'preflight skipped, nothing known yet',
      scenario: { preflight: 'skipped', password: PASSWORD },
      diagnosis: 'ok',
      warnings: ['preflight-skipped'],
      preflight: 'skipped'
    },
    {
      name: 'preflight skipped, CLI says PAT required',
      scenario: {
        preflight: 'skipped',
        password: PASSWORD,
        cli: cliFailed(
          `Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: ${PAT_WORDING}`
        )
      },
      diagnosis: 'pat-required',
      warnings: ['preflight-skipped'],
      preflight: 'skipped',
      rule: 'HUB005'
    },
    {
      name: 'preflight skipped, CLI refuses an email username',
      scenario: {
        preflight: 'skipped',
        username: 'octo@example.com',
        cli: cliFailed('unauthorized: incorrect username or password')
      },
      diagnosis: 'email-as-username',
      warnings: ['preflight-skipped'],
      preflight: 'skipped',
      rule: 'HUB101'
    },
    {
      name: 'preflight skipped, empty stdin',
      scenario: {
        preflight: 'skipped',
        cli: cliFailed(
          'Error: Cannot perform an interactive login from a non TTY device'
        )
      },
      diagnosis: 'missing-credentials',
      warnings: ['preflight-skipped'],
      preflight: 'skipped',
      rule: 'CLI002'
    },
    {
      name: 'accepted, CLI failed with unknown text',
      scenario: {
        exchanges: [ping401, token(200)],
        cli: cliFailed('flux capacitor overheated')
      },
      diagnosis: 'unknown',
      preflight: 'accepted'
    },
    {
      name: 'accepted, CLI exit 1 although it printed Login Succeeded',
      scenario: {
        exchanges: [ping401, token(200)],
        cli: cliFailed('Login Succeeded')
      },
      diagnosis: 'unknown',
      preflight: 'accepted'
    },
    {
      name: 'a registry asking for no credentials',
      scenario: {
        profile: 'generic',
        exchanges: [exchange('ping', 200, '{}')]
      },
      diagnosis: 'ok',
      preflight: 'open'
    },
    {
      name: 'a ping redirected to a sign-in page (docs/registries.md §9.2)',
      scenario: {
        profile: 'generic',
        exchanges: [
          exchange('ping', 302, '', {
            url: 'https://gitlab.example.com/v2/',
            headers: { location: 'https://gitlab.example.com/users/sign_in' }
          })
        ],
        cli: cliOk
      },
      diagnosis: 'registry-unreachable',
      preflight: 'foreign'
    },
    {
      name: 'a ping redirected to a relative page away from /v2/',
      scenario: {
        profile: 'generic',
        exchanges: [
          exchange('ping', 301, '', {
            url: 'https://portal.example.com/v2/',
            headers: { location: '/login?next=%2Fv2%2F' }
          })
        ]
      },
      diagnosis: 'registry-unreachable',
      preflight: 'foreign'
    },
    {
      name: "a ping redirected to another /v2/ (the registry's own)",
      scenario: {
        profile: 'generic',
        exchanges: [
          exchange('ping', 308, '', {
            url: 'http://registry.example.com/v2/',
            headers: { location: 'https://registry.example.com/v2/' }
          })
        ],
        cli: cliOk
      },
      diagnosis: 'ok',
      preflight: 'open'
    },
    {
      name: 'a challenge that could not be followed',
      scenario: {
        profile: 'generic',
        exchanges: [exchange('ping', 401, '', { headers: {} })],
        cli: cliOk
      },
      diagnosis: 'ok',
      preflight: 'unfollowable'
    },
    {
      name: 'no request made',
      scenario: { exchanges: [], cli: cliOk },
      diagnosis: 'ok',
      preflight: 'not-asked'
    },
    {
      name: 'push granted',
      scenario: {
        exchanges: [ping401, token(200)],
        push: [pushCheck(200, 'octocat/app', ['pull', 'push'])],
        cli: cliOk
      },
      diagnosis: 'ok',
      preflight: 'accepted'
    },
    {
      name: 'push granted with *',
      scenario: {
        exchanges: [ping401, token(200)],
        push: [pushCheck(200, 'octocat/app', ['*'])],
        cli: cliOk
      },
      diagnosis: 'ok',
      preflight: 'accepted'
    },
    {
      name: 'push refused with insufficient scopes',
      scenario: {
        exchanges: [ping401, token(200)],
        push: [pushCheck(401, 'octocat/app')],
        cli: cliOk
      },
      diagnosis: 'insufficient-scope',
      preflight: 'accepted',
      // the refusal's wording decided
      rule: 'HUB009'
    },
    {
      name: 'push granted on one repository and not on another',
      scenario: {
        exchanges: [ping401, token(200)],
        push: [
          pushCheck(200, 'octocat/app', ['pull', 'push']),
          pushCheck(200, 'other/app', [], { granted: ['pull'] })
        ],
        cli: cliOk
      },
      diagnosis: 'insufficient-scope',
      preflight: 'accepted'
    },
    {
      name: 'push check unreachable (never silently)',
      scenario: {
        exchanges: [ping401, token(200)],
        push: [
          { repository: 'octocat/app', exchange: unreachable('push-token') }
        ],
        cli: cliOk
      },
      diagnosis: 'ok',
      warnings: ['push-not-checked'],
      preflight: 'accepted'
    }
  ])(
    '$name: $diagnosis',
    ({ scenario, diagnosis, warnings = [], preflight, rule }) => {
      const verdict = judged(scenario)
      expect(verdict.diagnosis).toBe(diagnosis)
      expect(verdict.warnings).toEqual(warnings)
      expect(verdict.preflight).toBe(preflight)
      expect(verdict.rule).toBe(rule)
    }
  )
})

describe('judge: the most specific cause wins', () => {
  const refused = [ping401, token(401, 'incorrect username or password')]

  it.each<Omit<Row, 'preflight' | 'warnings'>>([
    {
      name: 'an unexpanded ${{ beats the refusal',
      scenario: {
        password: '${{ secrets.DOCKERHUB_TOKEN }}',
        exchanges: refused
      },
      diagnosis: 'malformed-credentials'
    },
    {
      name: 'a $dckr_pat_ prefix beats the refusal',
      scenario: { password: `$${PAT}`, exchanges: refused },
      diagnosis: 'malformed-credentials'
    },
    {
      name: 'an empty username beats everything',
      scenario: { username: '', exchanges: refused, cli: cliOk },
      diagnosis: 'missing-credentials'
    },
    {
      name: 'an email username on Docker Hub',
      scenario: { username: 'octo@example.com', exchanges: refused },
      diagnosis: 'email-as-username',
      rule: 'HUB101'
    },
    {
      name: 'an email username elsewhere is just refused',
      scenario: {
        username: 'octo@example.com',
        profile: 'generic',
        exchanges: refused
      },
      diagnosis: 'invalid-credentials',
      rule: 'HUB010'
    },
    {
      name: 'an email username with a spaced password: Docker Hub’s refinement first',
      scenario: {
        username: 'octo@example.com',
        password: 'pass word',
        exchanges: refused
      },
      diagnosis: 'email-as-username',
      rule: 'HUB101'
    },
    {
      name: 'an organization token refused',
      scenario: { username: 'alice', password: OAT, exchanges: refused },
      diagnosis: 'organization-token-username',
      rule: 'HUB102'
    },
    {
      name: 'a password with a space refused',
      scenario: { password: 'pass word', exchanges: refused },
      diagnosis: 'malformed-credentials',
      rule: 'IN001'
    },
    {
      name: 'a quoted password refused',
      scenario: { password: '"hunter2"', exchanges: refused },
      diagnosis: 'malformed-credentials',
      rule: 'IN001'
    },
    {
      name: 'a $VAR-looking password refused',
      scenario: { password: '$DOCKER_PASSWORD', exchanges: refused },
      diagnosis: 'malformed-credentials',
      rule: 'IN001'
    },
    {
      name: 'a password with a space accepted',
      scenario: { password: 'pass word', exchanges: [ping401, token(200)] },
      diagnosis: 'ok'
    },
    {
      name: 'an organization token expired is expired, not a wrong username',
      scenario: {
        username: 'alice',
        password: OAT,
        exchanges: [ping401, token(401, 'org access token is expired')]
      },
      diagnosis: 'token-expired',
      rule: 'HUB008'
    },
    {
      name: 'a lockout is not a rate limit',
      scenario: {
        exchanges: [
          ping401,
          exchange(
            'token',
            429,
            details('too many failed login attempts for username or IP address')
          )
        ]
      },
      diagnosis: 'login-locked-out',
      rule: 'HUB001'
    },
    {
      name: 'a 2FA token on the Hub API beats the PAT wording',
      scenario: REACH['password-with-2fa'].scenario,
      diagnosis: 'password-with-2fa',
      rule: 'HUB103'
    }
  ])('$name: $diagnosis', ({ scenario, diagnosis, rule }) => {
    const verdict = judged(scenario)
    expect(verdict.diagnosis).toBe(diagnosis)
    expect(verdict.rule).toBe(rule)
  })
})

describe('judge: inconclusive answers leave the decision to the docker CLI', () => {
  it.each([404, 400, 405])(
    'a %i from the token service is not a refusal',
    (status) => {
      const verdict = judged({
        exchanges: [ping401, exchange('token', status, 'nope')]
      })
      expect(verdict.diagnosis).toBe('ok')
      expect(verdict.preflight).toBe('inconclusive')
      expect(verdict.evidence).toEqual([
        'registry ping registry-1.docker.io/v2/ answered 401 with a bearer challenge, realm https://auth.docker.io/token',
        `token endpoint auth.docker.io/token answered ${status}: "nope"`,
        'that answer says nothing about the credential: not judged'
      ])
    }
  )

  it('a 404 from the token service, then a CLI refusal, is the CLI’s verdict', () => {
    const verdict = judged({
      exchanges: [ping401, exchange('token', 404, 'nope')],
      cli: cliFailed(
        'Get "https://registry.example.com/v2/": unauthorized: incorrect username or password'
      )
    })
    expect(verdict.diagnosis).toBe('invalid-credentials')
    expect(verdict.rule).toBe('HUB010')
  })

  it('a 404 with a known wording is a refusal', () => {
    const verdict = judged({
      exchanges: [ping401, token(404, 'incorrect username or password')]
    })
    expect(verdict.preflight).toBe('refused')
    expect(verdict.diagnosis).toBe('invalid-credentials')
  })

  it('a 403 without a known wording stays a refusal', () => {
    const verdict = judged({
      exchanges: [ping401, exchange('token', 403, 'nope')]
    })
    expect(verdict.diagnosis).toBe('unknown')
    expect(verdict.preflight).toBe('refused')
  })
})

describe("judge: the CLI's logrus narration is not the failure", () => {
  const narration =
    'time="2026-11-24T10:00:00Z" level=info msg="Error logging in to endpoint, trying next endpoint" endpoint="{false https://127.0.0.1:5000 false false false 0xc000}" error="Get \\"https://127.0.0.1:5000/v2/\\": http: server gave HTTP response to HTTPS client"'

  it('an unrecognised failure after the narration is unknown, quoted', () => {
    const verdict = judged({
      preflight: 'skipped',
      cli: cliFailed(`${narration}\nsomething new went wrong`)
    })
    expect(verdict.diagnosis).toBe('unknown')
    expect(verdict.evidence).toContain(
      'docker login failed (exit code 1): "something new went wrong"'
    )
  })

  it('a refusal after the narration is read from its own line', () => {
    const verdict = judged({
      preflight: 'skipped',
      cli: cliFailed(
        `${narration}\nGet "http://127.0.0.1:5000/v2/": unauthorized: incorrect username or password`
      )
    })
    expect(verdict.diagnosis).toBe('invalid-credentials')
    expect(verdict.evidence).toContain(
      'docker login failed (exit code 1): "Get "http://127.0.0.1:5000/v2/": unauthorized: incorrect username or password" (rule HUB010)'
    )
  })
})

// ---------------------------------------------------------------------------
// Evidence lines

describe('judge: evidence lines', () => {
  it('names the refusal, quotes the registry and names the rule', () => {
    const verdict = judged(REACH['invalid-credentials'].scenario)
    expect(verdict.evidence).toEqual([
      'registry ping registry-1.docker.io/v2/ answered 401 with a bearer challenge, realm https://auth.docker.io/token',
      'token endpoint auth.docker.io/token answered 401: "incorrect username or password" (rule HUB010)'
    ])
  })

  it('a refinement that changed the diagnosis names its rule on its last line', () => {
    const verdict = judged({
      password: '"pass word"',
      exchanges: [ping401, token(401, 'incorrect username or password')]
    })
    expect(verdict.evidence.slice(1)).toEqual([
      'token endpoint auth.docker.io/token answered 401: "incorrect username or password" (rule HUB010)',
      'the password contains spaces or tabs',
      'the password is wrapped in quotes or has a quote at an end (rule IN001)'
    ])
  })

  it('names the Docker ID mistake with its rule', () => {
    const verdict = judged(REACH['email-as-username'].scenario)
    expect(verdict.evidence.at(-1)).toBe(
      'the username is an email address; Docker Hub wants the Docker ID (rule HUB101)'
    )
  })

  it('a refinement that changed nothing names no rule', () => {
    const verdict = judged(REACH['pat-required'].scenario)
    expect(verdict.evidence.at(-1)).toBe(
      'the Docker Hub login API was not asked: 2FA or SSO, unknown'
    )
  })

  it('says what the Hub login API proved', () => {
    const verdict = judged(REACH['password-with-2fa'].scenario)
    expect(verdict.evidence.at(-1)).toBe(
      'Docker Hub login API hub.docker.com/v2/users/login answered 401 with a login_2fa_token: the password is right and two-factor authentication is on (rule HUB103)'
    )
  })

  it('names the input findings behind a malformed verdict, and that nothing was sent', () => {
    const verdict = judged({ password: `$${PAT}`, exchanges: [ping401] })
    expect(verdict.evidence).toEqual([
      'the password has a literal "$" before a Docker token (written $${{ secrets.X }})',
      'nothing was sent: the value cannot be right as it is'
    ])
  })

  it('names the docker CLI failure with its rule, and a CLI that could not run', () => {
    expect(
      judged({
        preflight: 'skipped',
        cli: cliFailed(
          'Using default tag: latest\nunauthorized: incorrect username or password\n'
        )
      }).evidence
    ).toEqual([
      'the preflight was skipped: only the docker CLI output is diagnosed',
      'docker login failed (exit code 1): "unauthorized: incorrect username or password" (rule HUB010)'
    ])
    expect(
      judged({
        preflight: 'skipped',
        cli: {
          exitCode: 127,
          output: 'Unable to locate executable file: docker.'
        }
      }).evidence
    ).toContain(
      'the docker CLI could not be run: "Unable to locate executable file: docker." (rule CLI007)'
    )
  })

  it('says a password worked on Docker Hub', () => {
    const verdict = judged({
      password: PASSWORD,
      exchanges: [ping401, token(200)],
      cli: cliOk
    })
    expect(verdict.evidence).toEqual([
      'registry ping registry-1.docker.io/v2/ answered 401 with a bearer challenge, realm https://auth.docker.io/token',
      'token endpoint auth.docker.io/token answered 200: credential accepted',
      'docker login succeeded (exit code 0)',
      'Docker Hub accepted an account password, not an access token'
    ])
  })

  it('names what each push check found', () => {
    const verdict = judged({
      exchanges: [ping401, token(200)],
      push: [
        pushCheck(200, 'octocat/app', ['pull']),
        pushCheck(200, 'octocat/none', []),
        pushCheck(401, 'octocat/ro'),
        pushCheck(200, 'octocat/ok', ['pull', 'push']),
        pushCheck(200, 'octocat/opaque', undefined, { granted: undefined }),
        { repository: 'octocat/down', exchange: unreachable('push-token') },
        {
          repository: 'octocat/busy',
          exchange: exchange('push-token', 404, 'nope')
        }
      ]
    })
    expect(verdict.evidence.slice(2)).toEqual([
      'push access to octocat/app: the token grants pull',
      'push access to octocat/none: the token grants nothing',
      'push access to octocat/ro: token endpoint (push scope) auth.docker.io/token answered 401: "access token has insufficient scopes" (rule HUB009)',
      'push access to octocat/opaque: the token could not be read',
      'push access to octocat/down not checked: token endpoint (push scope) auth.docker.io/token could not be reached after 3 tries: ECONNREFUSED "connect ECONNREFUSED 203.0.113.7:443"',
      'push access to octocat/busy not checked: 404'
    ])
  })

  it('cuts long registry text', () => {
    const long = 'x'.repeat(10_000)
    const verdict = judged({
      exchanges: [ping401, exchange('token', 403, details(long))]
    })
    expect(verdict.diagnosis).toBe('unknown')
    for (const line of verdict.evidence) {
      expect(line.length).toBeLessThan(300)
      expect(line).not.toMatch(/\n/)
    }
  })

  it('folds CLI output and repository names onto one line', () => {
    const failed = judged({
      exchanges: [ping401, token(200)],
      cli: cliFailed('line one\r\nflux\tcapacitor\n\n')
    })
    expect(failed.evidence.at(-1)).toBe(
      'docker login failed (exit code 1): "flux capacitor"'
    )
    const pushed = judged({
      exchanges: [ping401, token(200)],
      push: [pushCheck(200, 'octocat/app\nrm -rf /', ['pull'])],
      cli: cliOk
    })
    expect(pushed.evidence.at(-1)).toBe(
      'push access to octocat/app rm -rf /: the token grants pull'
    )
    for (const line of [...failed.evidence, ...pushed.evidence]) {
      expect(line).not.toMatch(/[\r\n]/)
    }
  })

  it('writes the push lines when the login itself failed too, as push-access says', () => {
    const verdict = judged({
      exchanges: [ping401, token(200)],
      push: [pushCheck(200, 'octocat/app', ['pull'])],
      cli: cliFailed('flux capacitor')
    })
    expect(verdict.diagnosis).toBe('unknown')
    expect(verdict.evidence).toContain(
      'push access to octocat/app: the token grants pull'
    )
    expect(verdict.pushAccess).toBe('denied')
  })

  it('never quotes a token from a 200 answer', () => {
    const verdict = judged({
      ...REACH.ok.scenario,
      push: [pushCheck(200, 'octocat/app', ['pull'])]
    })
    expect(verdict.evidence.join('\n')).not.toContain('eyJ')
  })
})

// ---------------------------------------------------------------------------
// Push, cases, warnings, rate limit, empty secrets

/** A push result, for pushAccessOf. */
function result(outcome: PushResult['result'], repository = 'o/a'): PushResult {
  return { repository, result: outcome }
}

describe('pushAccessOf', () => {
  it.each<{ name: string; results: PushResult[]; expected: string }>([
    { name: 'no checks', results: [], expected: 'not-checked' },
    {
      name: 'all granted',
      results: [result('granted'), result('granted')],
      expected: 'granted'
    },
    {
      name: 'one denied',
      results: [result('granted'), result('denied')],
      expected: 'denied'
    },
    {
      name: 'denied beats unknown',
      results: [result('unknown'), result('denied')],
      expected: 'denied'
    },
    {
      name: 'granted and unknown',
      results: [result('granted'), result('unknown')],
      expected: 'not-checked'
    }
  ])('$name → $expected', ({ results, expected }) => {
    expect(pushAccessOf(results)).toBe(expected)
  })

  it('a push repository on another registry host: never granted, denied stays denied (attack-41 A41-03)', () => {
    expect(pushAccessOf([result('granted')], 1)).toBe('not-checked')
    expect(pushAccessOf([], 1)).toBe('not-checked')
    expect(pushAccessOf([result('denied')], 1)).toBe('denied')
    const verdict = judge(evidenceOf({ exchanges: [ping401, token(200)], cli: cliOk, pushElsewhere: ['quay.io'], push: [pushCheck(200, 'octocat/app', ['pull', 'push'])] }))
    expect([verdict.diagnosis, verdict.pushAccess]).toEqual(['registry-mismatch', 'not-checked'])
  }) // prettier-ignore
})

describe('judge: push results and why push was denied', () => {
  const accepted = { exchanges: [ping401, token(200)], cli: cliOk }

  it.each<{
    name: string
    push: PushEvidence[]
    diagnosis: DiagnosisId
    pushAccess: Verdict['pushAccess']
    case?: Verdict['case']
    rule?: string
  }>([
    {
      name: 'nothing denied',
      push: [pushCheck(200, 'octocat/app', ['pull', 'push'])],
      diagnosis: 'ok',
      pushAccess: 'granted'
    },
    {
      name: 'a 200 without push is a namespace the account cannot write',
      push: [pushCheck(200, 'octocat/app', ['pull'])],
      diagnosis: 'insufficient-scope',
      pushAccess: 'denied',
      case: 'namespace'
    },
    {
      name: 'a 403 is a namespace the account cannot write',
      push: [pushCheck(403, 'octocat/app')],
      diagnosis: 'insufficient-scope',
      pushAccess: 'denied',
      case: 'namespace',
      rule: 'HUB009'
    },
    {
      name: 'a 401 insufficient scopes is a read-only token',
      push: [pushCheck(401, 'octocat/app')],
      diagnosis: 'insufficient-scope',
      pushAccess: 'denied',
      case: 'read-only-token',
      rule: 'HUB009'
    },
    {
      name: 'a read-only token wins over a namespace',
      push: [pushCheck(200, 'octocat/app', ['pull']), pushCheck(401, 'o/b')],
      diagnosis: 'insufficient-scope',
      pushAccess: 'denied',
      case: 'read-only-token',
      rule: 'HUB009'
    },
    {
      name: 'a token granting push without pull is denied: a push needs both',
      push: [pushCheck(200, 'octocat/app', ['push'])],
      diagnosis: 'insufficient-scope',
      pushAccess: 'denied',
      case: 'namespace'
    },
    {
      name: 'a token granted without push names no rule',
      push: [pushCheck(200, 'octocat/app', ['pull'])],
      diagnosis: 'insufficient-scope',
      pushAccess: 'denied',
      case: 'namespace'
    },
    {
      name: 'an opaque token says nothing',
      push: [pushCheck(200, 'octocat/app', undefined, { granted: undefined })],
      diagnosis: 'ok',
      pushAccess: 'not-checked'
    },
    {
      name: 'no push input',
      push: [],
      diagnosis: 'ok',
      pushAccess: 'not-checked'
    }
  ])('$name', ({ push, diagnosis, pushAccess, case: variant, rule }) => {
    const verdict = judged({ ...accepted, push })
    expect(verdict.diagnosis).toBe(diagnosis)
    expect(verdict.pushAccess).toBe(pushAccess)
    expect(verdict.case).toBe(variant)
    expect(verdict.rule).toBe(rule)
  })

  it('reports each repository with what its token granted', () => {
    const verdict = judged({
      ...accepted,
      push: [
        pushCheck(200, 'octocat/app', ['*']),
        pushCheck(401, 'octocat/ro'),
        { repository: 'octocat/down', exchange: unreachable('push-token') }
      ]
    })
    expect(verdict.push).toEqual([
      {
        repository: 'octocat/app',
        result: 'granted',
        granted: ['*', 'pull', 'push']
      },
      { repository: 'octocat/ro', result: 'denied', granted: undefined },
      { repository: 'octocat/down', result: 'unknown', granted: undefined }
    ])
  })

  it('push is reported even when the login was refused', () => {
    const verdict = judged({
      exchanges: [ping401, token(401, 'incorrect username or password')],
      push: [pushCheck(401, 'octocat/app')]
    })
    expect(verdict.diagnosis).toBe('invalid-credentials')
    expect(verdict.case).toBeUndefined()
    expect(verdict.pushAccess).toBe('denied')
  })

  it('a refusal saying insufficient scopes has no push case', () => {
    const verdict = judged({
      exchanges: [
        ping401,
        pushScoped(token(401, 'access token has insufficient scopes'))
      ]
    })
    expect(verdict.diagnosis).toBe('insufficient-scope')
    expect(verdict.rule).toBe('HUB009')
    expect(verdict.case).toBeUndefined()
  })

  it.each([
    [403, 'requested access to the resource is denied', 'unknown']
  ] as const)("any registry's words of a push refused, %s to a login that asked for no push: the login refused, not a push (%s)", (status, words, diagnosis) => {
    const verdict = judged({ profile: 'generic', exchanges: [ping401, token(status, words)] })
    expect(verdict.diagnosis).toBe(diagnosis)
    expect(verdict.evidence.at(-1)).toBe(
      'the login asked for no push, so this is no push refused: the registry refused the login itself'
    )
  }) // prettier-ignore
})

describe('judge: the case of the texts', () => {
  const refused = [ping401, token(401, 'incorrect username or password')]
  const helperFailed = cliFailed(
    'Error saving credentials: error storing credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`'
  )

  it.each<{ name: string; scenario: Scenario; case: Verdict['case'] }>([
    {
      name: 'a credential helper named in the docker config',
      scenario: {
        exchanges: [ping401, token(200)],
        cli: helperFailed,
        dockerConfig: {
          dir: '/home/runner/.docker',
          helper: 'docker-credential-secretservice',
          setting: 'credsStore'
        }
      },
      case: 'credential-helper'
    },
    {
      name: 'a docker config naming no helper',
      scenario: {
        exchanges: [ping401, token(200)],
        cli: helperFailed,
        dockerConfig: { dir: '/home/runner/.docker' }
      },
      case: 'config-file'
    },
    {
      name: 'a credential store error without the docker config',
      scenario: { exchanges: [ping401, token(200)], cli: helperFailed },
      case: undefined
    },
    {
      name: 'a decisive finding in the username only',
      scenario: { username: 'octo\u0007cat' },
      case: 'username'
    },
    {
      name: 'a quoted username refused',
      scenario: { username: '"octocat"', exchanges: refused },
      case: 'username'
    },
    {
      name: 'a decisive finding in the password',
      scenario: { password: `$${PAT}` },
      case: undefined
    },
    {
      name: 'decisive findings in both inputs',
      scenario: { username: '${{ vars.U }}', password: '${{ secrets.X }}' },
      case: undefined
    }
  ])('$name', ({ scenario, case: variant }) => {
    expect(judged(scenario).case).toBe(variant)
  })

  it('the username cases come with a malformed verdict, offline or refined', () => {
    expect(judged({ username: 'octo\u0007cat' }).diagnosis).toBe(
      'malformed-credentials'
    )
    expect(judged({ username: '"octocat"', exchanges: refused }).rule).toBe(
      'IN001'
    )
  })
})

describe('judge: the rate limit', () => {
  const preview = (limit?: string, remaining?: string): HttpExchange =>
    exchange('rate-limit', 200, '', {
      method: 'HEAD',
      headers: {
        ...(limit ? { 'ratelimit-limit': limit } : {}),
        ...(remaining ? { 'ratelimit-remaining': remaining } : {})
      }
    })

  it.each<{
    name: string
    rateLimit?: HttpExchange
    low: boolean
    reported: Verdict['rateLimit']
  }>([
    {
      name: '5 of 100 pulls left is low',
      rateLimit: preview('100;w=21600', '5;w=21600'),
      low: true,
      reported: { limit: 100, remaining: 5, window: 21600 }
    },
    {
      name: '9 of 100 pulls left is low',
      rateLimit: preview('100;w=21600', '9;w=21600'),
      low: true,
      reported: { limit: 100, remaining: 9, window: 21600 }
    },
    {
      name: '10 of 100 pulls left is not low yet',
      rateLimit: preview('100;w=21600', '10;w=21600'),
      low: false,
      reported: { limit: 100, remaining: 10, window: 21600 }
    },
    {
      name: '0 of 200 pulls left is low',
      rateLimit: preview('200', '0'),
      low: true,
      reported: { limit: 200, remaining: 0, window: undefined }
    },
    {
      name: 'no rate-limit headers: no limit applies',
      rateLimit: preview(),
      low: false,
      reported: { limit: undefined, remaining: undefined, window: undefined }
    },
    {
      name: 'a remaining count without a limit is not low',
      rateLimit: preview(undefined, '0'),
      low: false,
      reported: { limit: undefined, remaining: 0, window: undefined }
    },
    {
      name: 'garbled headers are no limit',
      rateLimit: preview('lots', 'few'),
      low: false,
      reported: { limit: undefined, remaining: undefined, window: undefined }
    },
    {
      name: 'no preview asked',
      rateLimit: undefined,
      low: false,
      reported: undefined
    }
  ])('$name', ({ rateLimit, low, reported }) => {
    const verdict = judged({
      exchanges: [ping401, token(200)],
      cli: cliOk,
      rateLimit
    })
    expect(verdict.diagnosis).toBe('ok')
    expect(verdict.warnings).toEqual(low ? ['rate-limit-low'] : [])
    expect(verdict.rateLimit).toEqual(reported)
  })

  it('warns below a tenth of the limit', () => {
    expect(RATE_LIMIT_LOW).toBe(0.1)
  })

  it('comes after the other warnings, and does not change the diagnosis', () => {
    const verdict = judged({
      password: PASSWORD,
      exchanges: [ping401, token(200)],
      cli: cliOk,
      rateLimit: preview('100;w=21600', '1;w=21600')
    })
    expect(verdict.warnings).toEqual(['password-in-use', 'rate-limit-low'])
    expect(verdict.diagnosis).toBe('ok')
  })

  it('is reported on a refused login too', () => {
    const verdict = judged({
      exchanges: [ping401, token(401, 'incorrect username or password')],
      rateLimit: preview('100', '3')
    })
    expect(verdict.diagnosis).toBe('invalid-credentials')
    expect(verdict.warnings).toEqual(['rate-limit-low'])
  })
})

describe('judge: why the credentials are empty', () => {
  const fork: EventEvidence = {
    name: 'pull_request',
    actor: 'someone',
    isPullRequest: true,
    head: { fullName: 'someone/fork', fork: true },
    base: { fullName: 'octo/app' }
  }

  it.each<{
    name: string
    event?: EventEvidence
    cause: Verdict['emptySecret']
  }>([
    { name: 'a fork pull request', event: fork, cause: 'fork-pull-request' },
    {
      name: 'a Dependabot run',
      event: { ...fork, actor: 'dependabot[bot]' },
      cause: 'dependabot'
    },
    {
      name: 'a push',
      event: { name: 'push', actor: 'octocat', isPullRequest: false },
      cause: 'unknown'
    },
    { name: 'no event (outside a workflow run)', cause: undefined }
  ])('$name', ({ event, cause }) => {
    const verdict = judged({ password: '', event })
    expect(verdict.diagnosis).toBe('missing-credentials')
    expect(verdict.emptySecret).toBe(cause)
    expect(verdict.preflight).toBe('not-sent')
  })
})

// ---------------------------------------------------------------------------
// Offline verdicts

describe('offlineVerdict', () => {
  it.each<[string, string, DiagnosisId | 'tried']>([
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
    ['octocat', PAT, 'tried'],
    ['octocat', 'pass word', 'tried'],
    ['octocat', '"hunter2"', 'tried'],
    ['octocat', '$DOCKER_PASSWORD', 'tried'],
    ['octocat', '$ecret', 'tried'],
    ['octo cat', PAT, 'tried'],
    ['me@example.com', PAT, 'tried'],
    ['robot$ci+push', 'hunter2', 'tried'],
    [
      '_json_key',
      '{\n  "type": "service_account",\n  "private_key": "k"\n}',
      'tried'
    ]
  ])('%j / %j → %s', (username, password, expected) => {
    expect(offlineVerdict(analyzeInputs(username, password))?.diagnosis).toBe(
      expected === 'tried' ? undefined : expected
    )
  })

  it('names what is empty', () => {
    expect(offlineVerdict(analyzeInputs('', ''))).toEqual({
      diagnosis: 'missing-credentials',
      evidence: ['the username is empty', 'the password is empty']
    })
  })

  it('names the decisive findings and that nothing was sent', () => {
    expect(offlineVerdict(analyzeInputs('octocat', `"${PAT}"`))).toEqual({
      diagnosis: 'malformed-credentials',
      evidence: [
        'the password is wrapped in quotes or has a quote at an end',
        'nothing was sent: the value cannot be right as it is'
      ]
    })
  })

  it('judge gives the offline verdict with no warning and nothing sent', () => {
    const verdict = judged({
      username: '',
      password: '',
      exchanges: [ping401, token(200)],
      cli: cliOk
    })
    expect(verdict).toEqual({
      diagnosis: 'missing-credentials',
      warnings: [],
      evidence: ['the username is empty', 'the password is empty'],
      preflight: 'not-sent',
      push: [],
      pushAccess: 'not-checked'
    })
  })
})

describe('malformedInput', () => {
  it.each<[string, string, 'username' | 'password' | 'neither alone']>([
    ['octocat', PAT, 'neither alone'],
    ['octocat', `$${PAT}`, 'password'],
    ['octocat', '${{ secrets.X }}', 'password'],
    ['octo\u0007cat', PAT, 'username'],
    ['"octocat"', PAT, 'username'],
    ['octocat', 'pass word', 'password'],
    ['${{ vars.U }}', '${{ secrets.X }}', 'neither alone'],
    // an email is not a malformed value
    ['me@example.com', PAT, 'neither alone']
  ])('%j / %j → %s', (username, password, expected) => {
    expect(malformedInput(analyzeInputs(username, password))).toBe(
      expected === 'neither alone' ? undefined : expected
    )
  })
})

// ---------------------------------------------------------------------------
// Text (explain)

/** Real messages, and the rule each is read by on every registry. */
const MESSAGES: { text: string; diagnosis: DiagnosisId; rule: string }[] = [
  // Docker Hub token service, old and new
  {
    text: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    diagnosis: 'invalid-credentials',
    rule: 'HUB010'
  },
  {
    text: 'Get "http://127.0.0.1:5999/v2/": unauthorized: incorrect username or password',
    diagnosis: 'invalid-credentials',
    rule: 'HUB010'
  },
  {
    text: `unauthorized: ${PAT_WORDING}`,
    diagnosis: 'pat-required',
    rule: 'HUB005'
  },
  {
    text: 'unauthorized: please use personal access token to login',
    diagnosis: 'pat-required',
    rule: 'HUB006'
  },
  {
    text: 'unauthorized: please use personal access token to login when SSO is enforced',
    diagnosis: 'password-with-sso',
    rule: 'HUB003'
  },
  {
    text: 'unauthorized: personal access token is expired',
    diagnosis: 'token-expired',
    rule: 'HUB007'
  },
  {
    text: 'unauthorized: org access token is expired',
    diagnosis: 'token-expired',
    rule: 'HUB008'
  },
  {
    text: 'unauthorized: access token has insufficient scopes',
    diagnosis: 'insufficient-scope',
    rule: 'HUB009'
  },
  {
    text: 'toomanyrequests: too many failed login attempts for username or IP address',
    diagnosis: 'login-locked-out',
    rule: 'HUB001'
  },
  {
    text: 'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limits',
    diagnosis: 'rate-limited',
    rule: 'HUB002'
  },
  { text: 'Too Many Requests', diagnosis: 'rate-limited', rule: 'HTTP001' },
  // Docker Hub API
  {
    text: '{"detail":"Require secondary authentication on MFA enabled account"}',
    diagnosis: 'password-with-2fa',
    rule: 'HUB004'
  },
  {
    text: 'Incorrect authentication credentials',
    diagnosis: 'invalid-credentials',
    rule: 'HUB011'
  },
  // the docker CLI
  {
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `User interaction is not allowed.`',
    diagnosis: 'credential-store-error',
    rule: 'CLI001'
  },
  {
    text: 'error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``',
    diagnosis: 'credential-store-error',
    rule: 'CLI001'
  },
  {
    text: 'exec: "docker-credential-osxkeychain": executable file not found in $PATH',
    diagnosis: 'credential-store-error',
    rule: 'CLI001'
  },
  {
    text: 'Error: Cannot perform an interactive login from a non TTY device',
    diagnosis: 'missing-credentials',
    rule: 'CLI002'
  },
  {
    text: 'Error: password is empty',
    diagnosis: 'missing-credentials',
    rule: 'CLI002'
  },
  {
    text: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: 'net/http: TLS handshake timeout',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: 'Get "https://registry-1.docker.io/v2/": dial tcp 54.1.2.3:443: i/o timeout',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: 'login attempt to https://registry.example.com/v2/ failed with status: 503 Service Unavailable',
    diagnosis: 'registry-unreachable',
    rule: 'NET002'
  },
  {
    text: "WARNING! Your credentials are stored unencrypted in '/home/runner/.docker/config.json'.\nLogin Succeeded",
    diagnosis: 'ok',
    rule: 'CLI005'
  },
  // buildx / BuildKit
  {
    text: 'ERROR: failed to solve: failed to push docker.io/octocat/app:latest: insufficient_scope: authorization failed',
    diagnosis: 'insufficient-scope',
    rule: 'REG001'
  },
  {
    text: 'denied: requested access to the resource is denied',
    diagnosis: 'insufficient-scope',
    rule: 'REG002'
  },
  {
    text: 'ERROR: failed to solve: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aoctocat%2Fapp%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized',
    diagnosis: 'insufficient-scope',
    rule: 'REG003'
  },
  {
    text: 'failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized: incorrect username or password',
    diagnosis: 'invalid-credentials',
    rule: 'HUB010'
  },
  // GHCR
  {
    text: 'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
    diagnosis: 'invalid-credentials',
    rule: 'GHCR002'
  },
  {
    text: 'denied: permission_denied: write_package',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR005'
  },
  {
    text: 'denied: permission_denied: The token provided does not match expected scopes.',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR001'
  },
  {
    text: 'unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    diagnosis: 'invalid-credentials',
    rule: 'GHCR002'
  },
  // GitLab
  {
    text: 'Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied',
    diagnosis: 'invalid-credentials',
    rule: 'GL001'
  },
  // Harbor, ACR, Quay, distribution
  {
    text: 'unauthorized: unauthorized to access repository: library/app, action: push: unauthorized to access repository: library/app, action: push',
    diagnosis: 'insufficient-scope',
    rule: 'HBR001'
  },
  // a bare 401 that shows no login, no token request, no pull and no push:
  // a request sent without a credential the registry took (§13dd)
  {
    text: 'unauthorized: authentication required',
    diagnosis: 'missing-credentials',
    rule: 'FB033'
  },
  {
    text: 'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    diagnosis: 'missing-credentials',
    rule: 'FB033'
  },
  // the same words answering a login's /v2/ ping, or a token request: the
  // credential sent was refused
  {
    text: 'Error response from daemon: Get "https://myacr.azurecr.io/v2/": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    diagnosis: 'invalid-credentials',
    rule: 'REG004'
  },
  {
    text: 'GET https://myacr.azurecr.io/oauth2/token?scope=repository%3Aapp%3Apull&service=myacr.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.',
    diagnosis: 'invalid-credentials',
    rule: 'REG004'
  },
  {
    text: 'unauthorized: Invalid Username or Password',
    diagnosis: 'invalid-credentials',
    rule: 'QUAY001'
  },
  {
    text: 'login attempt to http://localhost:5000/v2/ failed with status: 401 Unauthorized',
    diagnosis: 'invalid-credentials',
    rule: 'REG004'
  },
  // Amazon ECR, Google Artifact Registry
  {
    text: 'Your authorization token has expired. Reauthenticate and try again.',
    diagnosis: 'token-expired',
    rule: 'ECR001'
  },
  {
    text: 'no basic auth credentials',
    diagnosis: 'missing-credentials',
    rule: 'CLI004'
  },
  // a token request for a pull alone refused 401 (docs/registries.md §13f (c))
  {
    text: 'ERROR: failed to solve: node:20-alpine: failed to resolve source metadata for docker.io/library/node:20-alpine: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Fnode%3Apull&service=registry.docker.io: 401 Unauthorized',
    diagnosis: 'stale-login',
    rule: 'HUB017'
  },
  {
    text: 'failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://registry.example.com/service/token?scope=repository%3Ateam%2Fapp%3Apull&service=harbor-registry: 401 Unauthorized',
    diagnosis: 'invalid-credentials',
    rule: 'REG014'
  },
  {
    // a push asks pull,push: REG003's, as before
    text: 'failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://registry.example.com/service/token?scope=repository%3Ateam%2Fapp%3Apull&scope=repository%3Ateam%2Fapp%3Apull%2Cpush&service=harbor-registry: 401 Unauthorized',
    diagnosis: 'insufficient-scope',
    rule: 'REG003'
  },
  // docker's warning on a config.json it cannot parse (docs/registries.md §0):
  // alone it is the problem; a refusal the text also shows decides first
  {
    text: "WARNING: Error parsing config file (/home/runner/.docker/config.json): invalid character '}' looking for beginning of object key string\nLogin Succeeded",
    diagnosis: 'credential-store-error',
    rule: 'CLI024'
  },
  {
    text: 'WARNING: Error parsing config file (/home/runner/.docker/config.json): invalid character \'}\' looking for beginning of object key string\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    diagnosis: 'invalid-credentials',
    rule: 'HUB010'
  },
  // docs/registries.md §13o: wordings of the sixth development set
  {
    // sparkoo/csgo-2d-demo-viewer#59
    text: "error parsing HTTP 412 response body: invalid character 'C' looking for beginning of value: \"Container Registry is deprecated and shutting down, please use the auto migration tool to migrate to Artifact Registry (gcloud artifacts docker upgrade migrate --projects='csgo-2d-demo-player'). For more details see: https://cloud.google.com/artifact-registry/docs/transition/auto-migrate-gcr-ar\"",
    diagnosis: 'not-a-login-failure',
    rule: 'GAR024'
  },
  {
    text: 'Error: Status 403 trying to pull repository team/app: "Unable to access the repository: team/app; please verify that it exists and you have permission to access it (no valid credential was supplied)."',
    diagnosis: 'missing-credentials',
    rule: 'GAR025'
  },
  {
    text: 'Google Cloud Run Service Agent service-123@serverless-robot-prod.iam.gserviceaccount.com must have permission to read the image, gcr.io/other-project/app:latest.',
    diagnosis: 'insufficient-scope',
    rule: 'GAR026'
  },
  {
    text: "[httpOci] Could not fetch bearer token for 'ghcr.io': Error: HTTP 403: Forbidden",
    diagnosis: 'stale-login',
    rule: 'GHCR003'
  },
  {
    text: '$ docker pull ghcr.io/octocat/app:1.0\nError response from daemon: error from registry: unauthorized\nunauthorized',
    diagnosis: 'repository-not-found',
    rule: 'GHCR008'
  },
  {
    text: 'level=error msg="Error parsing the serverURL" error="parse \\"https://{\\\\\\"kind\\\\\\":…}\\": invalid port"',
    diagnosis: 'credential-store-error',
    rule: 'CLI091'
  },
  {
    text: 'INFO org.testcontainers.utility.RegistryAuthLocator - Failure when attempting to lookup auth config. Exception message: Status 404: No config supplied. Checked in order: /home/runner/.docker/config.json (file not found), DOCKER_AUTH_CONFIG (not set)',
    diagnosis: 'missing-credentials',
    rule: 'CLI028'
  },
  // docs/registries.md §13q: wordings of the seventh development set
  {
    text: "ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission 'artifactregistry.repositories.get' denied on resource '//artifactregistry.googleapis.com/projects/p/locations/us-central1/repositories/cloud-run-source-deploy' (or it may not exist).",
    diagnosis: 'insufficient-scope',
    rule: 'GAR027'
  },
  {
    text: 'Error: Unable to get authConfig for registry: no auth config found for registry registry.example.com in auth configs: map[string]types.AuthConfig(nil)',
    diagnosis: 'missing-credentials',
    rule: 'CLI029'
  },
  {
    text: 'could not push docker image: API error (400): Bad parameters and missing X-Registry-Auth: EOF',
    diagnosis: 'missing-credentials',
    rule: 'CLI029'
  },
  {
    text: 'Build Failed. No push access to specified image repository. Try running with `--default-repo` flag.',
    diagnosis: 'missing-credentials',
    rule: 'CLI030'
  },
  // docs/registries.md §13s: wordings mined from the clients' and
  // registries' sources
  {
    text: 'failed to resolve reference "registry.example.com/team/app:1.4": failed to authorize: failed to handle basic auth because missing username or secret',
    diagnosis: 'missing-credentials',
    rule: 'CLI031'
  },
  {
    text: 'Error: username is empty',
    diagnosis: 'missing-credentials',
    rule: 'CLI032'
  },
  {
    text: 'Username: \nerror: username is required',
    diagnosis: 'missing-credentials',
    rule: 'CLI032'
  },
  {
    text: 'the --password-stdin option requires --username to be set',
    diagnosis: 'missing-credentials',
    rule: 'CLI032'
  },
  {
    text: 'Error: logging into "registry.example.com": getting username and password: cannot prompt for username without stdin',
    diagnosis: 'missing-credentials',
    rule: 'CLI032'
  },
  {
    text: 'Username (ci): ci\nPassword: \nerror: password is required',
    diagnosis: 'missing-credentials',
    rule: 'CLI033'
  },
  {
    text: '2024/05/02 10:11:12 No matching credentials were found for "index.docker.io"\nError: GET https://auth.docker.io/token?scope=repository%3Aacme%2Fprivate%3Apull&service=registry.docker.io: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:acme/private Type:repository]]',
    diagnosis: 'missing-credentials',
    rule: 'CLI034'
  },
  {
    text: '2024/05/02 10:11:12 No matching credentials were found for "registry.example.com"\nError: GET https://registry.example.com/service/token?scope=repository%3Alib%2Fapp%3Apull&service=harbor-registry: DENIED: requested access to the resource is denied',
    diagnosis: 'missing-credentials',
    rule: 'CLI034'
  },
  {
    text: 'Error: trying to reuse blob sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1 at destination: checking whether a blob sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1 exists in registry.example.com/team/app: authentication required',
    diagnosis: 'insufficient-scope',
    rule: 'REG015'
  },
  {
    text: 'Error response from daemon: Head "https://harbor.example.com/v2/library/app/manifests/1.4": unauthorized: authorize header needed to send HEAD to repository',
    diagnosis: 'missing-credentials',
    rule: 'HBR007'
  },
  {
    text: 'denied: can not push artifact to a proxy project: dockerhub-proxy',
    diagnosis: 'not-a-login-failure',
    rule: 'HBR008'
  },
  {
    text: 'Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY\nError: Cannot perform an interactive login from a non TTY device',
    diagnosis: 'missing-credentials',
    rule: 'AWS009'
  },
  {
    text: "Error: 'aws-secret-access-key' must be provided if 'aws-access-key-id' is provided",
    diagnosis: 'missing-credentials',
    rule: 'AWS009'
  },
  {
    text: 'The config profile (ci-push) could not be found',
    diagnosis: 'missing-credentials',
    rule: 'AWS009'
  },
  {
    text: 'ecr: could not create client: loading default AWS config: failed to get shared config profile, ci-push',
    diagnosis: 'missing-credentials',
    rule: 'AWS009'
  },
  {
    text: 'The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.\nError: Cannot perform an interactive login from a non TTY device',
    diagnosis: 'token-expired',
    rule: 'AWS010'
  },
  // docs/registries.md §13u: wordings mined from the sources, second round
  {
    text: 'Error: not logged into quay.io',
    diagnosis: 'missing-credentials',
    rule: 'CLI050'
  },
  {
    text: 'Error: credential file is not accessible: faccessat /home/runner/.config/containers/auth.json: no such file or directory',
    diagnosis: 'missing-credentials',
    rule: 'CLI051'
  },
  {
    text: 'testcontainers [ERROR] Error from Docker credential provider: Error: spawn docker-credential-desktop ENOENT',
    diagnosis: 'credential-store-error',
    rule: 'CLI052'
  },
  {
    text: 'java.io.IOException: Cannot run program "docker-credential-osxkeychain": error=2, No such file or directory',
    diagnosis: 'credential-store-error',
    rule: 'CLI052'
  },
  {
    text: 'E0502 10:11:12.000000    1234 plugin.go:311] Failed getting credential from external registry credential provider: error execing credential provider plugin ecr-credential-provider for image 123456789012.dkr.ecr.us-east-1.amazonaws.com/app: fork/exec /etc/eks/image-credential-provider/ecr-credential-provider: no such file or directory',
    diagnosis: 'credential-store-error',
    rule: 'CLI053'
  },
  {
    text: 'E0502 10:11:12.000000    1234 run.go:72] "command failed" err="failed to run Kubelet: failed to register credential provider plugins: plugin binary executable /usr/local/bin/ecr-credential-provider did not exist"',
    diagnosis: 'credential-store-error',
    rule: 'CLI053'
  },
  {
    text: 'ERROR: Could not find credentials matching dockerhub-creds\nFinished: FAILURE',
    diagnosis: 'missing-credentials',
    rule: 'CLI054'
  },
  {
    text: 'ERROR: Please also specify username if password is specified.',
    diagnosis: 'missing-credentials',
    rule: 'ACR030'
  },
  {
    text: "WARNING: Unable to get AAD authorization tokens with message: An error occurred: CONNECTIVITY_AAD_LOGIN_ERROR\nRegistry 'myreg.azurecr.io' does not support AAD login.\nWARNING: Unable to get admin user credentials with message: The resource with name 'myreg' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription 'ci'.\nERROR: Unable to authenticate using AAD or admin login credentials. Please specify both username and password in non-interactive mode.",
    diagnosis: 'missing-credentials',
    rule: 'ACR031'
  },
  {
    text: 'ERROR: Please specify both username and password in non-interactive mode.',
    diagnosis: 'missing-credentials',
    rule: 'ACR032'
  },
  {
    text: 'error getting credentials - err: exit status 1, out: `docker-credential-gcr/helper: `gcloud config config-helper` returned an empty access_token`',
    diagnosis: 'credential-store-error',
    rule: 'CLI001'
  },
  {
    text: 'docker-credential-gcr/helper: `gcloud config config-helper` failed: exit status 1',
    diagnosis: 'credential-store-error',
    rule: 'GAR050'
  },
  {
    text: 'GCR Credentials not present in store',
    diagnosis: 'credential-store-error',
    rule: 'GAR050'
  },
  // wordings from the sixteenth development set (docs/registries.md §13kk)
  {
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "ghcr.io/username/hello-world": POST https://ghcr.io/v2/username/hello-world/blobs/uploads/: DENIED: unauthenticated: User cannot be authenticated with the token provided.',
    diagnosis: 'invalid-credentials',
    rule: 'GHCR019'
  },
  {
    text: '$ skopeo login quay.io\nUsername: myusername\nPassword:\nFATA[0021] mkdir /run/containers/1000: permission denied',
    diagnosis: 'credential-store-error',
    rule: 'CLI073'
  },
  {
    // docs/registries.md §13nn (e): dev19-quay-03
    text: '[root@buildah-fresh ~]# podman login quay.io\nUsername: rturk\nPassword:\nerror creating directory "/run/user/0/containers": mkdir /run/user/0/containers: no such file or directory',
    diagnosis: 'credential-store-error',
    rule: 'CLI073'
  },
  {
    // attack-22 repro-05: rootful podman's storage, not the auth file's folder
    text: 'Error: mkdir /run/containers/storage: permission denied',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK003'
  },
  {
    // §13nn (f): dev19-not-login-04
    text: 'Error: could not get runtime: error creating runtime static files directory /var/lib/containers/storage/libpod: mkdir /var/lib/containers/storage: permission denied',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK003'
  },
  {
    // §13nn (g), §13aaa (b): dev19-generic-02, a stored identity token
    text: 'Error response from daemon: Get https://dtr.example.com/v2/myservice/manifests/latest: unauthorized: unable to get identity token from client token: invalid_grant: no such account for refresh token: id:',
    diagnosis: 'invalid-credentials',
    rule: 'REG041'
  },
  {
    // §13oo (h): dev21-not-login-01, docker-py refused the daemon's socket
    text: 'fatal: [192.168.1.134]: FAILED! => {"changed": false, "msg": "Error connecting: Error while fetching server API version: (\'Connection aborted.\', PermissionError(13, \'Permission denied\'))"}',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK003'
  },
  {
    text: "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))",
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK007'
  },
  {
    // §13oo (g): Azure Container Instances' RegistryErrorResponse (dev22-docker-hub-04)
    text: "ERROR: (RegistryErrorResponse) An error response is received from the docker registry 'index.docker.io'. Please retry later.",
    diagnosis: 'registry-unreachable',
    rule: 'CLI075'
  },
  {
    // §13oo (e): dev20-acr-01, Azure Machine Learning's compute
    text: "Failed to pull Docker image acrnlpplatformdev000.azurecr.io/azureml/azureml_23...... This error may occur because the compute could not authenticate with the Docker registry to pull the image. If using ACR please ensure the ACR has Admin user enabled or a Managed Identity with `AcrPull` access to the ACR is assigned to the compute. If the ACR Admin user's password was changed recently it may be necessary to synchronize the workspace keys.",
    diagnosis: 'missing-credentials',
    rule: 'CLI074'
  },
  {
    // §13oo (d): dev20-not-login-03, Docker Hub's immutable tags, ahead of
    // the refused push it is worded as (REG002)
    text: 'buildx failed with: ERROR: failed to build: failed to solve: failed to push kimai/kimai2:latest: denied: requested access to the resource is denied - This tag is already assigned to an image in this repository and cannot be updated due to immutability settings. To push this image, use a different tag.',
    diagnosis: 'not-a-login-failure',
    rule: 'HUB019'
  },
  {
    // §13oo (b): attack-22 repro-06, Google's refusal for a skewed clock
    text: "ERROR: (gcloud.auth.docker-helper) There was a problem refreshing your current auth tokens: ('invalid_grant: Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.'})",
    diagnosis: 'invalid-credentials',
    rule: 'REG022'
  },
  {
    // §13oo (b): Google's refusal of a key it does not know stays a
    // refused key (GAR014, ahead of REG021)
    text: "google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'})",
    diagnosis: 'invalid-credentials',
    rule: 'GAR014'
  },
  {
    text: 'error parsing HTTP 405 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>405 Not Allowed</title></head>\\r\\n<body>\\r\\n<center><h1>405 Not Allowed</h1></center>"',
    diagnosis: 'registry-unreachable',
    rule: 'FB022'
  },
  {
    text: 'An error occurred (InvalidParameterValueException) when calling the CreateFunction operation: Image repository must be in the same account as the caller',
    diagnosis: 'not-a-login-failure',
    rule: 'ECR009'
  },
  // attack round 17 (docs/registries.md §13jj (b))
  {
    text: '#3 [internal] load metadata for docker.io/library/alpine:3.19\n#3 ERROR: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    diagnosis: 'invalid-credentials',
    rule: 'REG020'
  },
  // wordings from the fifteenth development set (docs/registries.md §13ii)
  {
    text: 'Error: could not download oci://tccr.io/truecharts/sonarr: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://quay.io/v2/auth?scope=repository%3Atruecharts%2Fsonarr%3Apull&service=quay.io: 429 Too Many Requests',
    diagnosis: 'rate-limited',
    rule: 'CLI070'
  },
  {
    text: "Azure.RequestFailedException: 'The image 'myregistry.azurecr.io/app:1' in container group 'group' is not accessible. Please check the image and registry credential.\nStatus: 400 (Bad Request)\nErrorCode: InaccessibleImage",
    diagnosis: 'missing-credentials',
    rule: 'CLI071'
  },
  // tools' own words, mined from their sources (docs/registries.md §13hh)
  {
    text: 'Registry credentials not provided. Guest mode enabled.\n+ /usr/local/bin/docker push acme/app:1-arm\nThe push refers to a repository [docker.io/acme/app]\ndc174c621de7: Preparing\ndenied: requested access to the resource is denied',
    diagnosis: 'missing-credentials',
    rule: 'CLI055'
  },
  {
    text: 'Password cannot be empty. The base image connector requires authenticated access. Please either use an authenticated connector, or remove the base image connector.',
    diagnosis: 'missing-credentials',
    rule: 'CLI057'
  },
  {
    text: 'Error: Error loading registry auth config: could not open config file from filePath: /home/ubuntu/.docker/config.json. Error: open /home/ubuntu/.docker/config.json: no such file or directory',
    diagnosis: 'missing-credentials',
    rule: 'CLI058'
  },
  {
    text: 'WARNING: Could not find the `$HOME/.docker/config.json` and `$XDG_RUNTIME_DIR/containers/auth.json` file\nRunning one of `podman login`, `docker login`, `crane login` may help.',
    diagnosis: 'missing-credentials',
    rule: 'CLI059'
  },
  {
    text: 'Handled error whilst updating acme/base: private_source_authentication_failure {:source=>"docker.elastic.co"}',
    diagnosis: 'missing-credentials',
    rule: 'CLI060'
  },
  {
    text: 'Dependabot::PrivateSourceTimedOut: The following source timed out: registry.example.com',
    diagnosis: 'registry-unreachable',
    rule: 'CLI061'
  },
  {
    text: "failed to create workspace: Error response from daemon: Please run 'docker login'",
    diagnosis: 'missing-credentials',
    rule: 'CLI062'
  },
  {
    text: 'error: EOF\n: This error is most likely due to incorrect or mismatched registry credentials. Please double check you are using the correct credentials and registry name',
    diagnosis: 'invalid-credentials',
    rule: 'CLI063'
  },
  {
    text: '[22472 ms] [httpOci] 403: Credentials for \'ghcr.io\' may be expired. Attempting request anonymously.\n[22480 ms] [httpOci] 403: Failed to fetch bearer token for \'ghcr.io\': {"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}',
    diagnosis: 'token-expired',
    rule: 'CLI064'
  },
  {
    text: "[httpOci] ERR: Server did not provide instructions to authentiate! (Required: A 'WWW-Authenticate' Header)",
    diagnosis: 'registry-unreachable',
    rule: 'CLI065'
  },
  {
    text: ' WARN: docker registry failure: internal error (repository=acme/infra, packageFile=Dockerfile)',
    diagnosis: 'registry-unreachable',
    rule: 'CLI066'
  },
  {
    text: ' WARN: docker registry failure: unauthorized (dockerRepository=acme/private-base)',
    diagnosis: 'missing-credentials',
    rule: 'CLI067'
  },
  {
    text: 'cannot fetch registry.example.com/acme/schemas:v1.0.0: denied: unauthorized response with freshly acquired auth token',
    diagnosis: 'insufficient-scope',
    rule: 'CLI068'
  },
  {
    text: 'Error in fail: credential helper failed: \nSTDOUT:\n\nSTDERR:\n/home/u/.cache/bazel/external/oci/ecr-login.sh: line 2: exec: docker-credential-ecr-login: not found',
    diagnosis: 'credential-store-error',
    rule: 'CLI069'
  },
  {
    text: 'time="2024-01-10T12:00:00Z" level=warning msg="Reason: registry responded to head request with \\"404 Not Found\\", auth: \\"not present\\""',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK024'
  },
  {
    text: 'DEBUG: Error connecting to docker registry (err.code=ETIMEDOUT, connect ETIMEDOUT 10.0.0.5:443)',
    diagnosis: 'registry-unreachable',
    rule: 'CLI066'
  },
  // wordings from the fourteenth development set (docs/registries.md §13ff)
  {
    text: '"auth for \\"ghcr.io\\" not found in secret flux-system/github"',
    diagnosis: 'missing-credentials',
    rule: 'CLI041'
  },
  {
    text: 'Unable to locate chart oci://dp.apps.rancher.io/charts/suse-ai-deployer: failed to perform "FetchReference" on source: GET "https://dp.apps.rancher.io/v2/charts/suse-ai-deployer/manifests/1.2.0": response status code 403: denied: Forbidden access to suse-ai-deployer image in charts repository. someone@apps.rancher.io lacks necessary subscription.',
    diagnosis: 'insufficient-scope',
    rule: 'GEN011'
  },
  {
    text: '2020-11-06T05:00:49Z [ERROR] [/server/middleware/security/basic_auth.go:41][requestID="6e263b58"]: failed to authenticate robot$user: Failed to authenticate user, due to error \'Not found an entry\'',
    diagnosis: 'invalid-credentials',
    rule: 'HBR010'
  },
  {
    text: 'Failed to pull image "ghcr.io/podtato-head/podtato-right-leg:v0.1.0": rpc error: code = Unknown desc = Error response from daemon: Head https://ghcr.io/v2/podtato-head/podtato-right-leg/manifests/v0.1.0: denied',
    diagnosis: 'repository-not-found',
    rule: 'GHCR008'
  },
  {
    text: 'Failed to pull image "quay.io/foo/bar:baz": image pull failed for quay.io/foo/bar:baz,\nthis may be because there are no credentials on this request.  details: (Error: Status\n403 trying to pull repository foo/bar: "{\\"error\\": \\"Permission Denied\\"}")',
    diagnosis: 'missing-credentials',
    // Quay's v1 refusal of a pull without a login (docs/registries.md
    // §13ss (d)), before the kubelet's framing FB034 reads
    rule: 'QUAY014'
  },
  {
    text: 'time="2019-07-29T20:30:50Z" level=error msg="trigger.poll.RepositoryWatcher.addJob: failed to get image digest" error="Get https://index.docker.io/v2/acme/keel-test/manifests/1.0.1: http: non-successful response (status=401 body=\\"{}\\")" image="acme/keel-test:1.0.1" password= username=',
    diagnosis: 'missing-credentials',
    rule: 'FB035'
  },
  // wordings from the thirteenth development set (docs/registries.md §13cc)
  {
    text: 'failed to push ghcr.io/helium-diy/lightweight-dashboard:0.0.4: exit status 1: The push refers to repository [ghcr.io/helium-diy/lightweight-dashboard]\na247e2708871: Preparing\ndenied: not_found: owner not found',
    diagnosis: 'repository-not-found',
    rule: 'GHCR018'
  },
  {
    text: '[ERROR] Failed to execute goal org.springframework.boot:spring-boot-maven-plugin:2.4.2:build-image (default-cli): Docker API call to \'localhost:2375/v1.24/containers/create\' failed with status code 403 "Forbidden" -> [Help 1]',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK023'
  },
  // wordings from the twelfth development set (docs/registries.md §13bb)
  {
    text: 'level=error msg="PullImage \\"gitlab.example.com:5005/gf-hub/nginx:latest\\" failed" error="failed to pull and unpack image: failed to resolve reference: failed to authorize: failed to fetch oauth token: unable to decode token response: invalid character \'<\' looking for beginning of value"',
    diagnosis: 'registry-unreachable',
    rule: 'REG019'
  },
  {
    text: 'dockerd[32337]: level=warning msg="invalid authconfig: illegal base64 data at input byte 91"\ndockerd[32337]: level=info msg="Attempting next endpoint for pull after error: Head \\"https://myregistry.azurecr.io/v2/my/app/manifests/latest\\": unauthorized: authentication required"',
    diagnosis: 'malformed-credentials',
    rule: 'CLI044'
  },
  // wordings from the eleventh development set (docs/registries.md §13aa)
  {
    text: 'time="2022-03-14T08:46:49.899-05:00" level=warning msg="error authorizing context: authorization token required" go_version=go1.17.6 root_repo=workspace-images',
    diagnosis: 'missing-credentials',
    rule: 'REG016'
  },
  // the routine first line of a docker session loses to the refusal after
  // it (attack round 14)
  {
    text: 'time="2026-11-28T10:00:00.112Z" level=warning msg="error authorizing context: authorization token required" http.request.host="registry.example.com" http.request.uri="/v2/"\ntime="2026-11-28T10:00:00.431Z" level=warning msg="error authorizing context: insufficient scope" http.request.host="registry.example.com" http.request.method=POST http.request.uri="/v2/team/app/blobs/uploads/"',
    diagnosis: 'insufficient-scope',
    rule: 'REG018'
  },
  {
    text: 'Error: trying to reuse blob sha256:5064 at destination: pinging container registry localhost:8002: invalid status code from registry 404 (Not Found)',
    diagnosis: 'registry-unreachable',
    rule: 'REG017'
  },
  {
    text: '[ERROR] [/replication/operation/controller.go:108]: the execution 60809 failed: failed to do the prepare work for pushing/uploading resources: http error: code 403, message {"code":403,"message":"Only system admin can create project"}',
    diagnosis: 'insufficient-scope',
    rule: 'HBR009'
  },
  // wordings from the tenth development set (docs/registries.md §13x)
  {
    text: "(InvalidParameterValueInContainerTemplate) The following field(s) are either invalid or missing. Field 'template.containers.web.image' is invalid with details: 'Invalid value: \"myacr.azurecr.io/web:1\": GET https:?scope=repository%3Aweb%3Apull&service=myacr.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.'",
    diagnosis: 'missing-credentials',
    rule: 'CLI042'
  },
  {
    text: 'The following field(s) are either invalid or missing. Invalid value: "/albumapp-ui": GET https:: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:albumapp-ui Type:repository]]: template.containers.album-ui.image.',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK022'
  },
  {
    text: 'myhelmrepo\toci://myhelmrepo.azurecr.io/helm\t17h\tFalse\tfailed to get credential from azure: DefaultAzureCredential: failed to acquire a token.',
    diagnosis: 'missing-credentials',
    rule: 'CLI043'
  },
  // a scanner's tried runtimes are left out of its list of errors: the
  // registry's item decides (trivy-operator's CA the pod did not trust)
  {
    text: 'FATAL\timage scan error: scan error: unable to initialize a scanner: unable to initialize a remote image scanner: 3 errors occurred:\n\t* docker error: unable to inspect the image (r.example.com/app:1): Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n\t* containerd error: containerd socket not found: /run/containerd/containerd.sock\n\t* remote error: Get "https://r.example.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    diagnosis: 'registry-unreachable',
    rule: 'NET014'
  },
  // ... also where a paste's wrap cut the runtime's item, its words on a
  // line of their own (§13aaa (o): dev10-not-login-07 wrapped at words)
  {
    text: 'FATAL\timage scan error: 3 errors occurred:\n\t* docker error: unable to inspect the image (r.example.com/app:1):\nCannot connect to the Docker daemon at unix:///var/run/docker.sock.\nIs the docker daemon running?\n\t* containerd error: containerd socket not found:\n/run/containerd/containerd.sock\n\t* remote error: Get "https://r.example.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    diagnosis: 'registry-unreachable',
    rule: 'NET014'
  },
  // ... and a list of tried runtimes alone is still read as one
  {
    text: 'unable to initialize a scanner: 1 error occurred:\n\t* docker error: unable to inspect the image (app:1): Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK007'
  },
  // wordings from the ninth development set (docs/registries.md §13v)
  {
    text: 'docker-repo\tFalse\tauth for "index.docker.io" not found in secret flux-system/dockerhub\t\tFalse',
    diagnosis: 'missing-credentials',
    rule: 'CLI041'
  },
  {
    text: "ERROR: (gcloud.artifacts.docker.images.delete) PERMISSION_DENIED: Permission 'artifactregistry.packages.delete' denied on resource '//artifactregistry.googleapis.com/projects/p/locations/us-central1/repositories/r/packages/firebase' (or it may not exist).",
    diagnosis: 'insufficient-scope',
    rule: 'GAR041'
  },
  {
    text: 'Resource handler returned message: "Lambda does not have permission to access the ECR image. Check the ECR permissions. (Service: Lambda, Status Code: 403)"',
    diagnosis: 'insufficient-scope',
    rule: 'ECR007'
  },
  {
    text: 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 1 time(s): RequestError: send request failed caused by: Post https://api.ecr.us-east-1.amazonaws.com/: dial tcp 10.0.0.1:443: i/o timeout',
    diagnosis: 'registry-unreachable',
    rule: 'AWS011'
  },
  {
    text: 'The push refers to a repository [localhost:5000/mozart/busybox]\nGet http://localhost:5000/v2/: malformed HTTP response "\\x15\\x03\\x01\\x00\\x02\\x02"',
    diagnosis: 'registry-unreachable',
    rule: 'NET013'
  },
  {
    text: '2018-01-31 17:34:03.641 ERROR - docker pull returned STDERR>> "docker pull" requires exactly 1 argument.',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK021'
  },
  // wordings from the eighth development set (docs/registries.md §13t)
  {
    text: 'Error: INSTALLATION FAILED: GET "https://ghcr.io/v2/controlplaneio-fluxcd/charts/flux-operator/tags/list": unable to retrieve credentials',
    diagnosis: 'credential-store-error',
    rule: 'CLI040'
  },
  {
    text: "failed to list tags for repo gcr.io/webapp-alpha/curl: GET https://gcr.io/v2/project-alpha/curl/tags/list?n=1000: DENIED: Failed to read tags for host 'gcr.io', repository '/v2/project-alpha/curl/tags/list?n=1000'",
    diagnosis: 'missing-credentials',
    rule: 'GAR040'
  },
  {
    text: 'Invalid message Unauthorized Unauthorized {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"library/axoniq/axonserver","Action":"pull"}]}]}',
    diagnosis: 'repository-not-found',
    rule: 'ACR020'
  },
  {
    text: "Pulling artifactory (jfrog-docker-registry.bintray.io/artifactory/artifactory-oss:latest)...\nERROR: unauthorized: Repository '/jfrog/registry' does not support Docker API version v2",
    diagnosis: 'repository-not-found',
    rule: 'LOOK020'
  },
  {
    text: 'docker pull quay.io/jetstack/kube-proxy-oidc:v0.3.0\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    diagnosis: 'repository-not-found',
    rule: 'QUAY011'
  },
  // the registry's storage host refused a layer (docs/registries.md §13r):
  // not the credential, whatever registry's 403 rules come later
  {
    text: 'latest: Pulling from docker/library/redis\nunknown: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://d2glxqk2uabbnd.cloudfront.net/v2/docker/library/redis/blobs/sha256:0123: 403 Forbidden',
    diagnosis: 'registry-unreachable',
    rule: 'NET012'
  },
  {
    text: 'failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://acrprodeus2.blob.core.windows.net/a1b2c3-abc/docker/registry/v2/blobs/sha256/01/0123/data?se=2026-11-28: 403 Forbidden',
    diagnosis: 'registry-unreachable',
    rule: 'NET012'
  },
  // GHCR's and Quay's layer hosts (docs/registries.md §13w)
  {
    text: 'ghcr.io/astral-sh/uv:python3.11-bookworm-slim: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://pkg-containers.githubusercontent.com/ghcr1/blobs/sha256:0123?se=2026-11-28T10%3A00%3A00Z&sig=x: 403 Forbidden',
    diagnosis: 'registry-unreachable',
    rule: 'NET012'
  },
  {
    text: 'Error response from daemon: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://cdn01.quay.io/quayio-production-s3/sha256/01/0123?X-Amz-Expires=600: 403 Forbidden',
    diagnosis: 'registry-unreachable',
    rule: 'NET012'
  },
  // a CDN file's 403 in a build step, with a push refused elsewhere in the
  // log: not a layer's storage (attack round 11)
  {
    text: '#6 [2/6] RUN curl -fsSLo /tmp/jdk.deb https://d3pxv6yz143wms.cloudfront.net/8.212.04.2/jdk.deb && dpkg -i /tmp/jdk.deb\n#6 DONE 4.2s\n#12 ERROR: failed to push ghcr.io/acme/app:latest: unexpected status from POST request to https://ghcr.io/v2/acme/app/blobs/uploads/: 403 Forbidden',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR007'
  },
  // the Actions cache's blob storage is LOOK005's, not a layer's storage
  {
    text: 'ERROR: failed to push registry.example.com/o/i:1: failed to copy: GET https://productionresultssa5.blob.core.windows.net/actions-cache/7e0-271151296\nRESPONSE 403: 403 Forbidden',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK005'
  },
  {
    text: 'failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://prod-us-east-1-starport-layer-bucket.s3.us-east-1.amazonaws.com/a1b2-123456789012-0c4e/5f6a?X-Amz-Algorithm=AWS4-HMAC-SHA256: 403 Forbidden',
    diagnosis: 'registry-unreachable',
    rule: 'NET012'
  },
  // docker stopped before the login: its current context is missing
  // (docs/registries.md §13n; docker 28.2.2's words, run here)
  {
    text: 'Failed to initialize: unable to resolve docker endpoint: context "gone": context not found: open /tmp/ctx/contexts/meta/283bb9deef02e6843abfb538efa1eca70801bd8a701c3f98191e123496339247/meta.json: no such file or directory',
    diagnosis: 'credential-store-error',
    rule: 'CLI027'
  },
  {
    text: 'denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource',
    diagnosis: 'insufficient-scope',
    rule: 'GAR001'
  },
  // docker/login-action
  {
    text: 'Error: Username and password required',
    diagnosis: 'missing-credentials',
    rule: 'CLI003'
  },
  // credential helpers
  {
    text: 'error storing credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
    diagnosis: 'credential-store-error',
    rule: 'CLI001'
  },
  {
    text: 'error getting credentials - err: exit status 1, out: `dial unix /run/user/1000/bus: connect: connection refused`',
    diagnosis: 'credential-store-error',
    rule: 'CLI001'
  },
  // Go network errors
  {
    text: 'dial tcp: lookup registry.example.com on 127.0.0.53:53: no such host',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: 'dial tcp 127.0.0.1:5000: connect: connection refused',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: 'read tcp 10.1.0.4:50122->54.1.2.3:443: read: connection reset by peer',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: 'x509: certificate signed by unknown authority',
    diagnosis: 'registry-unreachable',
    rule: 'NET014'
  },
  {
    text: 'Get "https://registry.example.com/v2/": EOF',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: 'http: server gave HTTP response to HTTPS client',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: 'context deadline exceeded',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: 'received unexpected HTTP status: 502 Bad Gateway',
    diagnosis: 'registry-unreachable',
    rule: 'NET002'
  },
  // w-clients: the docker CLI and daemon, BuildKit, containerd and the
  // kubelet, podman, TLS, Docker Hub
  // kubernetes/kubernetes#66162 (containerd, the pull secret not used)
  {
    text: 'Failed to pull image "registry.example.com/my/app:latest": rpc error: code = Unknown desc = failed to resolve image "registry.example.com/my/app:latest": failed to fetch anonymous token: unexpected status: 403 Forbidden',
    diagnosis: 'missing-credentials',
    rule: 'CLI008'
  },
  // jfrog/jfrog-credentials-provider#41 (kubelet, no credential from the provider)
  {
    text: '"Failed to pull image" err="failed to pull and unpack image \\"heidiai.jfrog.io/heidiai-docker/heidi-ml-scribe:pr-6940\\": failed to resolve reference \\"heidiai.jfrog.io/heidiai-docker/heidi-ml-scribe:pr-6940\\": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://heidiai.jfrog.io/artifactory/api/docker/heidiai-docker/v2/token?scope=repository%3Aheidi-ml-scribe%3Apull&scope=repository%3Aheidiai-docker%2Fheidi-ml-scribe%3Apull&service=heidiai.jfrog.io: 401 "',
    diagnosis: 'missing-credentials',
    rule: 'CLI008'
  },
  // docker/scout-cli#32 (GitLab pipeline, empty username)
  {
    text: 'Must provide --username with --password-stdin',
    diagnosis: 'missing-credentials',
    rule: 'CLI009'
  },
  // dotnet/core#5671 (docker push of a tag not built here)
  {
    text: 'The push refers to repository [docker.io/chanmm/mymicroservice]\nAn image does not exist locally with the tag: chanmm/mymicroservice',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK008'
  },
  // docker/for-linux#535
  {
    text: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK007'
  },
  // moby/moby#18576 (docker 1.9: the login went through the daemon)
  {
    text: 'Cannot connect to the Docker daemon. Is the docker daemon running on this host?',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK007'
  },
  // moby/moby#11989 (docker 1.5, no socket)
  {
    text: 'Post http:///var/run/docker.sock/v1.17/auth: dial unix /var/run/docker.sock: no such file or directory. Are you trying to connect to a TLS-enabled daemon without TLS?',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK007'
  },
  // the daemon's API answered with a socket proxy's page (attack-25 repro-02)
  {
    text: 'Error response from daemon: <html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>',
    diagnosis: 'not-a-login-failure',
    rule: 'CLI077'
  },
  // docker 28 with DOCKER_TLS_VERIFY before docker:dind wrote the client
  // certificates (attack-25 repro-03)
  {
    text: 'Failed to initialize: unable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory',
    diagnosis: 'not-a-login-failure',
    rule: 'CLI078'
  },
  // a missing context stays CLI027's (docs/registries.md §13n)
  {
    text: 'Failed to initialize: unable to resolve docker endpoint: context "gone": context not found: open /root/.docker/contexts/meta/abc/meta.json: no such file or directory',
    diagnosis: 'credential-store-error',
    rule: 'CLI027'
  },
  // Azure/azure-cli#27907 (Docker Desktop's stand-in in a WSL 2 distro)
  {
    text: "The command 'docker' could not be found in this WSL 2 distro.\nWe recommend to activate the WSL integration in Docker Desktop settings.",
    diagnosis: 'docker-cli-missing',
    rule: 'CLI007'
  },
  // Hydr8gon/sm64#26 (Windows)
  {
    text: 'docker: error during connect: This error may indicate that the docker daemon is not running.: Post "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/containers/create": open //./pipe/docker_engine: The system cannot find the file specified.',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK007'
  },
  // moby/moby#32811
  {
    text: 'failed to register layer: Error processing tar file(exit status 1): write file : no space left on device',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK009'
  },
  // konstructio/kubefirst#771 (an owner with capitals)
  {
    text: 'metaphor-frontend-publish-ccb0f59-k2npz-build-push-493683026: #19 ERROR: invalid reference format: repository name must be lowercase',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK010'
  },
  // flanksource/config-db#1751 (buildx, docker driver)
  {
    text: 'ERROR: failed to build: Cache export is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-cache-backends/',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK011'
  },
  // svthalia/concrexit#2593 (older buildx)
  {
    text: 'buildx failed with: ERROR: cache export feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK011'
  },
  // vimpostor/blobdrop#3 (podman build)
  {
    text: 'STEP 1/7: FROM vimpostor/arch-qt6\nError: creating build container: short-name "vimpostor/arch-qt6" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK012'
  },
  // heyvito/podman-macos#8 (podman build without a TTY)
  {
    text: 'Error: error creating build container: short-name resolution enforced but cannot prompt without a TTY',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK012'
  },
  // kubernetes.io, Pull an Image from a Private Registry (troubleshooting)
  {
    text: 'FailedToRetrieveImagePullSecret  ...  Unable to retrieve some image pull secrets (<regcred>); attempting to pull the image may not succeed.',
    diagnosis: 'missing-credentials',
    rule: 'CLI010'
  },
  // goharbor/harbor#1347 (docker login)
  {
    text: 'Error response from daemon: Get https://reg.skycloud.com/v1/users/: x509: certificate is valid for *.internettraffic.click, internettraffic.click, not reg.skycloud.com',
    diagnosis: 'registry-unreachable',
    rule: 'NET006'
  },
  // containerd/containerd#7039 (nerdctl login)
  {
    text: 'FATA[0008] failed to call rh.Client.Do: Get "https://reg.harbor.com/v2/": x509: certificate relies on legacy Common Name field, use SANs instead',
    diagnosis: 'registry-unreachable',
    rule: 'NET006'
  },
  // moby/moby#20137
  {
    text: 'Error while pulling image: Get https://index.docker.io/v1/repositories/library/ubuntu/images: x509: certificate has expired or is not yet valid',
    diagnosis: 'registry-unreachable',
    rule: 'NET007'
  },
  // mindoc-org/mindoc#344 (the token service's certificate)
  {
    text: 'ERROR: Get https://registry.cn-hangzhou.aliyuncs.com/v2/mindoc/mindoc/manifests/v0.13: Get https://dockerauth.aliyuncs.com/auth?scope=repository%3Amindoc%2Fmindoc%3Apull&service=registry.aliyuncs.com%3Acn-hangzhou: x509: certificate has expired or is not yet valid',
    diagnosis: 'registry-unreachable',
    rule: 'NET007'
  },
  // docker/for-linux#415 (behind a proxy)
  {
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: tls: first record does not look like a TLS handshake',
    diagnosis: 'registry-unreachable',
    rule: 'NET008'
  },
  // antimony-team/antimony#1 (docker compose up)
  {
    text: 'Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
    diagnosis: 'rate-limited',
    rule: 'HUB015'
  }
]

describe("judgeText: a tool's informational lines do not decide beside a failure (§13hh (j))", () => {
  const GENERIC = profileById('generic')
  it("Watchtower's digest check before a pull's own refusal: the refusal decides", () => {
    const text = [
      'time="2024-01-10T12:00:00Z" level=warning msg="Could not do a head request for \\"registry.example.com/team/app:latest\\", falling back to regular pull."',
      'time="2024-01-10T12:00:00Z" level=warning msg="Reason: registry responded to head request with \\"401 Unauthorized\\", auth: \\"not present\\""',
      'time="2024-01-10T12:00:01Z" level=error msg="Unable to update container: Error response from daemon: pull access denied for registry.example.com/team/app, repository does not exist or may require \'docker login\'"'
    ].join('\n')
    expect(judgeText(text, GENERIC).diagnosis).toBe('repository-not-found')
    // alone, it is the warning it is
    const alone = text.split('\n').slice(0, 2).join('\n')
    expect([judgeText(alone, GENERIC).diagnosis, judgeText(alone, GENERIC).rule]).toEqual(['not-a-login-failure', 'LOOK024'])
  }) // prettier-ignore

  it('a debug log: the token exchange\'s first 401 is no failure where the log has a fatal line (attack-18 repro-01)', () => {
    const text = [
      'DEBU[0004] fetch response received                       host=registry-1.docker.io response.header.www-authenticate="Bearer realm=\\"https://auth.docker.io/token\\",service=\\"registry.docker.io\\",scope=\\"repository:library/nginx:pull\\"" response.status="401 Unauthorized" url="https://registry-1.docker.io/v2/library/nginx/manifests/1.23.2-alpine"',
      'DEBU[0006] fetch response received                       response.status="200 OK" url="https://registry-1.docker.io/v2/library/nginx/manifests/sha256:455c"',
      'FATA[0006] failed to copy: httpReadSeeker: failed open: failed to do request (`dial tcp 104.18.124.25:443: connect: connection refused`)'
    ].join('\n')
    expect(judgeText(text, GENERIC).diagnosis).toBe('registry-unreachable')
    // podman prints its error at debug level: with no error line, kept
    const podman = 'DEBU[0002] Error pulling image ref //sonartype/nexus3:latest: Error initializing source docker://sonartype/nexus3:latest: Error reading manifest latest in docker.io/sonartype/nexus3: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required'
    expect(judgeText(podman, GENERIC).diagnosis).toBe('repository-not-found')
  }) // prettier-ignore

  it("the devcontainers CLI's 'may be expired' line before a retry and an unrelated failure decides nothing (attack-18 repro-04)", () => {
    const text = "[22472 ms] [httpOci] 403: Credentials for 'ghcr.io' may be expired. Attempting request anonymously.\n#8 [3/5] RUN apt-get update\nE: Unable to locate package nosuchpackage\nERROR: process \"/bin/sh -c apt-get install nosuchpackage\" did not complete successfully: exit code: 100"
    expect(judgeText(text, GENERIC).rule).not.toBe('CLI064')
  }) // prettier-ignore

  it("testcontainers' empty credentials beside a missing local image: not a login failure", () => {
    const text = [
      '2024/08/20 10:00:00 No image auth found for registry:latest. Setting empty credentials for the image: registry:latest. This is expected for public images. Details: error getting credentials - err: exit status 1, out: `credentials not found in native keychain`',
      'create container: container create: Error response from daemon: No such image: registry:latest'
    ].join('\n')
    expect(judgeText(text, GENERIC).diagnosis).toBe('not-a-login-failure')
    // a rest with no wording and no words: the whole text is read, as the
    // line alone is
    const line = text.split('\n')[0]
    expect(judgeText(`${line}\n"`, GENERIC).rule).toBe(judgeText(line, GENERIC).rule)
    expect(judgeText(line, GENERIC).diagnosis).toBe('credential-store-error')
  }) // prettier-ignore
})

describe('judgeText: a failure that recovered does not decide beside the one that ended the job (§13oo (f), attack-23 repro-02)', () => {
  const HUB = profileById('docker-hub')
  const GHCR = profileById('ghcr')
  const pullLimit =
    'Error response from daemon: Head "https://registry-1.docker.io/v2/library/postgres/manifests/16": toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit'

  it("a retried pull's rate limit, then a login and a refused push: the push decides", () => {
    const text = [pullLimit, 'Warning: Attempt 1 failed. Reason: Child_process exited with error code 1', ' postgres Pulled', 'Command completed after 2 attempt(s).', 'Logging into Docker Hub...', 'Login Succeeded!', 'The push refers to repository [docker.io/acme/api]', 'denied: requested access to the resource is denied', 'Error: Process completed with exit code 1.'].join('\r\n')
    expect(judgeText(text, HUB).diagnosis).toBe('insufficient-scope')
    // with GitHub's timestamps on every line too
    const stamped = text.split('\r\n').map((l) => `2026-11-27T10:00:00.1234567Z ${l}`).join('\r\n')
    expect(judgeText(stamped, HUB).diagnosis).toBe('insufficient-scope')
    // the rate limit alone is what it is
    expect(judgeText(pullLimit, HUB).diagnosis).toBe('rate-limited')
  }) // prettier-ignore

  it('a failure before a recovery line with nothing known after it is still read', () => {
    const text = `${pullLimit}\nCommand completed after 2 attempt(s).\nDone.`
    expect(judgeText(text, HUB).diagnosis).toBe('rate-limited')
  }) // prettier-ignore

  it('a login that failed, was retried and succeeded, then a build that failed: the build decides (attack-32 repro-01)', () => {
    const login = ['Logging into ghcr.io...', 'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied', 'Retrying in 5 seconds (attempt 2/3)', 'Login Succeeded!']
    const build = ['#12 [build 4/6] RUN npm ci', '#12 12.3 npm ERR! 404 Not Found - GET https://registry.npmjs.org/@myorg%2fprivate-lib - Not found', '#12 ERROR: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1']
    const verdict = judgeText([...login, ...build].join('\n'), GHCR)
    expect(verdict.diagnosis).toBe('not-a-login-failure')
    expect(verdict.rule).toBeUndefined()
    // the recovered refusal alone is what it was
    expect(judgeText(login.slice(0, 2).join('\n'), GHCR).diagnosis).toBe('invalid-credentials')
  }) // prettier-ignore

  it('a login that succeeded, then a COPY that failed: not a login failure, not ok (attack-32 repro-02)', () => {
    const text = ['Logging into Docker Hub...', 'WARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.', 'Login Succeeded!', '#7 [3/4] COPY dist/ /app/', '#7 ERROR: failed to calculate checksum of ref 4b0c: "/dist": not found', 'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 4b0c: "/dist": not found'].join('\n')
    expect(judgeText(text, HUB).diagnosis).toBe('not-a-login-failure')
    // a login that succeeded with nothing failed after it is a success
    expect(judgeText(text.split('\n').slice(0, 3).join('\n'), HUB).diagnosis).toBe('ok')
  }) // prettier-ignore

  it("a build's own git clone or curl refused after the login: not the registry's login (attack-32 repro-04, repro-05)", () => {
    const git = ['Login Succeeded!', '#8 [3/6] RUN git clone https://github.com/acme/private-lib.git', "#8 0.412 Cloning into 'private-lib'...", '#8 0.801 remote: Invalid username or password.', "#8 0.802 fatal: Authentication failed for 'https://github.com/acme/private-lib.git/'", '#8 ERROR: process "/bin/sh -c git clone https://github.com/acme/private-lib.git" did not complete successfully: exit code: 128'].join('\n')
    expect(judgeText(git, HUB)).toMatchObject({ diagnosis: 'not-a-login-failure', rule: 'CLI087' })
    expect(judgeText(git, profileById('quay'))).toMatchObject({ diagnosis: 'not-a-login-failure', rule: 'CLI087' })
    // Quay's own refusal keeps its reading
    expect(judgeText('Error response from daemon: Get "https://quay.io/v2/": unauthorized: Invalid Username or Password', profileById('quay')).diagnosis).toBe('invalid-credentials')
    const curl = ['Login Succeeded', '#9 [4/5] RUN curl -fsSL https://api.example.com/config -o /etc/app.json', '#9 0.512 curl: (22) The requested URL returned error: 401 Unauthorized', '#9 ERROR: process "/bin/sh -c curl -fsSL https://api.example.com/config -o /etc/app.json" did not complete successfully: exit code: 22'].join('\n')
    expect(judgeText(curl, HUB)).toMatchObject({ diagnosis: 'not-a-login-failure', rule: 'LOOK032' })
    // curl's 401 outside a build (a script asking a registry) keeps FB033's reading
    expect(judgeText('curl: (22) The requested URL returned error: 401 Unauthorized\nCould not contact registry at https://docker-reg.example.com - quitting', HUB).diagnosis).toBe('missing-credentials')
  }) // prettier-ignore

  it("BuildKit's failed cache import, which the build goes on without, beside a compile error: not a login failure", () => {
    const cache = ['#3 importing cache manifest from ghcr.io/acme-corp/api:buildcache', '#3 ERROR: failed to configure registry cache importer: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme-corp%2Fapi%3Apull&service=ghcr.io: 401 Unauthorized']
    const build = ["#6 6.981 src/server.ts(42,7): error TS2322: Type 'string | undefined' is not assignable to type 'string'.", '#6 ERROR: process "/bin/sh -c npm run build" did not complete successfully: exit code: 2']
    expect(judgeText([...cache, ...build].join('\n'), GHCR).diagnosis).toBe('not-a-login-failure')
    // the cache import's failure alone is read as it was
    expect(judgeText(cache.join('\n'), GHCR).diagnosis).toBe(judgeText(cache[1], GHCR).diagnosis)
    expect(judgeText(cache[1], GHCR).diagnosis).not.toBe('not-a-login-failure')
  }) // prettier-ignore
})

describe('judgeText: a refusal of access on a pull gets the steps of a pull, not of a push (§13tt (h))', () => {
  const allTextOf = (r: ReturnType<typeof remediationFor>): string =>
    [r.title, r.error, r.why, ...r.steps].join('\n')
  const harborPull =
    "Error response from daemon: pull access denied for harbor.example.com/library/app, repository does not exist or may require 'docker login': unauthorized: unauthorized to access repository: library/app, action: pull: unauthorized to access repository: library/app, action: pull"
  it("Harbor's refusal of a pull: case read-denied, whose steps give the pull a login and read permission", () => {
    const verdict = judgeText(harborPull, profileById('harbor'))
    expect(verdict).toMatchObject({ diagnosis: 'insufficient-scope', rule: 'HBR001', case: 'read-denied' })
    const text = allTextOf(remediationFor('insufficient-scope', { registry: 'harbor.example.com', profile: 'harbor', username: 'robot$ci', case: 'read-denied' }))
    expect(text).toContain('Give the step that pulls a login for harbor.example.com')
    expect(text).not.toMatch(/push \(write\) permission|may not push/)
  }) // prettier-ignore

  it("each registry's read-denied text names its own read permission, after the login the pull needs", () => {
    const expected = { ghcr: 'packages: read', gitlab: 'read_registry', quay: 'with Read', harbor: 'Pull on repositories', acr: 'AcrPull', generic: 'read (pull) permission', 'docker-hub': 'read (pull) permission' } as const
    for (const [profile, words] of Object.entries(expected)) {
      const r = remediationFor('insufficient-scope', { registry: 'registry.example.com', profile: profile as keyof typeof expected, username: 'ci', case: 'read-denied' })
      expect(r.steps[0]).toContain('Give the step that pulls a login for registry.example.com')
      expect(allTextOf(r)).toContain(words)
      expect(allTextOf(r)).not.toMatch(/may not push|push \(write\) permission on the repository in/)
    }
  }) // prettier-ignore

  it('a push after a build that pulled its FROM keeps the push texts; a FROM refused, a pull-only token request and the CRI pull get the pull case (attack-35 repro-01 to 03)', () => {
    const build = ['#2 [frontend internal] load metadata for docker.io/library/node:20-alpine', '#5 [frontend 1/4] FROM docker.io/library/node:20-alpine@sha256:1a2b3c', '$ docker compose push', ' ⠴ Pushing frontend: f009a503aca1 Waiting']
    expect(judgeText([...build, 'denied: requested access to the resource is denied'].join('\n'), profileById('docker-hub')).case).toBeUndefined()
    const harborPush = ['#2 [internal] load metadata for harbor.example.com/base/node:20', 'unauthorized: unauthorized to access repository: library/app, action: push: unauthorized to access repository: library/app, action: push']
    expect(judgeText(harborPush.join('\n'), profileById('harbor')).case).toBeUndefined()
    const ecrPush = ['#2 [internal] load metadata for 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base:1', 'denied: User: arn:aws:sts::123456789012:assumed-role/ci/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-1:123456789012:repository/app because no identity-based policy allows the ecr:InitiateLayerUpload action']
    expect(judgeText(ecrPush.join('\n'), profileById('ecr')).case).toBeUndefined()
    const ecrFrom = ['ERROR: failed to solve: failed to resolve source metadata for 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base:1: pull access denied', 'denied: User: arn:aws:sts::123456789012:assumed-role/ci/GitHubActions is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:eu-west-1:123456789012:repository/base because no identity-based policy allows the ecr:BatchGetImage action']
    expect(judgeText(ecrFrom.join('\n'), profileById('ecr')).case).toBe('read-denied')
    expect(judgeText('Step 1/6 : FROM harbor.example.com/base/node:20\nunauthorized: unauthorized to access repository: base/node, action: pull', profileById('harbor')).case).toBe('read-denied')
  }) // prettier-ignore

  it('the same refusal on a push keeps the push texts; a bare /manifests/ request (a push writes there too) names no pull', () => {
    const push = 'The push refers to repository [harbor.example.com/library/app]\nunauthorized: unauthorized to access repository: library/app, action: push: unauthorized to access repository: library/app, action: push'
    expect(judgeText(push, profileById('harbor')).case).toBeUndefined()
    const gcr = 'Error response from daemon: denied: Permission denied for "1.0" from request "/v2/p/a/manifests/1.0".'
    expect(judgeText(gcr, profileById('gar'))).toMatchObject({ diagnosis: 'insufficient-scope' })
    expect(judgeText(gcr, profileById('gar')).case).not.toBe('read-denied')
  }) // prettier-ignore
})

describe("judgeText: a shell's line elsewhere in a log does not claim a registry's Permission denied (attack-34 repro-01)", () => {
  it("Container Registry's refusal after dash's `not found`: the registry's reading", () => {
    const text = ['#7 0.301 /bin/sh: 1: yarn: not found', '#7 ERROR: process "/bin/sh -c yarn build" did not complete successfully: exit code: 127', 'denied: Permission denied for "v1" from request "/v2/acme-prod/api/manifests/v1".'].join('\n')
    const verdict = judgeText(text, profileById('gar'))
    expect(verdict.rule).not.toBe('LOOK003')
    expect(verdict.diagnosis).toBe(judgeText(text.split('\n')[2], profileById('gar')).diagnosis)
    expect(verdict.diagnosis).toBe('insufficient-scope')
  }) // prettier-ignore
})

describe("judgeText: texts of the sixth session's development sets (docs/registries.md §13vv (b))", () => {
  const GENERIC = profileById('generic')
  it("moby's pull error wrapped before its advice's 'docker login' is still the pull's (dev86-not-login-03)", () => {
    const wrapped = "Error response from daemon: pull access denied for acme/tutorial-image, repository does not exist or may require \n   'docker login': denied: requested access to the resource is denied"
    expect(judgeText(wrapped, profileById('docker-hub'))).toMatchObject({ diagnosis: 'repository-not-found', rule: 'LOOK004' })
    // a real login after it still decides (attack-36)
    const login = `${wrapped.replace(/\n {3}/, '')}\n$ docker login -u octo --password-stdin\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`
    expect(judgeText(login, profileById('docker-hub')).diagnosis).toBe('invalid-credentials')
  }) // prettier-ignore

  it("moby's error on an endpoint it leaves for the next is no failure of its own (dev85-gar-05)", () => {
    const log = [
      'ERRO[0185] Attempting next endpoint for pull after error: manifest unknown: Failed to fetch "latest" from request "/v2/acme-project/app/manifests/latest".',
      'ERRO[0186] Not continuing with pull after error: Error: Status 403 trying to pull repository acme-project/app: "Unable to access the repository: acme-project/app; please verify that it exists and you have permission to access it'
    ].join('\n')
    expect(judgeText(log, profileById('gar'))).toMatchObject({ diagnosis: 'repository-not-found', rule: 'GAR055' })
    // the v1 words with their reason stay GAR025's
    expect(judgeText(`${log} (no valid credential was supplied)."`, profileById('gar'))).toMatchObject({ diagnosis: 'missing-credentials', rule: 'GAR025' })
    // the endpoint's error alone is what it says
    expect(judgeText(log.split('\n')[0], profileById('gar')).rule).toBe('LOOK001')
  }) // prettier-ignore

  it("STS refusing the job's OIDC token is the role's trust policy, with its own steps (§13vv (h))", () => {
    const text = 'Assuming role with OIDC\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
    const verdict = judgeText(text, profileById('ecr'))
    expect(verdict).toMatchObject({ diagnosis: 'aws-access-denied', rule: 'AWS014', case: 'oidc-trust-policy' })
    // an EKS pod's web identity (IRSA) has another trust policy: not this
    // case, but AWS015's (§13ww (b))
    expect(judgeText('An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity', profileById('ecr'))).toMatchObject({ rule: 'AWS015', case: 'web-identity-trust-policy' })
    for (const registry of ['123456789012.dkr.ecr.us-east-1.amazonaws.com', 'ghcr.io']) {
      const profile = recognise(registry)
      const written = remediationFor('aws-access-denied', { profile, registry, username: '', case: 'oidc-trust-policy' })
      expect([registry, written.title]).toEqual([registry, "AWS refused the role to this job's OIDC token"])
      expect(written.steps.join(' ')).toMatch(/sub` = `repo:<owner>\/<repo>:ref:refs\/heads\/<branch>/)
      expect(written.steps.join(' ')).not.toContain('ecr:GetAuthorizationToken')
      // the role itself, not id-token: write, which the job had (attack-44 A44-06)
      expect(written.steps.join(' ')).toContain('`role-to-assume`')
    }
  }) // prettier-ignore

  it("a registry's refusal of a push after an optional step's refused AWS role decides; what follows from the refusal does not (attack-44 A44-04)", () => {
    const role = 'Run aws-actions/configure-aws-credentials@v4\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
    const push = 'ERROR: failed to solve: failed to push ghcr.io/acme/app:pr-42: denied: installation not allowed to Write organization package'
    for (const profile of [profileById('ghcr'), GENERIC]) {
      expect(judgeText(`${role}\n${push}`, profile)).toMatchObject({ diagnosis: 'insufficient-scope', rule: judgeText(push, profile).rule })
      // the push's refusal before the role's: the role's refusal still comes first in the table
      expect(judgeText(`${push}\n${role}`, profile).rule).toBe('AWS014')
    }
    // what follows from the refusal (no token, a missing password, an anonymous 401) keeps the refusal's reading
    for (const after of ['Error: Cannot perform an interactive login from a non TTY device', 'Error response from daemon: Get "https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/": unauthorized: authentication required', 'GET https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/manifests/latest: unexpected status code 401 Unauthorized: Not Authorized']) {
      expect([after, judgeText(`${role}\n${after}`, profileById('ecr')).rule]).toEqual([after, 'AWS014'])
    }
  }) // prettier-ignore

  it("STS refusing another web identity token is the role's trust policy for that token, read before the missing keys that follow (§13ww (b), attack-44 A44-03)", () => {
    const gitlab = [
      '$ export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s" $(aws sts assume-role-with-web-identity --role-arn ${ROLE_ARN} --role-session-name "GitLabRunner-${CI_PROJECT_ID}-${CI_PIPELINE_ID}" --web-identity-token ${GITLAB_OIDC_TOKEN} --duration-seconds 3600 --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))',
      '',
      'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      '$ aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com',
      '',
      'Unable to locate credentials. You can configure credentials by running "aws configure".',
      'Error: Cannot perform an interactive login from a non TTY device'
    ].join('\n')
    expect(judgeText(gitlab, profileById('ecr'))).toMatchObject({ diagnosis: 'aws-access-denied', rule: 'AWS015', case: 'web-identity-trust-policy' })
    // without the refusal, the missing keys are what they say
    expect(judgeText(gitlab.split('\n').slice(3).join('\n'), profileById('ecr')).rule).toBe('AWS006')
    // a GitHub job's refusal keeps its own case, also before missing keys
    expect(judgeText('Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity\nError: Could not load credentials from any providers', profileById('ecr')).rule).toBe('AWS014')
    for (const profile of ['ecr', 'gitlab'] as const) {
      const written = remediationFor('aws-access-denied', { profile, registry: profile === 'ecr' ? '123456789012.dkr.ecr.us-east-1.amazonaws.com' : 'registry.gitlab.com', username: '', case: 'web-identity-trust-policy' })
      expect(written.title).toBe('AWS refused the role to this web identity token')
      const steps = written.steps.join(' ')
      expect(steps).toContain('project_path:<group>/<project>:ref_type:branch:ref:<branch>')
      expect(steps).toContain('system:serviceaccount:<namespace>:<service account>')
      // a GitHub job's too (configure-aws-credentials v1 prints STS's words
      // alone, attack-46 A46-02), none of the keys' steps
      expect(steps).toContain('token.actions.githubusercontent.com')
      expect(steps).not.toContain('ecr:GetAuthorizationToken')
    }
  }) // prettier-ignore

  it('attack-46: the readings of this session hold in the logs around them', () => {
    const HUB = profileById('docker-hub')
    // A46-01: a push refused after a login that succeeded is the credential's
    const push = ['$ docker push registry.gitlab.com/mygroup/docs/app:1', 'The push refers to repository [registry.gitlab.com/mygroup/docs/app]', '5f70bf18a086: Preparing', 'unauthorized: authentication required']
    expect(judgeText(push.join('\n'), profileById('gitlab')).rule).toBe('REG039')
    const after = judgeText(['$ echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin registry.gitlab.com', 'Login Succeeded', ...push].join('\n'), profileById('gitlab'))
    expect(after).toMatchObject({ diagnosis: 'insufficient-scope', rule: 'REG007' })
    expect(after.evidence.join(' ')).toContain('after a login')
    // A46-03: another tool's reset elsewhere in the log is not the token request's
    const pip = "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /simple/flask/"
    const refused = 'ERROR: failed to solve: failed to push registry.gitlab.com/g/p:1: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://gitlab.com/jwt/auth?scope=repository%3Ag%2Fp%3Apull%2Cpush&service=container_registry: 403 Forbidden'
    expect(judgeText(`${pip}\n${refused}`, profileById('gitlab')).diagnosis).toBe(judgeText(refused, profileById('gitlab')).diagnosis)
    expect(judgeText('failed to authorize: failed to fetch oauth token: Post "https://r.example.com/token": read tcp 10.0.0.5:43210->10.1.2.3:443: read: connection timed out', profileById('generic')).rule).toBe('NET027')
    // A46-04: docker login's banner does not outrank the network error that ended the login
    const banner = ["$ docker login", "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.", 'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/', '', 'Username: octocat', 'Password: ']
    const timeout = 'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)'
    expect(judgeText([...banner, timeout].join('\n'), HUB).diagnosis).toBe('registry-unreachable')
    expect(judgeText(banner.slice(1, 3).join('\n'), HUB)).toMatchObject({ diagnosis: 'missing-credentials', rule: 'HUB024' })
    // A46-02: the steps for any web identity also name a GitHub job's issuer and sub
    const steps = remediationFor('aws-access-denied', { profile: 'ecr', registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', username: '', case: 'web-identity-trust-policy' }).steps.join(' ')
    expect(steps).toContain('token.actions.githubusercontent.com')
    expect(steps).toContain('repo:<owner>/<repo>:ref:refs/heads/<branch>')
    // A46-06: ECR's unreachable steps name the region for botocore's endpoint error
    expect(remediationFor('registry-unreachable', { profile: 'ecr', registry: 'public.ecr.aws', username: '' }).steps.join(' ')).toContain('--region us-east-1')
  }) // prettier-ignore

  it("a push to Docker Hub's library/<host> is a tag that named a registry host alone (§13ww (j))", () => {
    const HUB = profileById('docker-hub')
    const push = (name: string, refusal: string) => `The push refers to repository [docker.io/library/${name}]\n5f70bf18a086: Preparing\n${refusal}`
    for (const refusal of ['denied: requested access to the resource is denied', 'unauthorized: authentication required']) {
      expect(judgeText(push('mycontainerreg.azurecr.io', refusal), HUB)).toMatchObject({ diagnosis: 'registry-mismatch', rule: 'HUB025', case: 'host-as-image-name' })
      // a name with dots that is no host (a version) stays the push's refusal (dev13-docker-hub-04)
      expect(judgeText(push('json2kafka-0.0.2', refusal), HUB).rule).not.toBe('HUB025')
    }
    const written = remediationFor('registry-mismatch', { profile: 'docker-hub', registry: 'docker.io', username: '', case: 'host-as-image-name' })
    expect(written.title).toBe('The image name is a registry host')
    expect(`${written.title}: ${written.error}`.length).toBeLessThan(200)
  }) // prettier-ignore

  it('attack-47: the turns read the login and the push target the text shows', () => {
    const push = ['The push refers to repository [registry.example.com:5000/team/app]', '5f70bf18a086: Preparing', 'unauthorized: authentication required']
    const GEN = profileById('generic')
    // A47-01: a login to another host or port, or login-action's to Docker Hub, keeps REG039
    for (const login of ['$ docker login 192.168.1.188 -u admin --password-stdin', '$ docker login -u me docker.io', 'Logging into Docker Hub...']) {
      expect([login, judgeText([login, 'Login Succeeded', ...push].join('\n'), GEN).rule]).toEqual([login, 'REG039'])
    }
    // the same host, or a login the text does not show the command of: REG007
    expect(judgeText(['$ docker login registry.example.com:5000 -u admin --password-stdin', 'Login Succeeded', ...push].join('\n'), GEN).rule).toBe('REG007')
    expect(judgeText(['Logging into registry.example.com:5000...', 'Login Succeeded', ...push].join('\n'), GEN).rule).toBe('REG007')
    expect(judgeText(['Login Succeeded', ...push].join('\n'), GEN).rule).toBe('REG007')
    // A48-01: a login command whose server GitLab prints unexpanded, quoted, or with a redirection
    for (const login of ['$ docker login "registry.example.com:5000" 2>/dev/null', "$ docker login 'registry.example.com:5000' -u ci"]) {
      expect([login, judgeText([login, 'Login Succeeded', ...push].join('\n'), GEN).rule]).toEqual([login, 'REG007'])
    }
    // A49-01, A49-02: a command GitLab collapsed, a host GitHub masked: any host
    for (const login of ['$ docker login -u "$CI_REGISTRY_USER" --password-stdin # collapsed multi-line command', 'Logging into ***...']) {
      expect([login, judgeText([login, 'Login Succeeded', ...push].join('\n'), GEN).rule]).toEqual([login, 'REG007'])
    }
    const masked = ['Logging into ***...', 'Login Succeeded', 'The push refers to repository [***/sampleapp]', '5f70bf18a086: Preparing', 'unauthorized: authentication required']
    expect(judgeText(masked.join('\n'), GEN).rule).toBe('REG007')
    // A50-01: GitLab's $CI_REGISTRY counts for a host no other family owns, not for an ACR
    const ciLogin = ['$ docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" $CI_REGISTRY', 'Login Succeeded']
    const acrPush = ['The push refers to repository [myreg.azurecr.io/team/app]', '5f70bf18a086: Preparing', 'unauthorized: authentication required']
    expect(judgeText([...ciLogin, ...acrPush].join('\n'), profileById('acr')).rule).toBe('REG039')
    // GitLab's registry by its host (gitlab.com's, or a host that names GitLab): REG007 (A48-01)
    for (const host of ['registry.gitlab.com', 'registry.gitlab.example.com:5050']) {
      const gitlabPush = [`The push refers to repository [${host}/group/other-project]`, '5f70bf18a086: Preparing', 'unauthorized: authentication required']
      expect([host, judgeText([...ciLogin, ...gitlabPush].join('\n'), profileById(recognise(host))).rule]).toEqual([host, 'REG007'])
    }
    // A51-01: not a Harbor or a Nexus the job never logged in to, whose host names no GitLab
    expect(judgeText([...ciLogin, ...push].join('\n'), GEN).rule).toBe('REG039')
    // A51-02: a login host masked in part is a pattern too: ECR's account masked is no login to an ACR
    const ecrMasked = ['Logging into ***.dkr.ecr.us-east-1.amazonaws.com...', 'Login Succeeded']
    expect(judgeText([...ecrMasked, ...acrPush].join('\n'), profileById('acr')).rule).toBe('REG039')
    const ecrPush = ['The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/app]', '5f70bf18a086: Preparing', 'unauthorized: authentication required']
    expect(judgeText([...ecrMasked, ...ecrPush].join('\n'), profileById('ecr')).rule).toBe('REG007')
    // a push host GitHub masked in part is a pattern: Docker Hub's login is not for it
    const partly = ['Logging into Docker Hub...', 'Login Succeeded', 'The push refers to repository [registry.***.com:5000/team/app]', '5f70bf18a086: Preparing', 'unauthorized: authentication required']
    expect(judgeText(partly.join('\n'), GEN).rule).toBe('REG039')
    // A50-02: this action's own log: `Logged in to <host> as <user>`, and its group title is no command
    const own = ['docker login output (exit code 0)', 'Login Succeeded', '✅ Logged in to registry.example.com:5000 as ci']
    expect(judgeText([...own, ...push].join('\n'), GEN).rule).toBe('REG007')
    expect(judgeText([...own, ...acrPush].join('\n'), profileById('acr')).rule).toBe('REG039')
    // A49-03: a here-string's password is no server: the login was to Docker Hub
    expect(judgeText(['$ docker login -u me --password-stdin <<< "$TOKEN"', 'Login Succeeded', ...push].join('\n'), GEN).rule).toBe('REG039')
    // A48-02: the push refused is the last one, not the first
    const twoPushes = ['$ docker login registry.example.com:5000', 'Login Succeeded', '$ docker push registry.example.com:5000/team/app:1', 'The push refers to repository [registry.example.com:5000/team/app]', '1: digest: sha256:0123 size: 528', '$ docker push other.example.com/team/app:1', 'The push refers to repository [other.example.com/team/app]', '5f70bf18a086: Preparing', 'unauthorized: authentication required']
    expect(judgeText(twoPushes.join('\n'), GEN).rule).toBe('REG039')
    // A48-03: a dotted image name is no host
    expect(judgeText('The push refers to repository [docker.io/library/catalog.api]\ndenied: requested access to the resource is denied', profileById('docker-hub')).rule).toBe('REG002')
    // A47-02: HUB025 in BuildKit's words, under the registry's own profile, for an address
    const buildkit = 'ERROR: failed to solve: failed to push docker.io/library/myreg.azurecr.io:1.0: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'
    for (const host of ['docker.io', 'myreg.azurecr.io']) {
      expect([host, judgeText(buildkit, profileById(recognise(host))).rule]).toEqual([host, 'HUB025'])
    }
    const classic = 'The push refers to repository [docker.io/library/myreg.azurecr.io]\ndenied: requested access to the resource is denied'
    expect(judgeText(classic, profileById('acr'))).toMatchObject({ rule: 'HUB025', case: 'host-as-image-name' })
    expect(judgeText(classic.replace('myreg.azurecr.io', '10.0.0.5'), profileById('docker-hub')).rule).toBe('HUB025')
    // A49-04: any host of three labels or more; a two-label name only where the text logs in to it
    expect(judgeText(classic.replace('myreg.azurecr.io', 'registry.mycorp.ch'), profileById('docker-hub')).rule).toBe('HUB025')
    const twoLabels = classic.replace('myreg.azurecr.io', 'myreg.ch')
    expect(judgeText(twoLabels, profileById('docker-hub')).rule).not.toBe('HUB025')
    expect(judgeText(`$ docker login myreg.ch:5000\nLogin Succeeded\n${twoLabels}`, profileById('docker-hub')).rule).toBe('HUB025')
  }) // prettier-ignore

  // attack-66 A66-01: Windows' and macOS' default stores fail otherwise
  it.each([
    ['docker-credential-wincred', 'default-helper-windows', "Windows' credential store refused the login", /2560 bytes/],
    ['docker-credential-osxkeychain', 'default-helper-macos', 'The macOS keychain refused the login', /security unlock-keychain/],
    ['docker-credential-secretservice', 'default-helper', "docker's default credential helper failed", /D-Bus/]
  ])('docker stored the login with its default %s: case %s', (helper, kase, title, says) => {
    const evidence = evidenceOf({ cli: cliFailed('Error saving credentials: error storing credentials - err: exit status 1, out: `The stub received bad data.`'), dockerConfig: { dir: '/home/runner/.docker', helper, setting: 'credsStore', defaultHelper: true } })
    const verdict = judge(evidence)
    expect([verdict.diagnosis, verdict.case]).toEqual(['credential-store-error', kase])
    const written = remediationFor('credential-store-error', { profile: 'docker-hub', registry: 'docker.io', username: 'octocat', case: verdict.case, dockerConfig: evidence.dockerConfig })
    expect(written.title).toBe(title)
    expect([written.why, ...written.steps].join('\n')).toMatch(says)
    if (kase !== 'default-helper') expect([written.error, ...written.steps].join('\n')).not.toMatch(/D-Bus|pass init|apt-get/)
  }) // prettier-ignore

  it('a push of an image without its registry host, after a login to another registry, went to Docker Hub (MIS002, §13aaa (i))', () => {
    const login = "$ az acr login --name=myregistry --expose-token | jq -r '.accessToken' | nerdctl login -u 00000000-0000-0000-0000-000000000000 --password-stdin myregistry.azurecr.io\nLogin Succeeded\n"
    const refusal = 'FATA[0007] push access denied, repository does not exist or may require authorization: server message: insufficient_scope'
    const ACR = profileById('acr')
    expect(judgeText(`${login}\nnerdctl push myregistry/container:0.0.1\n${refusal}`, ACR)).toMatchObject({ diagnosis: 'registry-mismatch', rule: 'MIS002', case: 'name-without-host' })
    expect(remediationFor('registry-mismatch', { profile: 'acr', registry: 'myregistry.azurecr.io', username: '', case: 'name-without-host' }).error).toContain('HOST/NAMESPACE/IMAGE:TAG')
    // a one-part name, options before it, podman's destination after its source
    expect(judgeText(`${login}\ndocker push --all-tags app\n${refusal}`, ACR).rule).toBe('MIS002')
    expect(judgeText(`${login}\npodman push --format oci localapp docker://team/app:1\n${refusal}`, ACR).rule).toBe('MIS002')
    // the registry's host in the name, a name in a variable, or podman's hosted destination: the refusal's own reading
    for (const push of ['nerdctl push myregistry.azurecr.io/container:0.0.1', 'docker push "$IMAGE"', 'podman push localapp docker://myregistry.azurecr.io/app:1', 'docker push --platform linux/amd64 myregistry.azurecr.io/app:1']) {
      expect([push, judgeText(`${login}\n${push}\n${refusal}`, ACR).rule]).not.toEqual([push, 'MIS002'])
    }
    // a login to Docker Hub, or none: a Docker Hub name is where the push meant to go
    expect(judgeText(`$ docker login -u me\nLogin Succeeded\nnerdctl push me/container:1\n${refusal}`, profileById('docker-hub')).rule).not.toBe('MIS002')
    expect(judgeText(`nerdctl push myregistry/container:0.0.1\n${refusal}`, ACR).rule).not.toBe('MIS002')
  }) // prettier-ignore

  it("a deleted Google Cloud project's image is gone, not a repository to create (GAR058, case project-deleted)", () => {
    const verdict = judgeText('Error response from daemon: Head "https://gcr.io/v2/paketo-buildpacks/python/manifests/latest": denied: denied: Project #761227957636 has been deleted.', profileById('gar'))
    expect(verdict).toMatchObject({ diagnosis: 'repository-not-found', rule: 'GAR058', case: 'project-deleted' })
    const written = remediationFor('repository-not-found', { profile: 'gar', registry: 'gcr.io', username: '', case: 'project-deleted' })
    expect(written.title).toBe("The image's Google Cloud project was deleted")
    expect(written.steps.join(' ')).not.toContain('gcloud artifacts repositories create')
  }) // prettier-ignore

  it("Cloud Build refusing `gcloud builds submit` gets Cloud Build's roles, not the registry's (GAR059, case cloud-build)", () => {
    for (const text of ['ERROR: (gcloud.builds.submit) PERMISSION_DENIED: The caller does not have permission. This command is authenticated as ci@acme.iam.gserviceaccount.com which is the active account specified by the [core/account] property', 'ERROR: (gcloud.builds.submit) HTTPError 403: Insufficient Permission']) {
      expect(judgeText(text, profileById('gar'))).toMatchObject({ diagnosis: 'insufficient-scope', rule: 'GAR059', case: 'cloud-build' })
      // no registry named: every table is read, Google's wording found
      expect(judgeText(text, profileById('docker-hub'))).toMatchObject({ rule: 'GAR059', case: 'cloud-build' })
    }
    const written = remediationFor('insufficient-scope', { profile: 'gar', registry: 'gcr.io', username: '', case: 'cloud-build' })
    expect(written.steps.join(' ')).toMatch(/roles\/cloudbuild\.builds\.editor.*serviceUsageConsumer/)
    expect(written.steps.join(' ')).toMatch(/cloud-platform/)
    // any other refusal of the registry keeps the writer role
    expect(judgeText('denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource "projects/p/locations/us/repositories/r" (or it may not exist)', profileById('gar')).case).toBeUndefined()
  }) // prettier-ignore

  it('the new readings carry the case whose steps fit them (review, §13vv (j))', () => {
    const cases: [string, string, string, string][] = [
      ['nexus.example.com:5100', '400 Bad Request: "[ERROR-400] DOCKER Either Authorization header is missing or invalid"', 'REG031', 'no-login'],
      ['quay.io', 'Please login prior to push:\nUsername: EOF', 'REG037', 'no-login'],
      ['myacr.azurecr.io', 'ERROR: Failed to retrieve credentials for container registry. Please provide the registry username and password', 'ACR035', 'cloud-service'],
      ['gcr.io', 'Token exchange failed for project p. Please enable Google Container Registry API in Cloud Console', 'GAR056', 'gcr-shutdown']
    ]
    for (const [registry, text, rule, kase] of cases) {
      const verdict = judgeText(text, profileById(recognise(registry)))
      expect([rule, verdict.rule, verdict.case]).toEqual([rule, rule, kase])
    }
    const written = remediationFor('repository-not-found', { profile: 'gar', registry: 'gcr.io', username: '', case: 'gcr-shutdown' })
    expect(written.title).toBe('This project has no Container Registry to reach')
    expect(written.steps.join(' ')).not.toContain('gcloud artifacts repositories create')
  }) // prettier-ignore

  it("the third wave's rules (§13vv (f))", () => {
    // Helm 3.13.0's stray scope is Helm's, not the chart's access
    const helm = 'Error: INSTALLATION FAILED: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2Fcharts%2Fapp%3Apull&scope=repository%3Auser%2Fimage%3Apull&service=ghcr.io: 403 Forbidden'
    expect(judgeText(helm, profileById('ghcr'))).toMatchObject({ diagnosis: 'not-a-login-failure', rule: 'LOOK043' })
    // the same refusal without the stray scope is still CLI008's
    expect(judgeText(helm.replace('&scope=repository%3Auser%2Fimage%3Apull', ''), profileById('ghcr')).rule).toBe('CLI008')
    // a wget in a build step, not a registry
    expect(judgeText('HTTP request sent, awaiting response... 403 Forbidden\n2018-03-29 16:57:28 ERROR 403: Forbidden.', GENERIC)).toMatchObject({ diagnosis: 'not-a-login-failure', rule: 'LOOK041' })
    // a DNS failure of an AWS endpoint only, not of any host
    expect(judgeText('getaddrinfo ENOTFOUND api.ecr-public.ap-southeast-1.amazonaws.com', profileById('ecr')).rule).toBe('NET025')
    expect(judgeText('getaddrinfo ENOTFOUND registry.npmjs.org', GENERIC).rule).not.toBe('NET025')
  }) // prettier-ignore

  it('attack round 43: rules whose parts must stand together, and readings that give way (§13vv (g))', () => {
    const ECR = profileById('ecr')
    const pushRefused = 'ERROR: failed to push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1: unexpected status from POST request to https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/blobs/uploads/: 403 Forbidden'
    // a cache warning's DNS failure beside an ECR host: the push decides (A43-01)
    expect(judgeText(`Warning: Failed to restore: getaddrinfo ENOTFOUND acghubeus1.actions.githubusercontent.com\n${pushRefused}`, ECR).rule).toBe(judgeText(pushRefused, ECR).rule)
    // the SDK v2's words in a test run under an amazon-ecr-login step: the push decides (A43-02)
    const run = 'Run aws-actions/amazon-ecr-login@v2\nLogged in to 123456789012.dkr.ecr.us-east-1.amazonaws.com\nconsole.error\n    CredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1'
    expect(judgeText(`${run}\n${pushRefused}`, ECR).rule).toBe(judgeText(pushRefused, ECR).rule)
    expect(judgeText('Run aws-actions/amazon-ecr-login@v1.3.3\nError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1', ECR)).toMatchObject({ diagnosis: 'missing-credentials', rule: 'AWS013' })
    // the Dev Containers CLI anonymous for one registry, refused by another (A43-04)
    const other = "[httpOci] No authentication credentials found for registry 'ghcr.io'. Accessing anonymously.\n[httpOci] 401 on reattempt after auth: https://registry.gitlab.com/v2/acme/features/node/manifests/1"
    expect(judgeText(other, profileById('gitlab')).rule).toBe('REG032')
    // a Go module path's /v2/ is no registry request (A43-06)
    expect(judgeText('go: github.com/urfave/cli/v2@v2.25.7: Get "https://proxy.golang.org/github.com/urfave/cli/v2/@v/v2.25.7.mod": read tcp 10.0.0.2:41234->142.250.1.1:443: read: connection timed out', GENERIC).rule).not.toBe('NET022')
    // docker login's own ping that timed out stays NET022's (attack-44 A44-05)
    expect(judgeText('Error response from daemon: Get "https://ghcr.io/v2/": read tcp 10.1.0.4:51234->140.82.112.33:443: read: connection timed out', profileById('ghcr')).rule).toBe('NET022')
  }) // prettier-ignore

  it("the second wave's rules keep to their own requests (§13vv (d))", () => {
    // Harbor's missing project, on a registry request; the Sylabs library's
    // own words for a project stay LOOK027's (dev31-quay-03)
    const harbor = 'Error: failed to copy image: POST registry.example.com/v2/target/app:main/blobs/uploads/?from=group%2Fapp: UNAUTHORIZED: project group not found: project group not found'
    expect(judgeText(harbor, profileById('harbor'))).toMatchObject({ diagnosis: 'repository-not-found', rule: 'HBR012' })
    const library = 'FATAL:   While pulling library image: could not get image info: request did not succeed: UNAUTHORIZED: project quay.io not found: project quay.io not found (401 Unauthorized)'
    expect(judgeText(library, profileById('quay')).rule).toBe('LOOK027')
    // a connection timed out on a registry request, not on any download
    const push = 'failed commit on ref "layer-sha256:7965": failed to do request: Put ghcr.io/v2/acme/app/blobs/upload/fb05?digest=sha256%3A7965: read tcp 172.17.0.2:58002->140.82.113.33:443: read: connection timed out'
    expect(judgeText(push, profileById('ghcr'))).toMatchObject({ diagnosis: 'registry-unreachable', rule: 'NET022' })
    expect(judgeText('curl: (28) Failed to connect to example.com: read: connection timed out', GENERIC).rule).not.toBe('NET022')
  }) // prettier-ignore

  it('a log of some other client, or of another tool, does not outrank the refusal (attack-42 A42-07, A42-08, A42-09)', () => {
    // the registry's own TLS log after docker login's 401: the 401 decides
    const login = 'Error response from daemon: Get "https://registry.lan:5000/v2/": unauthorized: authentication required'
    const serverLog = 'registry-1  | 2024/05/02 10:11:12 http: TLS handshake error from 172.18.0.1:53520: remote error: tls: unknown certificate authority'
    expect(judgeText(`${login}\n${serverLog}`, GENERIC).rule).toBe(judgeText(login, GENERIC).rule)
    expect(judgeText(serverLog, GENERIC).rule).toBe('NET021')
    // the AWS SDK v2's words in a test run's log, then a refused ghcr.io push
    const push = '#12 ERROR: failed to push ghcr.io/acme/app:1.0: denied: permission_denied: write_package'
    const testLog = 'console.error\n    CredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1'
    expect(judgeText(`${testLog}\n${push}`, profileById('ghcr')).rule).toBe(judgeText(push, profileById('ghcr')).rule)
    // the Dev Containers CLI's anonymous token refused: no credential
    const anonymous = "[httpOci] No authentication credentials found for registry 'registry.gitlab.com'. Accessing anonymously.\n[httpOci] 401 on reattempt after auth: https://registry.gitlab.com/v2/acme/features/node/manifests/1"
    expect(judgeText(anonymous, profileById('gitlab'))).toMatchObject({ diagnosis: 'missing-credentials', rule: 'REG036' })
    expect(judgeText("httpOci gives '401 on reattempt after auth: https://registry.gitlab.com/'", profileById('gitlab')).rule).toBe('REG032')
  }) // prettier-ignore

  it("a remote daemon's API refused over TLS is docker's daemon, not a registry; a registry's certificate is still NET014 (dev82-not-login-04)", () => {
    const dind = 'error during connect: Get "https://docker:2376/v1.24/containers/json?all=1": tls: failed to verify certificate: x509: certificate signed by unknown authority'
    expect(judgeText(dind, GENERIC)).toMatchObject({ diagnosis: 'not-a-login-failure', rule: 'LOOK007', case: 'docker-daemon' })
    const registry = 'Error response from daemon: Get "https://registry.example.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority'
    expect(judgeText(registry, GENERIC)).toMatchObject({ diagnosis: 'registry-unreachable', rule: 'NET014' })
    // a local pipe or socket with no daemon: not this wording (dev7-acr-01)
    expect(judgeText('error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.51/containers/json": open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified', GENERIC).rule).toBeUndefined()
  }) // prettier-ignore
})

describe('judgeText: a failure the job outlived does not hide the refusal of the credential that ended it (attack-36)', () => {
  const pushDenied = [
    'The push refers to repository [registry.gitlab.com/group/project]',
    '5f70bf18a086: Preparing',
    'denied: requested access to the resource is denied',
    'ERROR: Job failed: exit code 1'
  ]
  const gitRefused = [
    '##[group]Run git push origin "v1.4.0"',
    'remote: Invalid username or password.',
    "fatal: Authentication failed for 'https://github.com/myorg/app.git/'",
    '##[error]Process completed with exit code 128.'
  ]

  it("a tolerated cache pull's manifest unknown (GitLab's docker pull … || true), then the push refused: the push decides (repro-01)", () => {
    const GITLAB = profileById('gitlab')
    const cachePull = ['$ docker pull $CI_REGISTRY_IMAGE:latest || true', 'Error response from daemon: manifest for registry.gitlab.com/group/project:latest not found: manifest unknown: manifest unknown']
    const log = ['$ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY', 'Login Succeeded', ...cachePull, 'Successfully tagged registry.gitlab.com/group/project:5f3a2c1', '$ docker push $CI_REGISTRY_IMAGE:5f3a2c1', ...pushDenied].join('\n')
    expect(judgeText(log, GITLAB).diagnosis).toBe(judgeText(pushDenied.join('\n'), GITLAB).diagnosis)
    expect(judgeText(log, GITLAB).diagnosis).toBe('insufficient-scope')
    // the tolerated pull alone is what it was
    expect(judgeText(cachePull.join('\n'), GITLAB)).toMatchObject({ diagnosis: 'not-a-login-failure', rule: 'LOOK001' })
    // Docker Hub's pull error for the cache image, then the push refused
    const HUB = profileById('docker-hub')
    const hubPull = "Error response from daemon: pull access denied for myorg/app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
    const hub = ['Login Succeeded', '##[group]Run docker pull myorg/app:latest || true', hubPull, '##[group]Run docker push myorg/app:1.0', 'The push refers to repository [docker.io/myorg/app]', 'denied: requested access to the resource is denied'].join('\n')
    expect(judgeText(hub, HUB).diagnosis).toBe('insufficient-scope')
    expect(judgeText(hubPull, HUB).diagnosis).toBe('repository-not-found')
  }) // prettier-ignore

  it("git's refusal in a step that may fail, then a docker login refused: the login decides, with the registry's reading (repro-02)", () => {
    const logins = {
      gitlab: 'Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password.',
      'docker-hub': 'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
      ecr: 'Error response from daemon: login attempt to https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/ failed with status: 400 Bad Request'
    } as const
    for (const [id, line] of Object.entries(logins)) {
      const profile = profileById(id as keyof typeof logins)
      const alone = judgeText(line, profile)
      expect(alone.diagnosis).not.toBe('not-a-login-failure')
      expect(judgeText([...gitRefused, '##[group]Run docker/login-action@v3', `##[error]${line}`].join('\n'), profile)).toMatchObject({ diagnosis: alone.diagnosis, rule: alone.rule })
    }
    // git's refusal alone, and with nothing refused after it, stays git's
    expect(judgeText(gitRefused.join('\n'), profileById('gitlab'))).toMatchObject({ diagnosis: 'not-a-login-failure', rule: 'CLI087' })
  }) // prettier-ignore

  it("a manifest check, kubectl's RBAC refusal or a database's refusal earlier in the log, then ACR's push refused: the push decides (repro-03)", () => {
    const ACR = profileById('acr')
    const push = ['The push refers to repository [myreg.azurecr.io/myorg/app]', '5f70bf18a086: Preparing', 'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.']
    const alone = judgeText(push.join('\n'), ACR)
    // docker push's "authentication required": no login for that host
    // (§13ww (e); was REG007's insufficient-scope)
    expect(alone).toMatchObject({ diagnosis: 'missing-credentials', rule: 'REG039' })
    // after a login that succeeded, the credential's (attack-46 A46-01)
    const loggedIn = judgeText(['Login Succeeded', ...push].join('\n'), ACR)
    expect(loggedIn).toMatchObject({ diagnosis: 'insufficient-scope', rule: 'REG007' })
    for (const earlier of [
      'no such manifest: myreg.azurecr.io/myorg/app:5f3a2c1',
      'Error from server (Forbidden): secrets is forbidden: User "system:serviceaccount:ci:runner" cannot list resource "secrets" in API group "" in the namespace "prod"',
      '<Error> executeQuery: Code: 164. DB::Exception: Cannot execute query in readonly mode. (READONLY)'
    ]) {
      expect(judgeText(earlier, ACR).diagnosis).toBe('not-a-login-failure')
      expect(judgeText(['Login Succeeded', earlier, 'Successfully tagged myreg.azurecr.io/myorg/app:5f3a2c1', ...push].join('\n'), ACR)).toMatchObject({ diagnosis: loggedIn.diagnosis, rule: loggedIn.rule })
    }
  }) // prettier-ignore

  it("a refusal after them that is no step of its own does not decide: a pull error wrapped over two lines, whose advice names docker login", () => {
    const HUB = profileById('docker-hub')
    const wrapped = "minio-init Error pull access denied for minio/mc, repository does not exist\nor may require 'docker login': denied: requested access to the resource is denied"
    expect(judgeText(wrapped, HUB).diagnosis).toBe('repository-not-found')
    const manifest = 'Error response from daemon: manifest for ghcr.io/acme/app:v2 not found: manifest unknown: manifest unknown'
    expect(judgeText(`${manifest}\nunauthorized: authentication required`, profileById('ghcr')).diagnosis).toBe(judgeText(manifest, profileById('ghcr')).diagnosis)
  }) // prettier-ignore

  it("Quay's refusal in a log that pulled a cache image with docker pull and then pushed: the push's reading (repro-04)", () => {
    const QUAY = profileById('quay')
    const refusal = 'unauthorized: access to the requested resource is not authorized'
    const log = ['$ docker pull quay.io/myorg/app:latest', 'latest: Pulling from myorg/app', 'Status: Downloaded newer image for quay.io/myorg/app:latest', '$ docker push quay.io/myorg/app:1.0', 'The push refers to repository [quay.io/myorg/app]', '5f70bf18a086: Preparing', refusal].join('\n')
    expect(judgeText(log, QUAY)).toMatchObject({ diagnosis: 'insufficient-scope', rule: 'QUAY005' })
    // a docker pull refused, with no push shown, keeps the pull's reading
    expect(judgeText(`$ docker pull quay.io/myorg/app:latest\n${refusal}`, QUAY)).toMatchObject({ diagnosis: 'repository-not-found', rule: 'QUAY011' })
  }) // prettier-ignore
})

describe("judgeText: this session's readings, attacked again (attack-37)", () => {
  it("a shell's refusal in a step the job tolerated, then Container Registry's push refusal: the push decides (repro-01)", () => {
    const GAR = profileById('gar')
    const push = ['$ docker push gcr.io/my-project/app:$CI_COMMIT_SHORT_SHA', 'The push refers to repository [gcr.io/my-project/app]', '5f70bf18a086: Preparing', 'denied: Permission denied for "1a2b3c4d" from request "/v2/my-project/app/manifests/1a2b3c4d".', 'ERROR: Job failed: exit code 1']
    const hook = ['$ ./scripts/prebuild-hook.sh || true', '/bin/sh: eval: line 152: ./scripts/prebuild-hook.sh: Permission denied']
    expect(judgeText(hook[1], GAR)).toMatchObject({ diagnosis: 'not-a-login-failure', rule: 'LOOK036' })
    const alone = judgeText(push.join('\n'), GAR)
    expect(alone.diagnosis).toBe('insufficient-scope')
    expect(judgeText([...hook, ...push].join('\n'), GAR)).toMatchObject({ diagnosis: alone.diagnosis, rule: alone.rule })
  }) // prettier-ignore

  it("Quay's refusal of a pull whose step's script lists a push that never ran: the pull's reading (repro-02)", () => {
    const log = ['docker pull quay.io/acme/base:2.1', 'docker build -t quay.io/acme/app:${GITHUB_SHA} .', 'docker push quay.io/acme/app:${GITHUB_SHA}', 'shell: /usr/bin/bash -e {0}', 'Error response from daemon: unauthorized: access to the requested resource is not authorized'].join('\n')
    expect(judgeText(log, profileById('quay'))).toMatchObject({ diagnosis: 'repository-not-found', rule: 'QUAY011' })
  }) // prettier-ignore

  it("GitHub's API rate limit asked by a tool is a rate limit, not the token's scopes (repro-03)", () => {
    const GHCR = profileById('ghcr')
    expect(judgeText("Error: Request to https://api.github.com/user/orgs failed with status 403: API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit.)", GHCR)).toMatchObject({ diagnosis: 'rate-limited', rule: 'GHCR023' })
    expect(judgeText('Error: Request to https://api.github.com/user/orgs failed with status 403: You have exceeded a secondary rate limit.', GHCR).diagnosis).toBe('rate-limited')
    expect(judgeText('Request to https://api.github.com/user/orgs failed with status 403: Forbidden', GHCR)).toMatchObject({ diagnosis: 'insufficient-scope', rule: 'GHCR022', case: 'list-denied' })
  }) // prettier-ignore

  it('a listing refused (the catalog, GitHub\'s organizations) gets the steps of a listing, not of a push (repro-04)', () => {
    const allTextOf = (r: ReturnType<typeof remediationFor>): string => [r.title, r.error, r.why, ...r.steps].join('\n')
    const catalog = 'Error: Request to https://registry1.dso.mil/v2/_catalog?n=100 failed with status 401: Unauthorized'
    expect(judgeText(catalog, profileById('generic'))).toMatchObject({ diagnosis: 'insufficient-scope', rule: 'REG028', case: 'list-denied' })
    expect(judgeText('{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to list catalog: unauthorized to list catalog"}]}', profileById('harbor'))).toMatchObject({ rule: 'HBR011', case: 'list-denied' })
    const words = { generic: 'registry:catalog:*', harbor: 'system robot', ghcr: 'read:org' } as const
    for (const [profile, word] of Object.entries(words)) {
      const text = allTextOf(remediationFor('insufficient-scope', { registry: 'registry.example.com', profile: profile as keyof typeof words, username: 'ci', case: 'list-denied' }))
      expect(text).toContain(word)
      expect(text).not.toMatch(/may not push|push \(write\) permission/)
    }
  }) // prettier-ignore
})

describe('judgeText: side requests and repeated failures (attack-38)', () => {
  it("a debug listing of Harbor's catalog before a refused push: the push decides (repro-01)", () => {
    const HARBOR = profileById('harbor')
    const push = ['Run docker buildx build --push -t harbor.example.com/proj/app:1.2.3 .', '#14 exporting to image', '#14 pushing layers', '#14 ERROR: failed to push harbor.example.com/proj/app:1.2.3: server message: insufficient_scope: authorization failed', 'Error: Process completed with exit code 1.']
    const listing = ['Run curl -s -u "$HARBOR_ROBOT:$HARBOR_TOKEN" https://harbor.example.com/v2/_catalog || true', '{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to list catalog: unauthorized to list catalog"}]}']
    const alone = judgeText(push.join('\n'), HARBOR)
    expect(alone.case).not.toBe('list-denied')
    expect(judgeText([...listing, ...push].join('\n'), HARBOR)).toMatchObject({ diagnosis: alone.diagnosis, rule: alone.rule })
  }) // prettier-ignore

  it("GHCR's list-denied text says GHCR lists no catalog, and GitHub's API limit gets the API's hourly texts (repro-02, repro-03)", () => {
    const allTextOf = (r: ReturnType<typeof remediationFor>): string => [r.title, r.error, r.why, ...r.steps].join('\n')
    const listed = allTextOf(remediationFor('insufficient-scope', { registry: 'ghcr.io', profile: 'ghcr', username: 'ci', case: 'list-denied' }))
    expect(listed).toContain('GHCR serves no catalog')
    expect(listed).toContain('Open the packages by name')
    const verdict = judgeText('Error: Request to https://api.github.com/user/orgs failed with status 403: API rate limit exceeded for 203.0.113.7.', profileById('ghcr'))
    expect(verdict).toMatchObject({ diagnosis: 'rate-limited', case: 'api-rate-limit' })
    const limit = allTextOf(remediationFor('rate-limited', { registry: 'ghcr.io', profile: 'ghcr', username: 'ci', case: 'api-rate-limit' }))
    expect(limit).toContain('x-ratelimit-reset')
    expect(limit).not.toMatch(/the window is a minute|per minute/)
  }) // prettier-ignore

  it("a tolerated step that met GitHub's API limit, then Docker Hub's refusal of a pull or a push: the refusal decides (repro-04)", () => {
    const HUB = profileById('docker-hub')
    const tolerated = ["Run gh release download v1.4.0 -R acme/tools -p 'lint_*' || echo \"using the tools baked into the image\"", 'HTTP 403: API rate limit exceeded for 20.84.1.2. (https://api.github.com/repos/acme/tools/releases/tags/v1.4.0)', 'using the tools baked into the image']
    const pull = ['Run docker pull acme/private-base:3', "Error response from daemon: pull access denied for acme/private-base, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"]
    const push = ['Run docker push acme/app:1.2.3', 'The push refers to repository [docker.io/acme/app]', '5f70bf18a086: Preparing', 'denied: requested access to the resource is denied']
    for (const failure of [pull, push]) {
      const alone = judgeText(failure.join('\n'), HUB)
      expect(judgeText([...tolerated, ...failure].join('\n'), HUB)).toMatchObject({ diagnosis: alone.diagnosis, rule: alone.rule })
    }
  }) // prettier-ignore

  it('a tolerated failure printed twice (two cache tags, a retried git fetch) still gives way to the refusal that ended the job (repro-05)', () => {
    const GITLAB = profileById('gitlab')
    const miss = (tag: string): string => `Error response from daemon: manifest for registry.gitlab.com/acme/app:${tag} not found: manifest unknown: manifest unknown`
    const push = ['$ docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA', 'The push refers to repository [registry.gitlab.com/acme/app]', '5f70bf18a086: Preparing', 'denied: requested access to the resource is denied', 'ERROR: Job failed: exit code 1']
    const log = ['$ docker pull $CI_REGISTRY_IMAGE:latest || docker pull $CI_REGISTRY_IMAGE:main || true', miss('latest'), miss('main'), 'Successfully built 0123456789ab', ...push].join('\n')
    expect(judgeText(log, GITLAB).diagnosis).toBe('insufficient-scope')
    const gitFail = ['remote: HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect.', "fatal: Authentication failed for 'https://gitlab.com/acme/assets.git/'"]
    const login = ['$ echo "$REG_PASSWORD" | docker login -u "$REG_USER" --password-stdin registry.gitlab.com', 'Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password.']
    const alone = judgeText(login.join('\n'), GITLAB)
    expect(judgeText([...gitFail, 'fetch failed (1)', ...gitFail, 'fetch failed (2)', ...login].join('\n'), GITLAB)).toMatchObject({ diagnosis: alone.diagnosis, rule: alone.rule })
  }) // prettier-ignore

  it('every copy of a tolerated failure is left out at once: 1 500 cache pulls, then the refused push (one pass, not one per copy)', () => {
    const misses = Array.from({ length: 1500 }, (_, i) => `Error response from daemon: manifest for registry.gitlab.com/acme/app:t${i} not found: manifest unknown: manifest unknown`)
    const push = ['$ docker push registry.gitlab.com/acme/app:1', 'The push refers to repository [registry.gitlab.com/acme/app]', 'denied: requested access to the resource is denied']
    expect(judgeText([...misses, ...push].join('\n'), profileById('gitlab')).diagnosis).toBe('insufficient-scope')
  }) // prettier-ignore

  it('a copy printed after the refusal is no failure it outlived: the missing tag that ended the job decides (attack-40 repro-01)', () => {
    const log = ['Run docker pull registry.example.com/acme/app:buildcache || true', 'Error response from daemon: manifest for registry.example.com/acme/app:buildcache not found: manifest unknown: manifest unknown', 'Run docker login registry.example.com -u ci-mirror --password-stdin <<< "$MIRROR_TOKEN" || echo "mirror login failed, pulling anonymously"', 'Error response from daemon: Get "https://registry.example.com/v2/": unauthorized: authentication required', 'mirror login failed, pulling anonymously', 'Run docker pull registry.example.com/acme/app:1.4.2', 'Error response from daemon: manifest for registry.example.com/acme/app:1.4.2 not found: manifest unknown: manifest unknown'].join('\n')
    expect(judgeText(log, profileById('generic'))).toMatchObject({ diagnosis: 'not-a-login-failure', rule: 'LOOK001' })
  }) // prettier-ignore

  it("every copy of a wording whose parts stand on lines of their own goes at once: 17 modules' git refusals, then Docker Hub's refused login (attack-40 repro-02)", () => {
    const log = ['Run go mod download || echo "private modules unavailable, building from vendor/"']
    for (let i = 1; i <= 17; i++) log.push(`go: github.com/acme/lib${i}@v1.${i}.0: reading github.com/acme/lib${i}/go.mod at revision v1.${i}.0: git ls-remote -q origin in /home/runner/go/pkg/mod/cache/vcs/${i}: exit status 128:`, '\tremote: Invalid username or password.', `\tfatal: Authentication failed for 'https://github.com/acme/lib${i}/'`)
    log.push('Run docker/login-action@v3', 'Logging into Docker Hub...', 'Error: Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password')
    expect(judgeText(log.join('\n'), profileById('docker-hub'))).toMatchObject({ diagnosis: 'invalid-credentials', rule: 'HUB010' })
  }) // prettier-ignore

  it("Quay's refusal of a `docker push --quiet` after a cache pull that succeeded: the push's reading (repro-06)", () => {
    const log = ['+ docker pull quay.io/acme/app:cache', 'cache: Pulling from acme/app', 'Status: Downloaded newer image for quay.io/acme/app:cache', '+ docker build --cache-from quay.io/acme/app:cache -t quay.io/acme/app:1.2.3 .', 'Successfully tagged quay.io/acme/app:1.2.3', '+ docker push --quiet quay.io/acme/app:1.2.3', 'unauthorized: access to the requested resource is not authorized'].join('\n')
    expect(judgeText(log, profileById('quay'))).toMatchObject({ diagnosis: 'insufficient-scope', rule: 'QUAY005' })
  }) // prettier-ignore
})

describe("this session's texts, attacked once more (attack-39)", () => {
  it("a registry's lockout that names its own wait: the error line names no other wait (repro-01); Docker Hub's keeps its 15 minutes", () => {
    const verdict = judgeText('Error response from daemon: Get "https://registry.crowdstrike.com/v2/": unknown: This request is blocked due to recurrent login failures, please try again in 40 seconds', profileById('generic'))
    expect(verdict).toMatchObject({ diagnosis: 'login-locked-out', rule: 'REG029' })
    const common = remediationFor('login-locked-out', { registry: 'registry.crowdstrike.com', profile: 'generic', username: 'ci' })
    expect(common.error).not.toMatch(/15 minutes/)
    expect(common.error).toContain('the lockout the registry names')
    expect(remediationFor('login-locked-out', { registry: 'docker.io', profile: 'docker-hub', username: 'ci' }).error).toContain('about 15 minutes')
  }) // prettier-ignore

  it("GHCR's list-denied step forms no image reference from a family's name (repro-02)", () => {
    const r = remediationFor('insufficient-scope', { registry: 'GitHub Container Registry', profile: 'ghcr', username: 'ci', case: 'list-denied' })
    expect(r.steps.join('\n')).not.toContain('GitHub Container Registry/<owner>')
    expect(r.steps[0]).toContain('<owner>/<image> on GitHub Container Registry')
  }) // prettier-ignore
})

describe('judgeText: a push or pull with no login, and a cloud service pulling, carry their cases, not the empty-input texts (attack-32 repro-03)', () => {
  it('REG027: no-login; REG026: cloud-service', () => {
    const HUB = profileById('docker-hub')
    expect(judgeText('Exception caught: Error: Status 401 trying to push repository mtbridge/vertx-sample-client: ""', HUB)).toMatchObject({ rule: 'REG027', diagnosis: 'missing-credentials', case: 'no-login' })
    expect(judgeText('Error details: Code: 90712, ExtendedCode: 90712, Message: Error pulling the container image. Please check the image name or any registry credentials to access if required.', profileById('acr'))).toMatchObject({ rule: 'REG026', diagnosis: 'missing-credentials', case: 'cloud-service' })
  }) // prettier-ignore
})

describe("judgeText: registry.redhat.io's words at a login: the credential was refused (§13jj (a))", () => {
  it('GEN012 where the text shows a login, GEN010 where it shows none', () => {
    const redhat = profileById(recognise('registry.redhat.io'))
    const login = 'Authenticating with existing credentials...\nLogin did not succeed, error: Error response from daemon: Get https://registry.redhat.io/v2/: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication'
    expect([judgeText(login, redhat).diagnosis, judgeText(login, redhat).rule]).toEqual(['invalid-credentials', 'GEN012'])
    const pull = '/usr/bin/docker-current: Get https://registry.redhat.io/v2/rhscl/ruby-23-rhel7/manifests/latest: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials.'
    expect(judgeText(pull, redhat).rule).toBe('GEN010')
  }) // prettier-ignore

  it("the preflight's refused token request with those words is a refused credential, never missing-credentials", () => {
    const verdict = judged({
      profile: 'generic',
      password: 'eyJhbGciOiJSUzUxMiJ9.stale-service-account-token',
      exchanges: [ping401, token(401, 'unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials.')]
    })
    expect(verdict.diagnosis).toBe('invalid-credentials')
  }) // prettier-ignore
})

describe("judgeText: registry.redhat.io's words for a pull with no login (§13ff (b))", () => {
  it('GEN010 before QUAY001, whose reading of the containers/image framing is a refused password', () => {
    const text =
      'error creating build container: Error initializing source docker://registry.redhat.io/ubi8/ubi:latest: unable to retrieve auth token: invalid username/password: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication'
    const verdict = judgeText(text, profileById(recognise('registry.redhat.io')))
    expect([verdict.diagnosis, verdict.rule, verdict.case]).toEqual(['missing-credentials', 'GEN010', 'no-login'])
    // docker's form of it too (docs/real-texts.md dev7-generic-13)
    const docker =
      '/usr/bin/docker-current: Get https://registry.redhat.io/v2/rhscl/ruby-23-rhel7/manifests/latest: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials.'
    expect(judgeText(docker, profileById(recognise('registry.redhat.io'))).diagnosis).toBe('missing-credentials')
  }) // prettier-ignore
})

describe('judgeText: real messages read the same on every registry', () => {
  // the text as JSON in the title: some messages span lines
  it.each(
    MESSAGES.map((m) => [JSON.stringify(m.text), m.diagnosis, m.rule, m.text])
  )('%s → %s (%s)', (_title, diagnosis, rule, text) => {
    for (const profile of PROFILES) {
      const verdict = judgeText(text, profile)
      expect([profile.id, verdict.diagnosis, verdict.rule]).toEqual([
        profile.id,
        diagnosis,
        rule
      ])
    }
  })
})

// docs/registries.md §13qq (c): Knative Serving's controller resolves the
// tag with the Service's pull secrets, not the nodes' credentials
describe("judgeText: Knative's tag resolution refused", () => {
  it.each([
    // knative/serving users (docs/real-texts.md dev25-docker-hub-06)
    'Unable to fetch image "docker.io/username/private-image:v0.1": failed to resolve image to digest: HEAD https://index.docker.io/v2/username/private-image/manifests/v0.1: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)',
    // dev25-gitlab-03 (KServe on a self-managed GitLab)
    'Unable to fetch image "registry.example.com/mlops-sdk/custom-model:v1": failed to resolve image to digest: GET https://code.example.com/jwt/auth?scope=repository%3Amlops-sdk%2Fcustom-model%3Apull&service=container_registry: DENIED: access forbidden',
    // dev25-generic-03 (Artifactory)
    'Unable to fetch image "artifactory.example.com/repo/image:tag": failed to resolve image to digest: GET https://artifactory.example.com: : Authentication is required',
    // dev25-acr-02 (an older release)
    'Unable to fetch image "example.azurecr.io/app:1.0": unsupported status code 401'
  ])('%s: a pull secret for the controller, on every profile', (text) => {
    for (const profile of PROFILES) {
      const verdict = judgeText(text, profile)
      expect([
        profile.id,
        verdict.diagnosis,
        verdict.rule,
        verdict.case
      ]).toEqual([
        profile.id,
        'missing-credentials',
        'CLI076',
        'tag-resolution'
      ])
    }
  })

  it('a network failure in the same message is not a missing credential', () => {
    // as a KServe FAQ quotes it (kserve/kserve#3372)
    const text =
      'Unable to fetch image "docker.io/kserve/sklearnserver:v0.11.2": failed to resolve image to digest: Get "https://index.docker.io/v2/": dial tcp 3.219.239.5:443: i/o timeout'
    for (const profile of PROFILES) {
      expect([profile.id, judgeText(text, profile).diagnosis]).toEqual([
        profile.id,
        'registry-unreachable'
      ])
    }
  })
})

// docs/registries.md §13qq (e): gcloud's docker helper refused by IAM
describe('judgeText: a federated identity that may not act as the service account', () => {
  it.each([
    // google-github-actions/auth#104
    'ERROR: (gcloud.auth.docker-helper) There was a problem refreshing your current auth tokens: (\'Unable to acquire impersonated credentials: No access token or invalid expiration in response.\', \'{\\n  "error": {\\n    "code": 403,\\n    "message": "The caller does not have permission",\\n    "status": "PERMISSION_DENIED"\\n  }\\n}\\n\')',
    // GoogleCloudPlatform/cloud-foundation-fabric#1624
    'ERROR: (gcloud.alpha.storage.cp) There was a problem refreshing your current auth tokens: (\'Unable to acquire impersonated credentials\', \'{ "error": { "code": 403, "message": "Permission \\\'iam.serviceAccounts.getAccessToken\\\' denied on resource (or it may not exist).", "status": "PERMISSION_DENIED" } }\')'
  ])('%s', (text) => {
    const verdict = judgeText(text, profileById('gar'))
    expect([verdict.diagnosis, verdict.rule, verdict.case]).toEqual([
      'insufficient-scope',
      'GAR052',
      'sa-impersonation'
    ])
  })
})

// docs/registries.md §13qq (a): docker reached no daemon
describe('judgeText: docker that reached no daemon', () => {
  it.each(MESSAGES.filter((m) => m.rule === 'LOOK007').map((m) => [m.text]))(
    '%s: the daemon to start, not a credential',
    (text) => {
      for (const profile of PROFILES) {
        const verdict = judgeText(text, profile)
        expect([profile.id, verdict.case]).toEqual([
          profile.id,
          'docker-daemon'
        ])
      }
    }
  )
})

// docs/registries.md §13x (d): ECS refused an ECR image with 403
describe('judgeText: ECR only', () => {
  it.each([
    'CannotPullContainerError: inspect image has been retried 1 time(s): failed to resolve ref "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1": unexpected status code [manifests 1]: 403 Forbidden',
    'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref 366590864501.dkr.ecr.us-west-2.amazonaws.com/app:latest@sha256:5de4: unexpected status from HEAD request to https://366590864501.dkr.ecr.us-west-2.amazonaws.com/v2/app/blobs/sha256:5de4: 403 Forbidden'
  ])('ECS refused an image with 403: the identity that pulls may not read it (%#)', (text) => {
    const verdict = judgeText(text, profileById('ecr'))
    expect([verdict.diagnosis, verdict.rule, verdict.case]).toEqual(['insufficient-scope', 'ECR008', 'read-denied'])
  })
}) // prettier-ignore

describe('judgeText: evidence and unknown text', () => {
  it('quotes the matching line and names the rule and its source', () => {
    const verdict = judgeText(
      'Using default tag: latest\nunauthorized: incorrect username or password\nexit 1',
      DOCKER_HUB
    )
    expect(verdict).toEqual({
      diagnosis: 'invalid-credentials',
      rule: 'HUB010',
      line: 'unauthorized: incorrect username or password',
      warnings: [],
      evidence: [
        'seen: "unauthorized: incorrect username or password"',
        'known wording "incorrect username or password", rule HUB010 (Docker Hub 401, go-containerregistry transport/error_test.go)'
      ],
      preflight: 'not-sent',
      push: [],
      pushAccess: 'not-checked'
    })
  })

  it('shows a wording of several parts with its parts', () => {
    const verdict = judgeText(
      'exec: "docker-credential-osxkeychain": executable file not found in $PATH',
      DOCKER_HUB
    )
    expect(verdict.evidence[1]).toBe(
      'known wording "docker-credential- … executable file not found", rule CLI001 (docker/cli login.go, docker/docker-credential-helpers client.go)'
    )
  })

  it('quotes unknown text, cut to one line', () => {
    const verdict = judgeText(
      `login: flux capacitor\noverheated ${'z'.repeat(5000)}`,
      DOCKER_HUB
    )
    expect(verdict.diagnosis).toBe('unknown')
    expect(verdict.rule).toBeUndefined()
    expect(verdict.evidence).toHaveLength(1)
    expect(verdict.evidence[0]).toMatch(
      /^no known wording in "login: flux capacitor overheated z+…"$/
    )
    expect(verdict.evidence[0].length).toBeLessThan(260)
  })

  it('says when the text is empty', () => {
    expect(judgeText('  \n', DOCKER_HUB)).toEqual({
      diagnosis: 'unknown',
      warnings: [],
      evidence: ['the text is empty'],
      preflight: 'not-sent',
      push: [],
      pushAccess: 'not-checked'
    })
  })

  it('is fast on huge text', () => {
    const started = performance.now()
    const verdict = judgeText('a: '.repeat(100_000), DOCKER_HUB)
    expect(performance.now() - started).toBeLessThan(1000)
    // no word of a login in it
    expect(verdict.diagnosis).toBe('not-a-login-failure')
  })
})

describe('judge: a token in the username input (attack-19 repro-04)', () => {
  const GHP = `ghp_${'A1b2C3d4E5'.repeat(3)}abcdef`
  it('accepted, docker login withheld: malformed-credentials, rule JDG003, case username-token', () => {
    const verdict = judged({
      username: GHP,
      password: GHP,
      profile: 'ghcr',
      exchanges: [exchange('token', 200, '{"token":"opaque"}')],
      loginWithheld: true
    })
    expect([verdict.diagnosis, verdict.rule, verdict.case]).toEqual([
      'malformed-credentials',
      'JDG003',
      'username-token'
    ])
    expect(verdict.evidence.at(-1)).toBe(
      'docker login was not run: its command line names the username, which is shaped like a token, and every process on the runner can read a command line (rule JDG003)'
    )
  })

  it('refused by the registry: the refusal is read as the inputs swapped (IN001), not JDG003', () => {
    const verdict = judged({
      username: GHP,
      password: 'octocat',
      exchanges: [ping401, token(401, 'incorrect username or password')]
    })
    expect([verdict.diagnosis, verdict.case]).toEqual([
      'malformed-credentials',
      'username-token'
    ])
    expect(verdict.rule).not.toBe('JDG003')
    expect(verdict.evidence).toContain(
      'the username is shaped like a token (are the username and password inputs swapped?) (rule IN001)'
    )
  })

  it('a username that is no token logs in as before', () => {
    const verdict = judged({ exchanges: [ping401, token(200)], cli: cliOk })
    expect(verdict.diagnosis).toBe('ok')
  })

  it.each(['ghs_platform+builder', 'ghs_ci', 'gho_deploy', 'glpat-bot'])(
    'a name that only starts as a token does (%s) is no token: no finding, nothing withheld (attack-20 repro-01)',
    (username) => {
      const evidence = evidenceOf({
        username,
        profile: 'quay',
        exchanges: [ping401, token(200)],
        cli: cliOk
      })
      expect(evidence.input.findings).toEqual([])
      expect(judge(evidence).diagnosis).toBe('ok')
    }
  )

  it('a quoted token in the username input is one too (attack-20 repro-02)', () => {
    const evidence = evidenceOf({ username: `"${GHP}"`, password: 'octocat' })
    expect(evidence.input.findings.map((f) => f.problem)).toContain(
      'username-token'
    )
  })
})

describe('judge: the verdict agrees with its own evidence', () => {
  it('names the contradiction when docker login refuses a credential just accepted (D5)', () => {
    const verdict = judged({
      exchanges: [ping401, token(200)],
      cli: cliFailed(
        'login attempt to https://registry-1.docker.io/v2/ failed with status: 401 Unauthorized'
      )
    })
    expect(verdict.case).toBe('after-accepted')
    expect(verdict.evidence.slice(-2)).toEqual([
      'docker login failed (exit code 1): "login attempt to https://registry-1.docker.io/v2/ failed with status: 401 Unauthorized" (rule REG004)',
      "the registry accepted this credential moments before: docker login's refusal does not mean it is wrong (rule JDG001)"
    ])
  })

  it('calls a web page where the registry should be not a registry (D8)', () => {
    const verdict = judged({
      exchanges: [
        exchange('ping', 200, '<html>portal</html>', {
          headers: { 'content-type': 'text/html; charset=utf-8' }
        })
      ],
      cli: cliOk
    })
    expect(verdict.case).toBe('not-a-registry')
    expect(verdict.evidence[0]).toBe(
      "registry ping registry-1.docker.io/v2/ answered 200 with a web page, not as a registry answers: a captive portal or a proxy's login page?"
    )
  })

  it('names the redirect that sent the ping away from /v2/, and does not take it for an open registry', () => {
    const verdict = judged({
      profile: 'generic',
      exchanges: [
        exchange('ping', 302, '', {
          url: 'https://gitlab.example.com/v2/',
          headers: { location: 'https://gitlab.example.com/users/sign_in' }
        })
      ],
      cli: cliOk
    })
    expect(verdict.case).toBe('not-a-registry')
    expect(verdict.evidence[0]).toBe(
      "registry ping gitlab.example.com/v2/ answered 302 with a redirect to https://gitlab.example.com/users/sign_in, away from the registry's /v2/: a web site or its sign-in page, not a registry?"
    )
  })

  it.each([
    ['the password', { password: '' }, 'password'],
    ['the username', { username: '' }, 'username'],
    ['both', { username: '', password: '' }, undefined]
  ] as const)(
    'names which input is empty when it is %s (D19)',
    (_name, scenario, expected) => {
      const verdict = judged(scenario)
      expect(verdict.diagnosis).toBe('missing-credentials')
      expect(verdict.case).toBe(expected)
    }
  )

  it('says the docker CLI is missing when it could not be run (D16)', () => {
    const verdict = judged({
      exchanges: [ping401, token(200)],
      cli: {
        exitCode: 127,
        output: 'Unable to locate executable file: docker.'
      }
    })
    expect(verdict.diagnosis).toBe('docker-cli-missing')
    expect(verdict.evidence).toContain(
      'the docker CLI could not be run: "Unable to locate executable file: docker." (rule CLI007)'
    )
  })

  it('says when push access was asked but not checked, and why (D18)', () => {
    const verdict = judged({
      exchanges: [ping401, token(200)],
      cli: cliOk,
      pushUnchecked: { repositories: 3, reason: 'the reason' }
    })
    expect(verdict.diagnosis).toBe('ok')
    expect(verdict.warnings).toEqual(['push-not-checked'])
    expect(verdict.pushAccess).toBe('not-checked')
    expect(verdict.evidence).toContain(
      'push access to 3 repositories not checked: the reason'
    )
  })
})

describe("judgeText: helm's unable to retrieve credentials (CLI040)", () => {
  // the AWS CLI's own words, with a docker /v2/ line elsewhere in the log,
  // are not helm's (attack round 11)
  it('needs the request quoted right before it', () => {
    const text =
      'aws: [ERROR]: Unable to retrieve credentials: Error when retrieving token from sso: Token has expired and refresh failed\nError response from daemon: login attempt to https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/ failed with status: 400 Bad Request'
    for (const profile of PROFILES) {
      expect(judgeText(text, profile).rule).not.toBe('CLI040')
    }
  })
})

describe('judge: proxies and certificates', () => {
  const proxyRefused = exchange('ping', undefined, undefined, {
    error: {
      code: 'ERR_PROXY_RESPONSE',
      message:
        'the proxy http://127.0.0.1:3128 answered 407 to the request for registry-1.docker.io',
      timedOut: false,
      proxyStatus: 407
    },
    proxy: 'http://127.0.0.1:3128'
  })

  it('a proxy that wants credentials is its own diagnosis, naming the proxy (D9)', () => {
    const verdict = judged({ exchanges: [proxyRefused] })
    expect(verdict).toMatchObject({
      diagnosis: 'proxy-authentication-required',
      preflight: 'proxy-refused',
      case: undefined
    })
    expect(verdict.evidence).toEqual([
      'registry ping registry-1.docker.io/v2/: the proxy http://127.0.0.1:3128 answered 407 Proxy Authentication Required'
    ])
  })

  it("a proxy's own 429 to the tunnel is its rate limit, not the registry's, whatever docker said (attack round 10)", () => {
    const proxyLimited = exchange('ping', undefined, undefined, {
      error: {
        code: 'ERR_PROXY_RESPONSE',
        message:
          'the proxy http://127.0.0.1:3128 answered 429 to the request for auth.docker.io',
        timedOut: false,
        proxyStatus: 429
      },
      proxy: 'http://127.0.0.1:3128'
    })
    for (const output of [
      '',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": proxyconnect tcp: Too Many Requests'
    ]) {
      const verdict = judged({
        exchanges: [proxyLimited],
        cli: output ? { exitCode: 1, output } : undefined
      })
      expect(verdict).toMatchObject({
        diagnosis: 'rate-limited',
        case: 'proxy'
      })
      expect(verdict.evidence.join('\n')).toContain(
        "the limit is the proxy's own"
      )
    }
  })

  // attack-69 A69-04: the credentials went, and the proxy refused them
  it('a 407 to the credentials of the proxy URL says they were refused, not that they are missing', () => {
    const verdict = judged({
      exchanges: [{ ...proxyRefused, proxyCredentials: true }]
    })
    expect(verdict).toMatchObject({
      diagnosis: 'proxy-authentication-required',
      case: 'proxy-credentials-refused'
    })
    expect(verdict.evidence[0]).toMatch(
      /answered 407 Proxy Authentication Required to the credentials its URL holds/
    )
  })

  // attack-69 A69-02: the proxy down, its name unknown, or its refusal of the
  // tunnel; a TLS failure behind the tunnel keeps its own case
  it.each([
    ['refused', { code: 'ECONNREFUSED', message: 'the proxy http://10.0.0.5:3128 could not be reached: connect ECONNREFUSED 10.0.0.5:3128', timedOut: false, atProxy: true as const }],
    ['not resolved', { code: 'ENOTFOUND', message: 'the proxy http://proxy.corp.test:3128 could not be reached: getaddrinfo ENOTFOUND proxy.corp.test', timedOut: false, atProxy: true as const }],
    ['refusing the tunnel', { code: 'ERR_PROXY_RESPONSE', message: 'the proxy http://10.0.0.5:3128 answered 403 to the request for registry.corp.test', timedOut: false, proxyStatus: 403, atProxy: true as const }]
  ])('a proxy %s is the proxy\'s failure, not the registry\'s', (_, error) => {
    const verdict = judged({
      exchanges: [exchange('ping', undefined, undefined, { error, proxy: 'http://10.0.0.5:3128' })]
    })
    expect(verdict).toMatchObject({ diagnosis: 'registry-unreachable', case: 'proxy-unreachable' })
    expect(verdict.evidence.join('\n')).toContain('the proxy http://')
  }) // prettier-ignore

  it('a certificate failure behind the proxy keeps its certificate case', () => {
    const verdict = judged({
      exchanges: [
        exchange('ping', undefined, undefined, {
          error: { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify the first certificate', timedOut: false, tls: { kind: 'unknown-authority', host: 'registry-1.docker.io' } },
          proxy: 'http://10.0.0.5:3128'
        })
      ]
    })
    expect(verdict).toMatchObject({ diagnosis: 'registry-unreachable', case: 'tls-unknown-authority' })
  }) // prettier-ignore

  it('a 407 with no proxy set says something on the network wants one', () => {
    const verdict = judged({
      exchanges: [
        exchange('ping', 407, 'Proxy Authentication Required', {
          headers: { 'proxy-authenticate': 'Basic realm="corp proxy"' }
        })
      ]
    })
    expect(verdict).toMatchObject({
      diagnosis: 'proxy-authentication-required',
      case: 'proxy-not-set'
    })
  })

  it('a 407 on the token request after the ping is the same', () => {
    const verdict = judged({
      exchanges: [ping401, { ...proxyRefused, step: 'token' }]
    })
    expect(verdict.diagnosis).toBe('proxy-authentication-required')
    expect(verdict.evidence[0]).toMatch(/^registry ping .* answered 401/)
  })

  it.each([
    ['unknown-authority', 'tls-unknown-authority'],
    ['name-mismatch', 'tls-name-mismatch'],
    ['expired', 'tls-expired'],
    ['other', undefined]
  ] as const)(
    'a certificate failure of kind %s gives the case %s',
    (kind, expected) => {
      const verdict = judged({
        exchanges: [
          exchange('ping', undefined, undefined, {
            error: {
              code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
              message: 'unable to verify the first certificate',
              timedOut: false,
              tls: { kind, host: 'registry.example.com' }
            }
          })
        ]
      })
      expect(verdict.diagnosis).toBe('registry-unreachable')
      expect(verdict.case).toBe(expected)
    }
  )
})

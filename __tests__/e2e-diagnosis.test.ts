/**
 * End to end, one scenario per emulator account and fault: the bundled
 * action, the real docker CLI, the emulator. Each asserts the diagnosis, the
 * outputs, the exit code, the single error line, the summary, and that the
 * secret appears in no artifact.
 */
import { expect, it } from '@jest/globals'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import { ACCOUNTS, type Account } from '../emulator/accounts.js'
import { type FaultPlan } from '../emulator/server.js'
import { errorLine } from '../src/remediation.js'
import { leaks, runAction, type ActionInputs } from '../scripts/runner.js'

const session = emulatorSession()

/** Runs main with the emulator as Docker Hub; returns the run and workspace. */
async function runMain(inputs: ActionInputs) {
  const ws = session.workspace()
  const result = await runAction('main', ws, inputs, {
    DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url
  })
  return { result, ws, outputs: ws.outputs(), summary: ws.summary() }
}

const accountCases = Object.entries(ACCOUNTS).map(
  ([name, account]) => [name, account.diagnosis, account] as const
)

describeE2e('each emulator account', () => {
  it.each(accountCases)(
    '%s → %s',
    async (_name, diagnosis, account: Account) => {
      const { result, ws, outputs, summary } = await runMain({
        username: account.username,
        password: account.secret
      })
      expect(outputs.diagnosis).toBe(diagnosis)
      expect(outputs['credential-kind']).toBe(account.kind)
      expect(summary).toContain(`\`${diagnosis}\``)
      if (diagnosis === 'ok') {
        expect(result.exitCode).toBe(0)
        expect(result.errors).toEqual([])
        expect(outputs['logged-in']).toBe('true')
        expect(ws.authKeys()).toEqual([session.emulator.host])
      } else {
        expect(result.exitCode).toBe(1)
        expect(result.errors).toHaveLength(1)
        const context = {
          registry: 'docker.io',
          isDockerHub: true,
          username: account.username,
          credentialKind: account.kind
        }
        expect(result.errors[0]).toBe(
          `::error::${errorLine(diagnosis, context)}`
        )
        expect(outputs['logged-in']).toBe('false')
        expect(ws.authKeys()).toEqual([])
        expect(summary).toContain('How to fix it')
        // The registry's refusal is final: the CLI was not run again.
        expect(ws.dockerArgv()).toEqual([])
      }
      expect(leaks(ws, account.username, account.secret)).toEqual([])
    }
  )

  it('a plain password that works is a warning, not a failure', async () => {
    const account = ACCOUNTS.password
    const { result, outputs, ws } = await runMain({
      username: account.username,
      password: account.secret
    })
    expect(result.exitCode).toBe(0)
    expect(outputs.warnings).toBe('password-in-use')
    expect(result.warnings).toHaveLength(1)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })
})

describeE2e('offline verdicts: no request is sent', () => {
  const account = ACCOUNTS.patReadWrite
  it.each([
    ['an empty password', account.username, '', 'missing-credentials'],
    ['an empty username', '', account.secret, 'missing-credentials'],
    [
      'the $${{ secrets.X }} mistake',
      account.username,
      `$${account.secret}`,
      'malformed-credentials'
    ],
    [
      'an unexpanded expression',
      account.username,
      '${{ secrets.REGISTRY_PASSWORD }}',
      'malformed-credentials'
    ]
  ])('%s → %s', async (_name, username, password, diagnosis) => {
    const { result, outputs, ws } = await runMain({ username, password })
    expect(result.exitCode).toBe(1)
    expect(outputs.diagnosis).toBe(diagnosis)
    expect(result.errors).toHaveLength(1)
    expect(session.emulator.requests).toEqual([])
    if (password) expect(leaks(ws, username, password)).toEqual([])
  })
})

describeE2e('faults of the registry and Hub', () => {
  const account = ACCOUNTS.patReadWrite
  const inputs = {
    username: account.username,
    password: account.secret,
    timeout: '1'
  }

  it.each<[string, FaultPlan[], string, string]>([
    [
      'two 503s on the ping, then recovery',
      [{ route: 'ping', kind: '503', times: 2 }],
      'ok',
      ''
    ],
    [
      'a 502 on the token service, then recovery',
      [{ route: 'token', kind: '502', times: 1 }],
      'ok',
      ''
    ],
    [
      'a connection reset on the ping',
      [{ route: 'ping', kind: 'reset', times: 1 }],
      'ok',
      ''
    ],
    [
      'a 429 with a short Retry-After',
      [{ route: 'token', kind: '429', times: 1, retryAfter: '1' }],
      'ok',
      ''
    ],
    [
      'a ping that never answers (preflight only)',
      [{ route: 'ping', kind: 'hang', times: 1 }],
      'ok',
      'preflight-unreachable'
    ]
  ])('%s → %s', async (_name, faults, diagnosis, warnings) => {
    session.emulator.setFaults(faults)
    // A hang is not retried here, so that the CLI's own ping gets through.
    const retries = faults[0].kind === 'hang' ? '0' : '2'
    const { result, outputs, ws } = await runMain({ ...inputs, retries })
    expect(outputs.diagnosis).toBe(diagnosis)
    expect(outputs.warnings).toBe(warnings)
    expect(result.exitCode).toBe(0)
    expect(ws.authKeys()).toEqual([session.emulator.host])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a registry down for good → registry-unreachable, one error line', async () => {
    session.emulator.setFaults([{ route: 'any', kind: '503', times: Infinity }])
    const { result, outputs, ws } = await runMain({ ...inputs, retries: '1' })
    expect(result.exitCode).toBe(1)
    expect(outputs.diagnosis).toBe('registry-unreachable')
    expect(result.errors).toHaveLength(1)
    expect(result.warnings.join('\n')).toContain(
      'Preflight could not reach the registry'
    )
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('2FA or SSO cannot be told apart when the Hub API fails → pat-required', async () => {
    const account = ACCOUNTS.password2fa
    session.emulator.setFaults([{ route: 'hub', kind: '503', times: Infinity }])
    const { result, outputs, ws } = await runMain({
      username: account.username,
      password: account.secret
    })
    expect(result.exitCode).toBe(1)
    expect(outputs.diagnosis).toBe('pat-required')
    expect(result.errors).toEqual([
      '::error::A personal access token is required: create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)'
    ])
    // The Hub login API is asked once and never retried.
    const hub = session.emulator.requests.filter((r) => r.step === 'hub-login')
    expect(hub).toHaveLength(1)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a 429 with a huge Retry-After is reported, not waited for', async () => {
    session.emulator.setFaults([
      { route: 'token', kind: '429', times: Infinity, retryAfter: '3600' }
    ])
    const started = Date.now()
    const { result, outputs } = await runMain(inputs)
    expect(Date.now() - started).toBeLessThan(20000)
    expect(result.exitCode).toBe(1)
    expect(outputs.diagnosis).toBe('rate-limited')
  })
})

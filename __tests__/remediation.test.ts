import { describe, expect, it } from '@jest/globals'
import {
  DIAGNOSIS_IDS,
  WARNING_IDS,
  type DiagnosisId,
  type WarningId
} from '../src/diagnosis.js'
import {
  ACTION_USES,
  errorLine,
  remediationFor,
  type RemediationContext
} from '../src/remediation.js'

const HUB: RemediationContext = {
  registry: 'docker.io',
  isDockerHub: true,
  username: 'octocat',
  credentialKind: 'password'
}
const GHCR: RemediationContext = {
  registry: 'ghcr.io',
  isDockerHub: false,
  username: 'octocat',
  credentialKind: 'password'
}
const OTHER: RemediationContext = {
  registry: 'registry.example.com:5000',
  isDockerHub: false,
  username: 'ci-bot',
  credentialKind: 'password'
}
/** A username that tries to break the one-line rule. */
const ODD: RemediationContext = {
  ...HUB,
  username: `evil\nname\r${'x'.repeat(300)}`
}

const IDS: (DiagnosisId | WarningId)[] = [...DIAGNOSIS_IDS, ...WARNING_IDS]
const CONTEXTS = { HUB, GHCR, OTHER, ODD }
const ALL = IDS.flatMap((id) =>
  Object.entries(CONTEXTS).map(([name, context]) => ({ id, name, context }))
)

describe('every id has a complete remediation', () => {
  it.each(ALL)('$id on $name', ({ id, context }) => {
    const remediation = remediationFor(id, context)
    expect(remediation.id).toBe(id)
    expect(remediation.title.length).toBeGreaterThan(3)
    expect(remediation.error.length).toBeGreaterThan(3)
    expect(remediation.why.length).toBeGreaterThan(10)
    if (id !== 'ok') expect(remediation.steps.length).toBeGreaterThan(0)
    expect(remediation.docs.length).toBeGreaterThan(0)
    for (const link of remediation.docs) expect(link).toMatch(/^https:\/\//)
    const all = JSON.stringify(remediation)
    expect(all).not.toMatch(/\{registry\}|\{username\}/)
    expect(all).not.toContain('undefined')
  })

  it.each(ALL)('$id on $name: one error line', ({ id, context }) => {
    const line = errorLine(id, context)
    const { title, error } = remediationFor(id, context)
    expect(line).toBe(`${title}: ${error}`)
    expect(line).not.toMatch(/[\r\n]/)
    expect(line.length).toBeLessThan(200)
    expect(line).not.toMatch(/\.$/)
  })

  it.each(ALL)('$id on $name: snippet placeholders', ({ id, context }) => {
    const { snippet } = remediationFor(id, context)
    if (snippet === undefined) return
    expect(snippet).toContain(`uses: ${ACTION_USES}`)
    const expressions = [...snippet.matchAll(/\$\{\{(.*?)\}\}/g)].map((m) =>
      m[1].trim()
    )
    expect(expressions.length).toBeGreaterThan(0)
    for (const expression of expressions) {
      expect(expression).toMatch(/^(secrets|vars)\.[A-Z][A-Z0-9_]*$/)
    }
    // nothing else that looks like an expression or a token
    expect(snippet.replace(/\$\{\{.*?\}\}/g, '')).not.toMatch(/\$\{|\{\{/)
    expect(snippet).not.toMatch(/dckr_(pat|oat)_/)
  })
})

describe('key phrases', () => {
  it('names the action in one constant', () => {
    expect(ACTION_USES).toBe('docker-login-preflight/docker-login-preflight@v1')
  })

  it('password-with-2fa: the README line', () => {
    expect(errorLine('password-with-2fa', HUB)).toBe(
      'Password used on an account with two-factor authentication: create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)'
    )
  })

  it.each<DiagnosisId | WarningId>([
    'password-with-2fa',
    'password-with-sso',
    'pat-required',
    'password-in-use'
  ])('%s: how to create and use a personal access token', (id) => {
    const remediation = remediationFor(id, HUB)
    const steps = remediation.steps.join('\n')
    expect(steps).toContain(
      'Account settings → Personal access tokens → Generate new token'
    )
    expect(steps).toContain('Read & Write')
    expect(steps).toContain('Read-only')
    expect(steps).toContain('Settings → Secrets and variables → Actions')
    expect(steps).toContain('DOCKERHUB_TOKEN')
    expect(remediation.snippet).toContain(
      'username: ${{ vars.DOCKERHUB_USERNAME }}'
    )
    expect(remediation.snippet).toContain(
      'password: ${{ secrets.DOCKERHUB_TOKEN }}'
    )
    expect(remediation.docs).toContain(
      'https://docs.docker.com/go/access-tokens/'
    )
  })

  it('password-with-2fa links the 2FA docs', () => {
    expect(remediationFor('password-with-2fa', HUB).docs).toContain(
      'https://docs.docker.com/security/for-developers/2fa/'
    )
  })

  it("organization-token-username: the organization's name", () => {
    const remediation = remediationFor('organization-token-username', {
      ...HUB,
      username: 'alice',
      credentialKind: 'organization-access-token'
    })
    expect(remediation.error).toContain("organization's name")
    expect(remediation.why).toContain('"alice"')
    expect(remediation.docs).toContain(
      'https://docs.docker.com/security/for-admins/access-tokens/'
    )
    expect(remediation.snippet).toContain('${{ secrets.DOCKERHUB_ORG_TOKEN }}')
  })

  it('login-locked-out: wait, do not loop', () => {
    const line = errorLine('login-locked-out', HUB)
    expect(line).toContain('15 minutes')
    expect(line).toContain('do not retry in a loop')
    expect(remediationFor('login-locked-out', HUB).why).toContain('retries')
  })

  it('missing-credentials: forks, Dependabot, typos', () => {
    const remediation = remediationFor('missing-credentials', HUB)
    const text = `${remediation.why}\n${remediation.steps.join('\n')}`
    expect(text).toContain('forks')
    expect(text).toContain('Dependabot secrets')
    expect(text).toContain('typo')
    expect(remediation.snippet).toContain('skip-if-missing: true')
  })

  it('email-as-username: the Docker ID', () => {
    const remediation = remediationFor('email-as-username', {
      ...HUB,
      username: 'me@example.com'
    })
    expect(remediation.error).toContain('Docker ID')
    expect(remediation.why).toContain('"me@example.com"')
  })

  it('rate-limited: the usage docs', () => {
    expect(remediationFor('rate-limited', HUB).docs).toContain(
      'https://docs.docker.com/docker-hub/usage/'
    )
  })

  it('malformed-credentials: the right expression', () => {
    const remediation = remediationFor('malformed-credentials', HUB)
    expect(remediation.error).toContain('${{ secrets.NAME }}')
    expect(remediation.why).toContain('$${{ secrets.X }}')
  })
})

describe('registry-appropriate texts', () => {
  it('GHCR: GITHUB_TOKEN with packages: write, or a PAT with write:packages', () => {
    for (const id of ['invalid-credentials', 'insufficient-scope'] as const) {
      const remediation = remediationFor(id, GHCR)
      const text = `${remediation.error}\n${remediation.steps.join('\n')}`
      expect(text).toContain('GITHUB_TOKEN')
      expect(text).toContain('packages: write')
      expect(text).toContain('write:packages')
      expect(remediation.docs.join(' ')).toContain('docs.github.com')
    }
  })

  it.each<DiagnosisId>([
    'missing-credentials',
    'malformed-credentials',
    'invalid-credentials',
    'token-expired',
    'insufficient-scope',
    'login-locked-out',
    'rate-limited',
    'registry-unreachable',
    'credential-store-error',
    'unknown'
  ])('%s: no Docker Hub texts for another registry', (id) => {
    for (const context of [GHCR, OTHER]) {
      const text = JSON.stringify(remediationFor(id, context))
      expect(text).not.toContain('DOCKERHUB')
      expect(text).not.toContain('Docker Hub')
      expect(text).not.toContain('Docker ID')
    }
  })

  it('names the registry', () => {
    expect(errorLine('invalid-credentials', OTHER)).toBe(
      'Incorrect username or password: check the username and the password or token for registry.example.com:5000'
    )
    expect(remediationFor('invalid-credentials', OTHER).snippet).toContain(
      'registry: registry.example.com:5000'
    )
  })

  it('shows an odd username on one line, cut', () => {
    const remediation = remediationFor('organization-token-username', ODD)
    expect(remediation.why).not.toMatch(/[\r\n]/)
    expect(remediation.why).toContain('evil name')
    expect(remediation.why).toContain('…')
  })
})

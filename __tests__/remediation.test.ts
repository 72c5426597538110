import { describe, expect, it } from '@jest/globals'
import {
  DIAGNOSIS_IDS,
  WARNING_IDS,
  type DiagnosisId,
  type WarningId
} from '../src/diagnosis.js'
import { COMMON_REMEDIATION } from '../src/profiles/texts/common.js'
import { PROFILES, type ProfileId } from '../src/profiles/index.js'
import {
  REMEDIATION_CASES,
  type RemediationCase
} from '../src/profiles/types.js'
import {
  ACTION_USES,
  emptySecretTexts,
  errorLine,
  OK_TEXTS,
  remediationFor,
  type RemediationContext
} from '../src/remediation.js'

type Id = DiagnosisId | WarningId

const HUB: RemediationContext = {
  registry: 'docker.io',
  profile: 'docker-hub',
  username: 'octocat'
}
const GHCR: RemediationContext = {
  registry: 'ghcr.io',
  profile: 'ghcr',
  username: 'octocat'
}
const OTHER: RemediationContext = {
  registry: 'registry.example.com:5000',
  profile: 'generic',
  username: 'ci-bot'
}
/** A context for each profile, with a host of that family. */
const CONTEXTS: Record<ProfileId, RemediationContext> = {
  'docker-hub': HUB,
  ghcr: GHCR,
  gitlab: {
    registry: 'registry.gitlab.com',
    profile: 'gitlab',
    username: 'ci'
  },
  quay: { registry: 'quay.io', profile: 'quay', username: 'acme+ci' },
  harbor: {
    registry: 'harbor.example.com',
    profile: 'harbor',
    username: 'robot$ci'
  },
  ecr: {
    registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    profile: 'ecr',
    username: 'AWS'
  },
  gar: {
    registry: 'europe-docker.pkg.dev',
    profile: 'gar',
    username: '_json_key'
  },
  acr: { registry: 'acme.azurecr.io', profile: 'acr', username: 'acme' },
  generic: OTHER
}
/** Every profile but Docker Hub's. */
const OTHER_PROFILES = (Object.keys(CONTEXTS) as ProfileId[]).filter(
  (id) => id !== 'docker-hub'
)

/** The docker config of a runner whose credential helper failed. */
const HELPER_CONFIG = {
  dir: '/home/runner/.docker',
  helper: 'docker-credential-pass',
  setting: 'credsStore'
}
/** A username and a docker config that try to break the one-line rule. */
const ODD_USERNAME = `evil\nname\r${'x'.repeat(300)}`
const ODD_CONFIG = {
  dir: `/tmp/odd\ndir\r${'y'.repeat(400)}`,
  helper: 'docker-credential-\nevil',
  setting: 'credHelpers["a\nb"]'
}

const IDS: Id[] = [...DIAGNOSIS_IDS, ...WARNING_IDS]
const CASES: readonly RemediationCase[] = [
  'read-only-token',
  'namespace',
  'username',
  'credential-helper',
  'config-file'
]

/**
 * The context of a case as the judge reports it: the docker config comes
 * with the credential-store cases (with a helper, or without).
 */
function withCase(
  context: RemediationContext,
  kase: RemediationCase | undefined,
  config = HELPER_CONFIG
): RemediationContext {
  if (kase === undefined) return context
  if (kase === 'credential-helper') {
    return { ...context, case: kase, dockerConfig: config }
  }
  if (kase === 'config-file') {
    return { ...context, case: kase, dockerConfig: { dir: config.dir } }
  }
  return { ...context, case: kase }
}

/** Every id × profile; each test walks every case (and none). */
const ROWS = IDS.flatMap((id) =>
  (Object.keys(CONTEXTS) as ProfileId[]).map((profile) => ({ id, profile }))
)
const ALL_CASES = [undefined, ...REMEDIATION_CASES] as const

/** A placeholder left unfilled. */
const PLACEHOLDER = /\{(registry|username|helper|setting|config)\}/
const LINE_BREAK = /[\r\n\u2028\u2029]/

describe('every id has a complete remediation on every profile and case', () => {
  it.each(ROWS)(
    '$id on $profile, in every case: complete texts, placeholders filled, one error line',
    ({ id, profile }) => {
      for (const kase of ALL_CASES) {
        completeTexts(id, withCase(CONTEXTS[profile], kase))
      }
    }
  )

  function completeTexts(id: Id, context: RemediationContext): void {
    const remediation = remediationFor(id, context)
    expect(remediation.id).toBe(id)
    expect(remediation.title.length).toBeGreaterThan(3)
    expect(remediation.error.length).toBeGreaterThan(3)
    expect(remediation.why.length).toBeGreaterThan(10)
    if (id !== 'ok') expect(remediation.steps.length).toBeGreaterThan(0)
    expect(remediation.docs.length).toBeGreaterThan(0)
    for (const link of remediation.docs) expect(link).toMatch(/^https:\/\//)
    const all = JSON.stringify(remediation)
    expect(all).not.toMatch(PLACEHOLDER)
    expect(all).not.toContain('undefined')

    const line = errorLine(id, context)
    expect(line).toBe(`${remediation.title}: ${remediation.error}`)
    expect(line).not.toMatch(LINE_BREAK)
    expect(line.length).toBeLessThan(200)
    expect(line).not.toMatch(/\.$/)

    const { snippet } = remediation
    if (snippet === undefined) return
    expect(snippet).toContain(`uses: ${ACTION_USES}`)
    const expressions = [...snippet.matchAll(/\$\{\{(.*?)\}\}/g)].map((m) =>
      m[1].trim()
    )
    expect(expressions.length).toBeGreaterThan(0)
    for (const expression of expressions) {
      expect(expression).toMatch(
        /^((secrets|vars)\.[A-Z][A-Z0-9_]*|github\.(actor|repository_owner))$/
      )
    }
    // nothing else that looks like an expression or a token
    expect(snippet.replace(/\$\{\{.*?\}\}/g, '')).not.toMatch(/\$\{|\{\{/)
    expect(snippet).not.toMatch(/dckr_(pat|oat)_/)
  }

  it.each(ROWS)(
    '$id on $profile, in every case: one line each with an odd username and docker config',
    ({ id, profile }) => {
      for (const kase of ALL_CASES) {
        const context = withCase(
          { ...CONTEXTS[profile], username: ODD_USERNAME },
          kase,
          ODD_CONFIG
        )
        const remediation = remediationFor(id, context)
        for (const text of [
          remediation.title,
          remediation.error,
          remediation.why,
          ...remediation.steps
        ]) {
          expect(text).not.toMatch(LINE_BREAK)
          expect(text).not.toMatch(PLACEHOLDER)
        }
        expect(errorLine(id, context)).not.toMatch(LINE_BREAK)
      }
    }
  )
})

describe('key phrases (Docker Hub)', () => {
  it('names the action in one constant', () => {
    expect(ACTION_USES).toBe('docker-login-preflight/docker-login-preflight@v1')
  })

  it('password-with-2fa: the README line', () => {
    expect(errorLine('password-with-2fa', HUB)).toBe(
      'Password used on an account with two-factor authentication: create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)'
    )
  })

  it.each<Id>([
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
      username: 'alice'
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
    expect(remediation.snippet).toContain('${{ secrets.DOCKERHUB_TOKEN }}')
  })

  it('email-as-username: the Docker ID', () => {
    const remediation = remediationFor('email-as-username', {
      ...HUB,
      username: 'me@example.com'
    })
    expect(remediation.error).toContain('Docker ID')
    expect(remediation.why).toContain('"me@example.com"')
    // `explain` knows no username: no stand-in quoted as the user's own
    const explained = remediationFor('email-as-username', {
      ...HUB,
      username: ''
    })
    expect(explained.why).toContain('the username is an email address')
    expect(explained.why).not.toContain('your-name')
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
    expect(remediation.why).toContain('on Docker Hub')
  })
})

describe('the cases', () => {
  it('insufficient-scope, read-only-token on Docker Hub: a Read & Write token', () => {
    const context = withCase(HUB, 'read-only-token')
    expect(errorLine('insufficient-scope', context)).toBe(
      'The token is read-only: generate a token with Read & Write access and update the DOCKERHUB_TOKEN secret'
    )
    expect(remediationFor('insufficient-scope', context).why).toContain(
      'insufficient scopes'
    )
  })

  it("insufficient-scope, namespace on Docker Hub: the user's own namespace", () => {
    const context = withCase(HUB, 'namespace')
    expect(errorLine('insufficient-scope', context)).toBe(
      'The account may not push to that namespace: push to your own namespace (octocat/…) or ask an owner of the organization to give octocat write access'
    )
    expect(remediationFor('insufficient-scope', context).steps[2]).toContain(
      'octocat/app'
    )
  })

  it('insufficient-scope without a case on Docker Hub: either reason', () => {
    expect(errorLine('insufficient-scope', HUB)).toBe(
      'The credential may not push there: use a token with Read & Write access, and push to a namespace it may write to'
    )
  })

  it.each<ProfileId>(['docker-hub', 'ghcr', 'generic'])(
    'malformed-credentials, username on %s: the username texts',
    (profile) => {
      const remediation = remediationFor(
        'malformed-credentials',
        withCase(CONTEXTS[profile], 'username')
      )
      expect(remediation.title).toBe('The username is malformed')
      expect(remediation.error).toContain('plain account name')
      expect(remediation.steps.join('\n')).not.toContain('password:')
      expect(remediation.docs).toEqual([
        'https://docs.github.com/en/actions/learn-github-actions/variables'
      ])
    }
  )

  it.each<ProfileId>(['docker-hub', 'ghcr', 'generic'])(
    'credential-store-error, credential-helper on %s: the helper and its setting named',
    (profile) => {
      const context = withCase(CONTEXTS[profile], 'credential-helper')
      expect(errorLine('credential-store-error', context)).toBe(
        'The docker credential helper docker-credential-pass failed: install or repair it (credsStore in /home/runner/.docker/config.json), or remove that setting'
      )
      expect(
        remediationFor('credential-store-error', context).steps[0]
      ).toContain('`docker-credential-pass list`')
    }
  )

  it.each<ProfileId>(['docker-hub', 'ghcr', 'generic'])(
    'credential-store-error, config-file on %s: the config directory named',
    (profile) => {
      const context = withCase(CONTEXTS[profile], 'config-file')
      expect(errorLine('credential-store-error', context)).toBe(
        'docker could not save the login: make /home/runner/.docker writable, or set DOCKER_CONFIG to a writable directory'
      )
    }
  )

  it('credential-store-error, credential-helper without the config: stand-ins', () => {
    expect(
      errorLine('credential-store-error', {
        ...HUB,
        case: 'credential-helper'
      })
    ).toBe(
      'The docker credential helper docker-credential-<name> failed: install or repair it (credsStore or credHelpers in ~/.docker/config.json), or remove that setting'
    )
  })

  it('an empty username and registry read as stand-ins', () => {
    const context = { ...OTHER, registry: '', username: '' }
    expect(errorLine('invalid-credentials', context)).toBe(
      'Incorrect username or password: check the username and the password or token for the registry'
    )
    expect(
      remediationFor('insufficient-scope', {
        ...HUB,
        username: '',
        case: 'namespace'
      }).error
    ).toContain('your-name/…')
  })
})

describe('registry-appropriate texts', () => {
  it('every id has common texts, for any registry (ok its own, loaded with no chunk)', () => {
    expect(
      IDS.filter((id) => id !== 'ok' && COMMON_REMEDIATION[id] === undefined)
    ).toEqual([])
    expect(COMMON_REMEDIATION.ok).toBeUndefined()
    for (const profile of PROFILES) {
      expect(
        remediationFor('ok', {
          registry: 'r',
          username: 'u',
          profile: profile.id
        })
      ).toMatchObject({
        id: 'ok',
        title: OK_TEXTS.title,
        error: OK_TEXTS.error
      })
    }
  })

  it.each([undefined, ...CASES])(
    'GHCR, case %s: GITHUB_TOKEN with packages: write, or a PAT with write:packages',
    (kase) => {
      for (const id of ['invalid-credentials', 'insufficient-scope'] as const) {
        const remediation = remediationFor(id, withCase(GHCR, kase))
        const text = `${remediation.error}\n${remediation.steps.join('\n')}`
        expect(text).toContain('GITHUB_TOKEN')
        expect(text).toContain('packages: write')
        expect(text).toContain('write:packages')
        expect(remediation.docs.join(' ')).toContain('docs.github.com')
      }
    }
  )

  it("Knative's tag resolution: the pull secret's server is the registry's, and kubectl's default for Docker Hub (§13rr (b))", () => {
    const ghcr = remediationFor('missing-credentials', withCase(GHCR, 'tag-resolution')).steps[0]
    expect(ghcr).toContain('--docker-server=ghcr.io ')
    const hub = remediationFor('missing-credentials', withCase(HUB, 'tag-resolution'))
    expect(hub.steps[0]).not.toContain('--docker-server=')
    expect(hub.steps[0]).toContain('https://index.docker.io/v1/')
    // the other steps are the common ones
    expect(hub.steps.slice(1)).toEqual(remediationFor('missing-credentials', withCase(OTHER, 'tag-resolution')).steps.slice(1))
    expect(hub.steps[1]).toContain('registries-skipping-tag-resolving')
  }) // prettier-ignore

  it('GHCR: a new token or GITHUB_TOKEN when one expired; the GitHub status page', () => {
    const expired = remediationFor('token-expired', GHCR)
    expect(expired.steps.join('\n')).toContain('write:packages')
    expect(expired.steps.join('\n')).toContain('GITHUB_TOKEN')
    expect(remediationFor('registry-unreachable', GHCR).docs).toEqual([
      'https://www.githubstatus.com/'
    ])
    expect(remediationFor('registry-unreachable', HUB).docs).toEqual([
      'https://www.dockerstatus.com/'
    ])
  })

  it.each(
    IDS.flatMap((id) => OTHER_PROFILES.map((profile) => ({ id, profile })))
  )(
    '$id on $profile, in every case: no Docker Hub texts',
    ({ id, profile }) => {
      for (const kase of [undefined, ...REMEDIATION_CASES]) {
        const rendered = remediationFor(id, withCase(CONTEXTS[profile], kase))
        const text = JSON.stringify(rendered)
        expect(text).not.toMatch(
          /DOCKERHUB|Docker Hub|Docker ID|dckr_|hub\.docker\.com|docs\.docker\.com\/(go|security|docker-hub)/
        )
        expect(rendered.title).not.toBe('')
        expect(rendered.error).not.toBe('')
      }
    }
  )

  it('another registry: the generic texts, with the registry named', () => {
    expect(errorLine('invalid-credentials', OTHER)).toBe(
      'Incorrect username or password: check the username and the password or token for registry.example.com:5000'
    )
    const invalid = remediationFor('invalid-credentials', OTHER)
    expect(invalid.snippet).toContain('registry: registry.example.com:5000')
    expect(invalid.snippet).toContain('${{ secrets.REGISTRY_TOKEN }}')
    expect(remediationFor('token-expired', OTHER).steps[0]).toContain(
      'aws ecr get-login-password'
    )
    expect(remediationFor('insufficient-scope', OTHER).steps[0]).toContain(
      'write_registry'
    )
    expect(remediationFor('missing-credentials', OTHER).snippet).toContain(
      'registry: registry.example.com:5000'
    )
    expect(errorLine('rate-limited', OTHER)).toBe(
      'Rate limit reached: wait for the rate limit of registry.example.com:5000 to reset, then re-run'
    )
  })

  it.each(['read-only-token', 'namespace'] as const)(
    "insufficient-scope, %s elsewhere: the registry's texts, not Docker Hub's case",
    (kase) => {
      expect(
        remediationFor('insufficient-scope', withCase(OTHER, kase))
      ).toEqual(remediationFor('insufficient-scope', OTHER))
      // GHCR has its own (ghcr.test.ts): write:packages, create_package
      expect(
        remediationFor('insufficient-scope', withCase(GHCR, kase)).title
      ).not.toBe(remediationFor('insufficient-scope', HUB).title)
    }
  )

  it('shows an odd username on one line, cut', () => {
    const remediation = remediationFor('organization-token-username', {
      ...HUB,
      username: ODD_USERNAME
    })
    expect(remediation.why).not.toMatch(LINE_BREAK)
    expect(remediation.why).toContain('evil name')
    expect(remediation.why).toContain('…')
  })

  it('shows an odd docker config on one line, cut', () => {
    const line = errorLine(
      'credential-store-error',
      withCase(HUB, 'credential-helper', ODD_CONFIG)
    )
    expect(line).not.toMatch(LINE_BREAK)
    expect(line).toContain('docker-credential- evil')
    expect(line).toContain('credHelpers["a b"]')
    // a path cut keeps its end, and the line stays short
    expect(line).toMatch(/ in …y+\/config\.json\)/)
    expect(line.length).toBeLessThan(200)
  })
})

describe('emptySecretTexts', () => {
  it('fork-pull-request: names the event and the fork', () => {
    expect(
      emptySecretTexts('fork-pull-request', 'pull_request', 'someone/app')
    ).toEqual({
      explanation:
        'This pull_request comes from someone/app: GitHub gives workflows of pull requests from forks no repository secrets.',
      fix: 'Set skip-if-missing: true so that fork pull requests build without logging in, and push only from branches of this repository.',
      line: 'this pull_request comes from the fork someone/app',
      act: 'set skip-if-missing: true, as a pull request from a fork gets no secrets and no OIDC token',
      skipped: 'no credentials in this fork pull request',
      hint: ''
    })
  })

  it('fork-pull-request: "a fork" when the fork is unknown', () => {
    expect(
      emptySecretTexts('fork-pull-request', 'pull_request', undefined)
        .explanation
    ).toContain('comes from a fork:')
  })

  it('dependabot: Dependabot secrets', () => {
    const texts = emptySecretTexts('dependabot', 'push', undefined)
    expect(texts.explanation).toBe(
      'This push run was started by Dependabot, which reads Dependabot secrets, not Actions secrets.'
    )
    expect(texts.fix).toContain('Settings → Secrets and variables → Dependabot')
  })

  it('unknown: the secret name or its scope', () => {
    const texts = emptySecretTexts('unknown', 'workflow_dispatch', undefined)
    expect(texts.explanation).toContain('The workflow_dispatch event')
    expect(texts.fix).toContain('names are case-sensitive')
  })
})

describe('a request that carried no login (docs/registries.md §13f)', () => {
  // what the texts of empty inputs say, and a request sent without a login
  // (docker's "no basic auth credentials", Artifact Registry's
  // "Unauthenticated request", a kubelet's pull) is not about inputs
  const EMPTY_INPUTS =
    /received an empty|(?:is|are) empty|Username or password|skip-if-missing|Dependabot/

  it.each(
    PROFILES.flatMap((profile) =>
      (['no-login', 'anonymous-pull'] as const).map((kase) => ({
        profile: profile.id,
        kase
      }))
    )
  )(
    '$kase on $profile: what to log in to, not which input is empty',
    ({ profile, kase }) => {
      const rendered = remediationFor(
        'missing-credentials',
        withCase(CONTEXTS[profile], kase)
      )
      for (const part of [
        rendered.title,
        rendered.error,
        rendered.why,
        ...rendered.steps,
        rendered.snippet ?? ''
      ]) {
        expect(part).not.toMatch(EMPTY_INPUTS)
      }
      expect(`${rendered.why} ${rendered.steps.join(' ')}`).toMatch(
        /log(?:ged)? in|login/
      )
      // the empty inputs' own texts are unchanged
      expect(
        remediationFor('missing-credentials', CONTEXTS[profile]).why
      ).toMatch(EMPTY_INPUTS)
    }
  )
})

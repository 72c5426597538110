/**
 * The refinements: a refusal made precise by the rest of the evidence (the
 * input's shape, the Docker Hub login API's answer), each registry's own
 * and those every registry shares. They run only on a refusal, once its
 * text was read, so they live in the rule tables' chunk (src/profiles/index.ts
 * `loadRules`, `refinementsFor`): a login that succeeds loads none of them.
 * The chunk imports no module of the start-up: what the refinements use of
 * them comes in `RefinementTools`, handed in by `loadRules` as it loads the
 * chunk (a module both imported would be split into one more file loaded
 * on every run: README, Performance).
 */
import type { describeNoAnswer, quote, where } from '../../describe.js'
import type { Evidence, InputProblem } from '../../evidence.js'
import type { describeFinding } from '../../findings.js'
import type { hasTwoFactorToken, jsonField } from '../../protocol.js'
import type { ProfileId, Refined, Refinement } from '../types.js'

/** The start-up's functions and constants the refinements use. */
export interface RefinementTools {
  describeNoAnswer: typeof describeNoAnswer
  quote: typeof quote
  where: typeof where
  describeFinding: typeof describeFinding
  hasTwoFactorToken: typeof hasTwoFactorToken
  jsonField: typeof jsonField
  /** src/profiles/common.ts */
  REFINING_PROBLEMS: readonly InputProblem[]
  /** src/profiles/gar.ts */
  GAR_USERNAMES: readonly string[]
  /** src/profiles/gitlab.ts */
  JOB_TOKEN_USER: string
}

/** The tools, once given (provideRefinementTools). */
const tools = {} as RefinementTools

/** Gives the refinements their tools (src/profiles/index.ts `loadRules`). */
export function provideRefinementTools(given: RefinementTools): void {
  Object.assign(tools, given)
}

/**
 * 2FA or SSO: the Hub login API's `login_2fa_token` tells them apart
 * (docs/docker-hub.md §2). Without its answer, `pat-required` stands.
 */
function refinePatRequired(evidence: Evidence): Refined {
  const hub = evidence.exchanges.filter((e) => e.step === 'hub-login').pop()
  if (!hub) {
    return {
      diagnosis: 'pat-required',
      lines: ['the Docker Hub login API was not asked: 2FA or SSO, unknown'],
      changed: false
    }
  }
  const detail = tools.jsonField(hub.body, 'detail')
  const said = detail ? `: ${tools.quote(detail)}` : ''
  if (hub.status === 401 && tools.hasTwoFactorToken(hub.body)) {
    return {
      diagnosis: 'password-with-2fa',
      lines: [
        `${tools.where(hub)} answered 401 with a login_2fa_token: the password is right and two-factor authentication is on`
      ],
      changed: true
    }
  }
  if (hub.status === 401 || hub.status === 200) {
    return {
      diagnosis: 'password-with-sso',
      lines: [
        `${tools.where(hub)} answered ${hub.status}${said} without a login_2fa_token: SSO enforcement is the likely cause`
      ],
      changed: true
    }
  }
  return {
    diagnosis: 'pat-required',
    lines: [
      hub.status === undefined
        ? tools.describeNoAnswer(hub)
        : `${tools.where(hub)} answered ${hub.status}${said}: 2FA or SSO, unknown`
    ],
    changed: false
  }
}

/**
 * A refused credential that is not shaped like any GitHub token is most
 * likely the account password, which ghcr.io never takes (docs/registries.md
 * §1 (b)). Not when the value looks mangled (IN001 says so better).
 */
function refinePassword(evidence: Evidence): Refined | undefined {
  const input = evidence.input
  if (input.credentialKind !== 'password') return undefined
  if (input.findings.some((f) => tools.REFINING_PROBLEMS.includes(f.problem))) {
    return undefined
  }
  return {
    diagnosis: 'pat-required',
    lines: [
      'the password is not shaped like a GitHub token (ghp_…, ghs_…, gho_…): the GitHub Container registry takes a personal access token (classic) or GITHUB_TOKEN, not an account password'
    ],
    changed: true
  }
}

/**
 * Whether the common refinement (IN001, a mangled value) will explain the
 * refusal: the profile's own then stay out of its way.
 */
function refinedElsewhere(evidence: Evidence): boolean {
  return evidence.input.findings.some((f) =>
    tools.REFINING_PROBLEMS.includes(f.problem)
  )
}

/**
 * A username that is what a shell leaves of `robot$name` (`robot`) or
 * `robot$project+name` (`robot+name`).
 */
function shellMangledRobot(username: string): boolean {
  const name = username.trim()
  return name === 'robot' || /^robot\+[^$]+$/.test(name)
}

/** The registry's name: the first label of its login server. */
function registryName(evidence: Evidence): string {
  return (
    evidence.registry.input
      .replace(/^https?:\/\//i, '')
      .split(/[./:]/)[0]
      ?.toLowerCase() ?? ''
  )
}

/**
 * What the username says about a refused credential (the admin user, a
 * service principal, an ACR token), as an evidence line; the diagnosis
 * stays. Nothing when the inputs look mangled: the common refinement
 * says so.
 */
function refineLogin(evidence: Evidence): Refined | undefined {
  const { findings, credentialKind } = evidence.input
  if (findings.some((f) => tools.REFINING_PROBLEMS.includes(f.problem))) {
    return undefined
  }
  const username = evidence.username.trim()
  const name = registryName(evidence)
  let line: string | undefined
  if (credentialKind === 'acr-access-token') {
    line =
      'the username is the zero GUID: the password must be an ACR token from az acr login --expose-token, which lasts about three hours'
  } else if (credentialKind === 'azure-service-principal') {
    line =
      "the username is a GUID: a service principal's application ID, whose client secret may be wrong or expired"
  } else if (name !== '' && username.toLowerCase() === name) {
    line =
      "the username is the registry's name: the admin user, which is refused while it is disabled (the default)"
  }
  return line
    ? { diagnosis: 'invalid-credentials', lines: [line], changed: false }
    : undefined
}

/**
 * A refused key is not refined into a malformed one for its line breaks or
 * spaces: a key file has them between its fields. Other findings (quotes,
 * an unexpanded variable, invisible characters) still are.
 */
function refineKey(evidence: Evidence): Refined | undefined {
  const { credentialKind, findings } = evidence.input
  const username = evidence.username.trim()
  if (credentialKind === 'gcp-service-account-key') {
    const suspicious = findings.filter(
      (f) =>
        tools.REFINING_PROBLEMS.includes(f.problem) &&
        !(
          f.input === 'password' &&
          (f.problem === 'newline' || f.problem === 'inner-whitespace')
        )
    )
    if (suspicious.length > 0) {
      return {
        diagnosis: 'malformed-credentials',
        lines: suspicious.map(tools.describeFinding),
        changed: true
      }
    }
    return {
      diagnosis: 'invalid-credentials',
      lines: [
        "the password reads as a service-account key (its line breaks and spaces are the JSON file's): the key or its account is most likely deleted or disabled"
      ],
      changed: false
    }
  }
  if (findings.some((f) => tools.REFINING_PROBLEMS.includes(f.problem))) {
    return undefined
  }
  if (credentialKind === 'gcp-access-token') {
    return {
      diagnosis: 'invalid-credentials',
      lines: [
        'the password is an access token (oauth2accesstoken): one lasts an hour, and an expired or cut one is refused like this'
      ],
      changed: false
    }
  }
  if (!tools.GAR_USERNAMES.includes(username)) {
    return {
      diagnosis: 'invalid-credentials',
      lines: [
        'the username is none of _json_key, _json_key_base64 and oauth2accesstoken, the only ones Artifact Registry takes'
      ],
      changed: false
    }
  }
  return undefined
}

/** Each registry's own refinements, tried before the common ones. */
export const REFINEMENTS: Readonly<Record<ProfileId, readonly Refinement[]>> = {
  'docker-hub': [
    {
      id: 'HUB101',
      from: 'invalid-credentials',
      refine: (evidence) =>
        evidence.registry.profile === 'docker-hub' &&
        evidence.input.findings.some((f) => f.problem === 'username-email')
          ? {
              diagnosis: 'email-as-username',
              lines: [
                'the username is an email address; Docker Hub wants the Docker ID'
              ],
              changed: true
            }
          : undefined,
      source: 'docs/docker-hub.md §3'
    },
    {
      id: 'HUB102',
      from: 'invalid-credentials',
      refine: (evidence) =>
        evidence.input.credentialKind === 'organization-access-token'
          ? {
              diagnosis: 'organization-token-username',
              lines: [
                'the password is an organization access token (dckr_oat_…): its username must be the organization name'
              ],
              changed: true
            }
          : undefined,
      source: 'docs/docker-hub.md §3 (docker/login-action#818)'
    },
    {
      id: 'HUB103',
      from: 'pat-required',
      refine: refinePatRequired,
      source: 'docs/docker-hub.md §2 (docker/hub-tool internal/hub/client.go)'
    }
  ],
  ghcr: [
    {
      id: 'GHCR101',
      from: 'invalid-credentials',
      refine: refinePassword,
      source:
        'docs/registries.md §1 (b): GitHub Packages takes a personal access token (classic) or GITHUB_TOKEN'
    }
  ],
  gitlab: [
    {
      // GitLab takes a CI job token with the username gitlab-ci-token only
      id: 'GL101',
      from: 'invalid-credentials',
      refine: (evidence: Evidence) => {
        if (refinedElsewhere(evidence)) return undefined
        const { username, input } = evidence
        if (input.credentialKind !== 'gitlab-job-token') return undefined
        if (username.trim() === tools.JOB_TOKEN_USER) return undefined
        return {
          diagnosis: 'organization-token-username',
          lines: [
            'the password is a CI job token (glcbt-…): GitLab accepts it only with the username gitlab-ci-token'
          ],
          changed: true
        }
      },
      source:
        'gitlabhq/gitlabhq lib/gitlab/auth.rb build_access_token_check (login must be gitlab-ci-token); docs/registries.md §2 (b), (f)'
    },
    {
      // a deploy token logs in with its own username only
      id: 'GL102',
      from: 'invalid-credentials',
      refine: (evidence: Evidence) => {
        if (refinedElsewhere(evidence)) return undefined
        const { username, input } = evidence
        if (input.credentialKind !== 'gitlab-deploy-token') return undefined
        if (username.trim().startsWith('gitlab+deploy-token')) return undefined
        return {
          diagnosis: 'invalid-credentials',
          lines: [
            "the password is a deploy token (gldt-…): GitLab accepts it only with the deploy token's own username (gitlab+deploy-token-<n> unless one was chosen when it was created)"
          ],
          changed: false
        }
      },
      source:
        'gitlabhq/gitlabhq lib/gitlab/auth.rb deploy_token_check (login must be the token username); docs/registries.md §2 (b), (f)'
    }
  ],
  quay: [],
  harbor: [
    {
      // `robot$name` or `robot$project+name` after a shell expanded `$…`
      id: 'HBR101',
      from: 'invalid-credentials',
      refine: (evidence: Evidence) => {
        const refined = evidence.input.findings.some((f) =>
          tools.REFINING_PROBLEMS.includes(f.problem)
        )
        if (refined || !shellMangledRobot(evidence.username)) return undefined
        return {
          diagnosis: 'invalid-credentials',
          lines: [
            "the username looks like a robot account name (robot$…) whose $… part a shell expanded to nothing: quote it as 'robot$…'"
          ],
          changed: false
        }
      },
      source:
        'docs/registries.md §4 (b), (c): goharbor/harbor#7944 (account=robot in the token request), #13858, #9553; kubesphere/kubekey#1759'
    }
  ],
  ecr: [],
  gar: [
    {
      id: 'GAR101',
      from: 'invalid-credentials',
      refine: refineKey,
      source:
        'docs/registries.md §6 (g): a key file has line breaks and spaces; the usernames Artifact Registry takes'
    }
  ],
  acr: [
    {
      id: 'ACR101',
      from: 'invalid-credentials',
      refine: refineLogin,
      source:
        'docs/registries.md §7 (b), (g): the username tells the admin user, a service principal and an ACR token apart'
    }
  ],
  generic: []
}

/** Refinements that hold on any registry. */
export const COMMON_REFINEMENTS: readonly Refinement[] = [
  {
    id: 'IN001',
    from: 'invalid-credentials',
    refine: (evidence: Evidence) => {
      const suspicious = evidence.input.findings.filter((f) =>
        tools.REFINING_PROBLEMS.includes(f.problem)
      )
      if (suspicious.length === 0) return undefined
      return {
        diagnosis: 'malformed-credentials',
        lines: suspicious.map(tools.describeFinding),
        changed: true
      }
    },
    source: 'docs/docker-hub.md §3 (common input mistakes)'
  }
]

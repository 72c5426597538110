/**
 * Every error and warning line stays under 200 characters: each diagnosis
 * and warning, for each registry family and each case of its texts, with
 * short and with very long user values (registry host, username, helper,
 * docker config path, proxy). A long value is cut in the line; the words of
 * the title and the fix never are.
 */
import { describe, expect, it } from '@jest/globals'
import {
  DIAGNOSIS_IDS,
  WARNING_IDS,
  type DiagnosisId,
  type WarningId
} from '../src/diagnosis.js'
import { PROFILES, textsOf } from '../src/profiles/index.js'
import { COMMON_REMEDIATION } from '../src/profiles/texts/common.js'
import { REMEDIATION_CASES, type Texts } from '../src/profiles/types.js'
import {
  MAX_ERROR_LINE,
  OK_TEXTS,
  entryLine,
  entryLineLimit,
  entryNameLengths,
  errorLine,
  type RemediationContext
} from '../src/remediation.js'

type Id = DiagnosisId | WarningId
const IDS: Id[] = [...DIAGNOSIS_IDS, ...WARNING_IDS]
const CASES = [undefined, ...REMEDIATION_CASES]

const LONG_HOST = `${'a-registry-host-name-of-a-large-company'.repeat(2)}.example.com:5000`
const NAMES = {
  short: {
    registry: 'ghcr.io',
    username: 'octocat',
    dockerConfig: {
      dir: '/home/runner/.docker',
      helper: 'docker-credential-pass',
      setting: 'credsStore'
    },
    proxy: 'http://proxy.example.com:3128'
  },
  long: {
    registry: LONG_HOST,
    username: `an-organization-with-a-long-name-${'x'.repeat(60)}`,
    dockerConfig: {
      dir: `/home/runner/work/${'a-long-repository-name/'.repeat(6)}.docker`,
      helper: 'docker-credential-ecr-login',
      setting: `credHelpers["${LONG_HOST}"]`
    },
    proxy: `http://${'proxy-'.repeat(20)}.example.com:3128`
  }
}

/**
 * The texts a line is made of: the profile's over the common ones, then
 * the case's (the profile's over the common case's).
 */
function textsOfLine(
  id: Id,
  context: RemediationContext
): Pick<Texts, 'title' | 'error'> {
  if (id === 'ok') return OK_TEXTS
  const own = textsOf(context.profile)[id]
  const base = COMMON_REMEDIATION[id]
  const kase = context.case
  return {
    ...base,
    ...own,
    ...(kase ? base?.cases?.[kase] : undefined),
    ...(kase ? own?.cases?.[kase] : undefined)
  } as Texts
}

/**
 * A line matching the title and the fix word for word, any placeholder
 * filled with any value (cut or not).
 */
function pattern({ title, error }: Pick<Texts, 'title' | 'error'>): RegExp {
  const text = `${title}: ${error}`.replace(/\s+/g, ' ').trim()
  const parts = text
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${parts.join('.+?')}$`)
}

describe('error and warning lines', () => {
  it.each(PROFILES.map((profile) => profile.id))(
    'stay under 200 characters on %s, with the fix whole',
    (profile) => {
      const problems: string[] = []
      let lines = 0
      for (const [size, names] of Object.entries(NAMES)) {
        // alone, and as a registry-auth entry's line, named after its
        // registry (multi-report.ts)
        for (const entry of [false, true]) {
          for (const id of IDS) {
            for (const variant of CASES) {
              const context: RemediationContext = {
                ...names,
                profile,
                ...(variant ? { case: variant } : {}),
                ...(entry ? { lineLimit: entryLineLimit(names.registry) } : {})
              }
              const own = errorLine(id, context)
              const line = entry ? entryLine(names.registry, own) : own
              lines += 1
              const where = `${id} ${variant ?? '-'} (${size} names${entry ? ', an entry' : ''})`
              if (line.length >= MAX_ERROR_LINE) {
                problems.push(`${where}: ${line.length} characters: ${line}`)
              }
              if (!pattern(textsOfLine(id, context)).test(own)) {
                problems.push(`${where}: the title or the fix was cut: ${line}`)
              }
            }
          }
        }
      }
      expect(lines).toBe(4 * IDS.length * CASES.length)
      expect(problems).toEqual([])
    }
  )

  it("keep each registry-auth entry's name to where it differs from the others' (attack-23 repro-03)", () => {
    const east = '123456789012.dkr.ecr.us-east-1.amazonaws.com'
    const west = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
    expect(entryNameLengths([east, west, 'ghcr.io', 'docker.io'])).toEqual([
      30, 30, 7, 9
    ])
    // a port is a part of its own; a name that is the other's start, whole
    expect(
      entryNameLengths(['registry.example.com', 'registry.example.com:5000'])
    ).toEqual([20, 25])
    // never longer than 60, never shorter than 12 when cut
    expect(entryNameLengths([LONG_HOST, `${LONG_HOST}1`])).toEqual([60, 60])
    expect(entryNameLengths([LONG_HOST])).toEqual([12])
    // every line of every family, as that entry's: under 200 characters,
    // the name kept to its region, the fix whole but for a closing aside
    const problems: string[] = []
    for (const profile of PROFILES.map((p) => p.id)) {
      for (const id of IDS) {
        for (const variant of CASES) {
          const context: RemediationContext = {
            ...NAMES.short,
            registry: west,
            profile,
            ...(variant ? { case: variant } : {}),
            lineLimit: entryLineLimit(west, 30)
          }
          const line = entryLine(west, errorLine(id, context))
          const texts = textsOfLine(id, context)
          const fix = { ...texts, error: texts.error.replace(/\s*\([^()]*\)$/, '') }
          if (
            line.length >= MAX_ERROR_LINE ||
            !line.startsWith('123456789012.dkr.ecr.eu-west-1') ||
            ![texts, fix].some((t) =>
              pattern(t).test(line.slice(line.indexOf(': ') + 2))
            )
          ) {
            problems.push(`${profile} ${id} ${variant ?? '-'}: ${line}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  }) // prettier-ignore

  it("drop a fix's closing aside only when nothing else can be cut", () => {
    const context: RemediationContext = {
      registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      profile: 'ecr',
      username: 'AKIAIOSFODNN7EXAMPLE'
    }
    expect(errorLine('aws-access-denied', context)).toMatch(
      /\(ECR Public: ecr-public:GetAuthorizationToken, sts:GetServiceBearerToken\)$/
    )
    expect(errorLine('aws-access-denied', { ...context, lineLimit: 150 })).toBe(
      "AWS refused the request for a registry token: allow ecr:GetAuthorizationToken on * for the keys' role or user"
    )
  })

  it('cut the longest value first, and keep a short one whole', () => {
    const line = errorLine('credential-store-error', {
      ...NAMES.long,
      dockerConfig: {
        ...NAMES.long.dockerConfig,
        helper: 'docker-credential-pass'
      },
      profile: 'generic',
      case: 'credential-helper'
    })
    expect(line.length).toBeLessThan(MAX_ERROR_LINE)
    // the helper, the thing to install, whole; the path keeps its end
    expect(line).toContain(
      'The docker credential helper docker-credential-pass failed'
    )
    expect(line).toMatch(/ in …[\w/-]*\.docker\/config\.json\)/)
  })

  it('leave a line that fits as the summary shows it', () => {
    const context: RemediationContext = { ...NAMES.short, profile: 'ghcr' }
    expect(errorLine('invalid-credentials', context)).not.toContain('…')
  })

  it('add a short why only when it fits, never at the cost of the fix', () => {
    const context: RemediationContext = { ...NAMES.long, profile: 'generic' }
    const plain = errorLine('password-with-2fa', context)
    const why = ` (${'w'.repeat(MAX_ERROR_LINE)})`
    expect(errorLine('password-with-2fa', context, why)).toBe(plain)
    const short = ' (a short why)'
    const line = errorLine('password-with-2fa', context, short)
    expect(line.endsWith(short)).toBe(true)
    expect(line.length).toBeLessThan(MAX_ERROR_LINE)
  })
})

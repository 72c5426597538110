/**
 * The README's failure tables against the rules: users read a row's
 * diagnosis as what `explain` and the action answer for the text it quotes.
 * Every rule id a row names exists with the row's diagnosis (a rule of the
 * tables or a refinement), and where the row's quoted text is itself a
 * wording a rule reads, that rule is the row's (attack-59 A59-01: rules
 * changed on purpose, their rows not).
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { judgeText } from '../src/judge.js'
import {
  allRules,
  loadRules,
  profileById,
  PROFILES,
  refinementsFor
} from '../src/profiles/index.js'
import type { ProfileId } from '../src/profiles/types.js'

beforeAll(async () => {
  await loadRules()
})

/** The README sections of the registries, by their heading. */
const SECTIONS: Readonly<Record<string, ProfileId>> = {
  'GitHub Container Registry': 'ghcr',
  GitLab: 'gitlab',
  Quay: 'quay',
  Harbor: 'harbor',
  'Amazon ECR (private and public)': 'ecr',
  'Google Artifact Registry and GCR': 'gar',
  'Azure Container Registry': 'acr',
  'Other private registries': 'generic'
}

interface Row {
  line: number
  profile: ProfileId
  /** the first text the row quotes (`…` in it: what was left out) */
  quoted?: string
  diagnosis: string
  ids: string[]
}

/** The table rows whose diagnosis cell names a rule: `diagnosis` (`ID`). */
function rows(): Row[] {
  const found: Row[] = []
  let profile: ProfileId = 'docker-hub'
  readFileSync('README.md', 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const heading = /^#{2,3} (.*)$/.exec(text)
      if (heading) profile = SECTIONS[heading[1]] ?? 'docker-hub'
      if (!text.startsWith('|')) return
      const cells = text.split(/(?<!\\)\|/).map((cell) => cell.trim())
      const named = /^`([a-z-]+)` \(`([A-Z]+\d{3})`(?:, `([A-Z]+\d{3})`)?/.exec(
        cells[2] ?? ''
      )
      if (!named) return
      found.push({
        line: index + 1,
        profile,
        quoted: /`([^`]+)`/.exec(cells[1])?.[1],
        diagnosis: named[1],
        ids: [named[2], ...(named[3] ? [named[3]] : [])]
      })
    })
  return found
}

/**
 * Rows whose quoted text is not the wording alone: the row's other words
 * (at login, on a push) decide, or what it quotes is a credential's shape
 * or a host, read offline.
 */
const IN_CONTEXT: Readonly<Record<string, string>> = {
  'glcbt-…': 'a job token with the wrong username: read offline (GL101)',
  'unauthorized: authentication required':
    'at login (REG004); on a pull or alone it is missing-credentials (FB033)',
  'InvalidSignatureException: The request signature we calculated does not match…':
    "AWS's reason is cut at the row's …: the full text reads AWS003",
  'public.ecr.aws': "a host: the row's words say what it answered (ECR016)",
  push: 'a push denied by the token, read from the JWT, not a text'
}

describe("the README's failure tables", () => {
  const all = rows()

  it('are found: some 50 rows name a rule', () => {
    expect(all.length).toBeGreaterThanOrEqual(50)
  })

  it("name rules that exist, with the row's diagnosis", () => {
    const known = new Map<string, string>()
    for (const rule of allRules()) known.set(rule.id, rule.diagnosis)
    const refined = new Set(
      PROFILES.flatMap((profile) => refinementsFor(profile).map((r) => r.id))
    )
    for (const row of all) {
      for (const id of row.ids) {
        const diagnosis = known.get(id)
        if (diagnosis === undefined) {
          expect([row.line, id, refined.has(id)]).toEqual([row.line, id, true])
        } else if (row.ids.length === 1) {
          expect([row.line, id, diagnosis]).toEqual([
            row.line,
            id,
            row.diagnosis
          ])
        }
      }
    }
  })

  it('answer each quoted wording with the rule they name', () => {
    const read = all.filter((row) => row.quoted && !(row.quoted in IN_CONTEXT))
    expect(read.length).toBeGreaterThanOrEqual(40)
    for (const row of read) {
      const text = (row.quoted ?? '').replace(/…/g, '\n')
      const verdict = judgeText(text, profileById(row.profile))
      expect([row.line, row.quoted, verdict.rule]).toEqual([
        row.line,
        row.quoted,
        row.ids[0]
      ])
    }
  })

  it('keep their exceptions to quoted rows that exist', () => {
    const quoted = new Set(all.map((row) => row.quoted))
    for (const text of Object.keys(IN_CONTEXT)) {
      expect([text, quoted.has(text)]).toEqual([text, true])
    }
  })
})

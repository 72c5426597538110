/**
 * The hygiene every held-out corpus of real texts keeps (docs/real-texts.md):
 * its size and per-family floors, ids `<prefix>-<family>-NN`, no duplicate
 * texts, a source, a host and valid ids for every text, each source once,
 * nothing shared with the corpora before it (a text of 60 characters or more
 * found inside an earlier one is a copy too), notes where a label needs
 * them, and no token-looking secret; and the measure of `explain` on it
 * (`describeHeldOutMeasure`). Every held-out corpus's test calls both.
 */
import { describe, expect, it } from '@jest/globals'
import { DIAGNOSIS_IDS } from '../src/diagnosis.js'
import { judgeText } from '../src/judge.js'
import { profileById, recognise } from '../src/profiles/index.js'
import { REMEDIATION_CASES } from '../src/profiles/types.js'
import {
  REAL_TEXT_FAMILIES,
  type RealText,
  type RealTextFamily
} from './real-texts.js'

/**
 * The fewest texts each family must have in a held-out set collected to
 * the brief of the unseen and sealed sets (docs/real-texts.md).
 */
export const BRIEF_FAMILY_MINIMUMS: Readonly<Record<RealTextFamily, number>> = {
  ghcr: 9,
  gitlab: 8,
  quay: 5,
  harbor: 6,
  ecr: 9,
  gar: 8,
  acr: 8,
  generic: 6,
  'docker-hub': 9,
  'not-login': 10
}

/**
 * A text of any set as the tests take it: a source (owner/repo#N or a
 * URL), a host, its family, a text, and valid diagnosis and case ids.
 */
export function expectWellFormed(t: RealText): void {
  expect(t.source).toMatch(/^(?:[\w.-]+\/[\w.-]+#\d+|https:\/\/\S+)$/)
  expect(t.host).toMatch(/^[\w.-]+(?::\d+)?$/)
  expect(REAL_TEXT_FAMILIES).toContain(t.family)
  expect(t.text.trim()).not.toBe('')
  expect(DIAGNOSIS_IDS).toContain(t.expected)
  for (const other of t.alsoAcceptable ?? []) {
    expect(DIAGNOSIS_IDS).toContain(other)
    expect(other).not.toBe(t.expected)
  }
  if (t.case) expect(REMEDIATION_CASES).toContain(t.case)
}

export interface CorpusRules {
  /** how the tests name it: `fresh`, `unseen`, `sealed` (also the ids' prefix) */
  name: string
  texts: readonly RealText[]
  /** the fewest texts in all, and in each family */
  total: number
  families: Record<RealTextFamily, number>
  /** the corpora collected before it */
  earlier: readonly RealText[]
  /** the notes the collector was asked for (the unseen and sealed sets) */
  notes?: boolean
  /**
   * texts found inside an earlier corpus's text after the set was measured,
   * kept so that its figure stays what was measured (each still a copy)
   */
  knownCopies?: readonly string[]
}

/** Tokens of GitHub, GitLab, Docker, Google and AWS, and JWTs. */
export const TOKEN_SHAPE =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|glpat-[\w-]{20}|gldt-[\w-]{20}|dckr_(?:pat|oat)_[\w-]{20,}|ya29\.[\w-]{20,}|AKIA[0-9A-Z]{16}|ASIA[0-9A-Z]{16}|eyJ[\w-]{20,}\.[\w-]{20,})/

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim()

export function describeCorpusHygiene(rules: CorpusRules): void {
  const { name, texts, earlier } = rules
  describe(`the ${name} real-texts corpus`, () => {
    it(`holds at least ${rules.total} texts and each family its floor`, () => {
      expect(texts.length).toBeGreaterThanOrEqual(rules.total)
      const short = REAL_TEXT_FAMILIES.filter(
        (family) =>
          texts.filter((t) => t.family === family).length <
          rules.families[family]
      )
      expect(short).toEqual([])
    })

    it(`has unique ids \`${name}-<family>-NN\`, and no duplicate texts`, () => {
      const ids = texts.map((t) => t.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const t of texts) {
        expect(t.id).toMatch(new RegExp(`^${name}-${t.family}-\\d{2}$`))
      }
      const normalised = texts.map((t) => normalise(t.text))
      expect(new Set(normalised).size).toBe(normalised.length)
    })

    it('names a source, a host and valid ids for every text, each source once', () => {
      for (const t of texts) expectWellFormed(t)
      const sources = texts.map((t) => t.source)
      expect(new Set(sources).size).toBe(sources.length)
    })

    it('shares no source and no text with an earlier corpus', () => {
      const sources = new Set(earlier.map((t) => t.source))
      const reused = texts.filter((t) => sources.has(t.source))
      expect(reused.map((t) => t.id)).toEqual([])
      const before = earlier.map((t) => normalise(t.text))
      const copied = texts.filter((t) => {
        const mine = normalise(t.text)
        return before.some(
          (other) =>
            other === mine || (mine.length >= 60 && other.includes(mine))
        )
      })
      expect(copied.map((t) => t.id)).toEqual(rules.knownCopies ?? [])
    })

    if (rules.notes) {
      it('gives a note for every ambiguous label, and marks those that need the thread', () => {
        for (const t of texts.filter((u) => u.alsoAcceptable)) {
          expect([t.id, t.note?.trim() ?? '']).not.toEqual([t.id, ''])
        }
        const thread = texts.filter((t) =>
          t.note?.startsWith('needs the thread:')
        )
        expect(thread.length).toBeGreaterThan(0)
      })
    }

    it('carries no token-looking secret', () => {
      const leaks = texts.filter((t) => TOKEN_SHAPE.test(t.text))
      expect(leaks.map((t) => t.id)).toEqual([])
    })
  })
}

export interface MeasureRules {
  name: string
  texts: readonly RealText[]
  /** the least share of hits the test guards (the figure is printed) */
  floor: number
  /**
   * `misses`: print and fail with each miss (a set that has been read);
   * `count`: the count only, never which texts missed (a sealed set)
   */
  report: 'misses' | 'count'
}

/**
 * The held-out measure of one corpus: how many texts `explain --registry
 * <host>` diagnoses as the expert did (`expected` or `alsoAcceptable`),
 * with the texts that need their thread counted apart. Printed on every run
 * (the quiet reporter shows it on failure) and guarded by a floor.
 */
export function describeHeldOutMeasure(rules: MeasureRules): void {
  const { name, texts, floor } = rules
  const percent = (a: number, b: number): string =>
    `${Math.round((a / b) * 1000) / 10}%`
  describe(`explain on the ${name} texts`, () => {
    const what =
      rules.report === 'count' ? 'the count only' : 'each miss printed'
    it(`diagnoses at least ${Math.round(floor * 100)}% as the expert did (${what})`, () => {
      const misses: string[] = []
      let thread = 0
      let threadHits = 0
      for (const t of texts) {
        const verdict = judgeText(t.text, profileById(recognise(t.host)))
        const hit = [t.expected, ...(t.alsoAcceptable ?? [])].includes(verdict.diagnosis)
        if (t.note?.startsWith('needs the thread:')) {
          thread += 1
          if (hit) threadHits += 1
        }
        if (!hit) {
          misses.push(`  miss ${t.id} expected ${t.expected}, got ${verdict.diagnosis}${verdict.rule ? ` (${verdict.rule})` : ''}`)
        }
      }
      const total = texts.length
      const hits = total - misses.length
      const split = rules.report === 'misses' && thread > 0
        ? `; decidable from the text ${hits - threadHits}/${total - thread}, needing the thread ${threadHits}/${thread}`
        : ''
      const summary = `${name} texts: ${hits}/${total} (${percent(hits, total)}${split}; floor ${Math.round(floor * 100)}%, target 90%)`
      const report = rules.report === 'misses' ? [summary, ...misses].join('\n') : summary
      console.log(report)
      expect([report, hits / total >= floor]).toEqual([report, true])
    }) // prettier-ignore
  })
}

/**
 * Hygiene of the fresh held-out corpus (__fixtures__/real-texts-fresh.ts,
 * docs/real-texts.md "The fresh set"): its size and per-family floors,
 * unique `fresh-` ids, valid diagnosis ids, source format, independence
 * from the first corpus, and no token-looking secrets. It does not measure
 * accuracy.
 */
import { judgeText } from '../src/judge.js'
import { profileById, recognise } from '../src/profiles/index.js'
import { describe, expect, it } from '@jest/globals'
import { DIAGNOSIS_IDS } from '../src/diagnosis.js'
import { REMEDIATION_CASES } from '../src/profiles/types.js'
import {
  REAL_TEXT_FAMILIES,
  REAL_TEXTS,
  type RealTextFamily
} from '../__fixtures__/real-texts.js'
import { REAL_TEXTS_FRESH } from '../__fixtures__/real-texts-fresh.js'

/** The fewest texts each family of the fresh set must have. */
const FRESH_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 6,
  gitlab: 6,
  quay: 4,
  harbor: 4,
  ecr: 6,
  gar: 6,
  acr: 6,
  generic: 4,
  'docker-hub': 6,
  'not-login': 6
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim()

describe('the fresh real-texts corpus', () => {
  it('holds at least 60 texts and each family its floor', () => {
    expect(REAL_TEXTS_FRESH.length).toBeGreaterThanOrEqual(60)
    const short = REAL_TEXT_FAMILIES.filter(
      (family) =>
        REAL_TEXTS_FRESH.filter((t) => t.family === family).length <
        FRESH_FAMILY_MINIMUMS[family]
    )
    expect(short).toEqual([])
  })

  it('has unique ids `fresh-<family>-NN`, and no duplicate texts', () => {
    const ids = REAL_TEXTS_FRESH.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const t of REAL_TEXTS_FRESH) {
      expect(t.id.startsWith('fresh-')).toBe(true)
      expect(t.id).toMatch(new RegExp(`^fresh-${t.family}-\\d{2}$`))
    }
    const texts = REAL_TEXTS_FRESH.map((t) => normalise(t.text))
    expect(new Set(texts).size).toBe(texts.length)
  })

  it('names a source, a host and valid ids for every text', () => {
    for (const t of REAL_TEXTS_FRESH) {
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
  })

  it('shares no source and no text with the first corpus', () => {
    const sources = new Set(REAL_TEXTS.map((t) => t.source))
    const reused = REAL_TEXTS_FRESH.filter((t) => sources.has(t.source))
    expect(reused.map((t) => t.id)).toEqual([])
    const texts = new Set(REAL_TEXTS.map((t) => normalise(t.text)))
    const copied = REAL_TEXTS_FRESH.filter((t) => texts.has(normalise(t.text)))
    expect(copied.map((t) => t.id)).toEqual([])
  })

  it('carries no token-looking secret', () => {
    const secret =
      /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|glpat-[\w-]{20}|gldt-[\w-]{20}|dckr_(?:pat|oat)_[\w-]{20,}|ya29\.[\w-]{20,}|AKIA[0-9A-Z]{16}|eyJ[\w-]{20,}\.[\w-]{20,})/
    const leaks = REAL_TEXTS_FRESH.filter((t) => secret.test(t.text)).map(
      (t) => t.id
    )
    expect(leaks).toEqual([])
  })
})

/**
 * The held-out measure: how many fresh texts `explain --registry <host>`
 * diagnoses as the expert did. Measured on 2026-11-27: 32/64 before the
 * rules were tuned on the first set, 33/64 after, 36/64 once wordings from
 * documentation, code and other threads were added (docs/real-texts.md). The
 * issue's target is 9 in 10; this floor only guards against losing ground,
 * and the figure is printed on every run.
 */
export const REAL_TEXTS_FRESH_FLOOR = 0.55

describe('explain on the held-out fresh texts', () => {
  it(`diagnoses at least ${Math.round(REAL_TEXTS_FRESH_FLOOR * 100)}% as the expert did (the figure is printed)`, () => {
    const misses: string[] = []
    for (const t of REAL_TEXTS_FRESH) {
      const verdict = judgeText(t.text, profileById(recognise(t.host)))
      if (![t.expected, ...(t.alsoAcceptable ?? [])].includes(verdict.diagnosis)) {
        misses.push(`  miss ${t.id} expected ${t.expected}, got ${verdict.diagnosis}${verdict.rule ? ` (${verdict.rule})` : ''}`)
      }
    }
    const hits = REAL_TEXTS_FRESH.length - misses.length
    const summary = `fresh texts: ${hits}/${REAL_TEXTS_FRESH.length} (${Math.round((hits / REAL_TEXTS_FRESH.length) * 1000) / 10}%; floor ${Math.round(REAL_TEXTS_FRESH_FLOOR * 100)}%, target 90%)`
    console.log([summary, ...misses].join('\n'))
    if (hits / REAL_TEXTS_FRESH.length < REAL_TEXTS_FRESH_FLOOR) {
      throw new Error([summary, ...misses].join('\n'))
    }
  }) // prettier-ignore
})

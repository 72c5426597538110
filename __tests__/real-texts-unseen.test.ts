/**
 * Hygiene of the third held-out corpus (__fixtures__/real-texts-unseen.ts,
 * docs/real-texts.md "The unseen set"): its size and per-family floors,
 * unique `unseen-` ids and texts, valid diagnosis and case ids, source
 * format, independence from both earlier corpora, and no token-looking
 * secrets; and, since it was measured once (docs/real-texts.md "The unseen
 * set", Measured), the figure, printed on every run and guarded by a floor.
 */
import { describe, expect, it } from '@jest/globals'
import { judgeText } from '../src/judge.js'
import { profileById, recognise } from '../src/profiles/index.js'
import { DIAGNOSIS_IDS } from '../src/diagnosis.js'
import { REMEDIATION_CASES } from '../src/profiles/types.js'
import {
  REAL_TEXT_FAMILIES,
  REAL_TEXTS,
  type RealTextFamily
} from '../__fixtures__/real-texts.js'
import { REAL_TEXTS_FRESH } from '../__fixtures__/real-texts-fresh.js'
import { REAL_TEXTS_UNSEEN } from '../__fixtures__/real-texts-unseen.js'

/** The fewest texts each family of the unseen set must have (the brief's floors). */
const UNSEEN_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
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

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim()

describe('the unseen real-texts corpus', () => {
  it('holds at least 80 texts and each family its floor', () => {
    expect(REAL_TEXTS_UNSEEN.length).toBeGreaterThanOrEqual(80)
    const short = REAL_TEXT_FAMILIES.filter(
      (family) =>
        REAL_TEXTS_UNSEEN.filter((t) => t.family === family).length <
        UNSEEN_FAMILY_MINIMUMS[family]
    )
    expect(short).toEqual([])
  })

  it('has unique ids `unseen-<family>-NN`, and no duplicate texts', () => {
    const ids = REAL_TEXTS_UNSEEN.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const t of REAL_TEXTS_UNSEEN) {
      expect(t.id).toMatch(new RegExp(`^unseen-${t.family}-\\d{2}$`))
    }
    const texts = REAL_TEXTS_UNSEEN.map((t) => normalise(t.text))
    expect(new Set(texts).size).toBe(texts.length)
  })

  it('names a source, a host and valid ids for every text', () => {
    for (const t of REAL_TEXTS_UNSEEN) {
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

  it('uses each source once', () => {
    const sources = REAL_TEXTS_UNSEEN.map((t) => t.source)
    expect(new Set(sources).size).toBe(sources.length)
  })

  it('shares no source and no text with either earlier corpus', () => {
    const earlier = [...REAL_TEXTS, ...REAL_TEXTS_FRESH]
    const sources = new Set(earlier.map((t) => t.source))
    const reused = REAL_TEXTS_UNSEEN.filter((t) => sources.has(t.source))
    expect(reused.map((t) => t.id)).toEqual([])
    const texts = new Set(earlier.map((t) => normalise(t.text)))
    const copied = REAL_TEXTS_UNSEEN.filter((t) => texts.has(normalise(t.text)))
    expect(copied.map((t) => t.id)).toEqual([])
  })

  it('marks every label the text alone cannot support', () => {
    for (const t of REAL_TEXTS_UNSEEN.filter((u) => u.note)) {
      expect(t.note?.trim()).not.toBe('')
    }
    const thread = REAL_TEXTS_UNSEEN.filter((t) =>
      t.note?.startsWith('needs the thread:')
    )
    expect(thread.length).toBeGreaterThan(0)
  })

  it('carries no token-looking secret', () => {
    const secret =
      /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|glpat-[\w-]{20}|gldt-[\w-]{20}|dckr_(?:pat|oat)_[\w-]{20,}|ya29\.[\w-]{20,}|AKIA[0-9A-Z]{16}|eyJ[\w-]{20,}\.[\w-]{20,})/
    const leaks = REAL_TEXTS_UNSEEN.filter((t) => secret.test(t.text)).map(
      (t) => t.id
    )
    expect(leaks).toEqual([])
  })
})

/**
 * The held-out measure. Measured once on 2026-11-27, after the rules of that
 * day were merged: 48/83 (57.8 %), the same as the rules before that day's
 * 28 rules and 103 wordings (docs/real-texts.md "The unseen set",
 * Measured). The issue's target is 9 in 10; the floor only guards against
 * losing ground.
 */
export const REAL_TEXTS_UNSEEN_FLOOR = 0.55

describe('explain on the unseen held-out texts', () => {
  it(`diagnoses at least ${Math.round(REAL_TEXTS_UNSEEN_FLOOR * 100)}% as the expert did (the figure is printed)`, () => {
    const misses: string[] = []
    let thread = 0
    let threadHits = 0
    for (const t of REAL_TEXTS_UNSEEN) {
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
    const total = REAL_TEXTS_UNSEEN.length
    const hits = total - misses.length
    const pct = (a: number, b: number): string => `${Math.round((a / b) * 1000) / 10}%`
    const summary = `unseen texts: ${hits}/${total} (${pct(hits, total)}; decidable from the text ${hits - threadHits}/${total - thread}, needing the thread ${threadHits}/${thread}; floor ${Math.round(REAL_TEXTS_UNSEEN_FLOOR * 100)}%, target 90%)`
    console.log([summary, ...misses].join('\n'))
    if (hits / total < REAL_TEXTS_UNSEEN_FLOOR) {
      throw new Error([summary, ...misses].join('\n'))
    }
  }) // prettier-ignore
})

/**
 * Hygiene of the fourth held-out corpus (__fixtures__/real-texts-sealed.ts,
 * docs/real-texts.md "The sealed set"): its size and per-family floors,
 * unique `sealed-` ids and texts, valid diagnosis and case ids, source
 * format, independence from the three earlier corpora, and no token-looking
 * secrets; and the one figure of the classifier on it, measured once
 * (docs/real-texts.md "The sealed set", Measured), guarded by a floor. The
 * set stays sealed: the test prints the count only, never which texts
 * missed or what they were answered, so nobody tunes a rule to them.
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
import { REAL_TEXTS_SEALED } from '../__fixtures__/real-texts-sealed.js'

/** The fewest texts each family of the sealed set must have (the brief's floors). */
const SEALED_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
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

describe('the sealed real-texts corpus', () => {
  it('holds at least 80 texts and each family its floor', () => {
    expect(REAL_TEXTS_SEALED.length).toBeGreaterThanOrEqual(80)
    const short = REAL_TEXT_FAMILIES.filter(
      (family) =>
        REAL_TEXTS_SEALED.filter((t) => t.family === family).length <
        SEALED_FAMILY_MINIMUMS[family]
    )
    expect(short).toEqual([])
  })

  it('has unique ids `sealed-<family>-NN`, and no duplicate texts', () => {
    const ids = REAL_TEXTS_SEALED.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const t of REAL_TEXTS_SEALED) {
      expect(t.id).toMatch(new RegExp(`^sealed-${t.family}-\\d{2}$`))
    }
    const texts = REAL_TEXTS_SEALED.map((t) => normalise(t.text))
    expect(new Set(texts).size).toBe(texts.length)
  })

  it('names a source, a host and valid ids for every text', () => {
    for (const t of REAL_TEXTS_SEALED) {
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
    const sources = REAL_TEXTS_SEALED.map((t) => t.source)
    expect(new Set(sources).size).toBe(sources.length)
  })

  // a text of 60 characters or more found inside an earlier text is a copy too
  it('shares no source and no text with any earlier corpus', () => {
    const earlier = [...REAL_TEXTS, ...REAL_TEXTS_FRESH, ...REAL_TEXTS_UNSEEN]
    const sources = new Set(earlier.map((t) => t.source))
    const reused = REAL_TEXTS_SEALED.filter((t) => sources.has(t.source))
    expect(reused.map((t) => t.id)).toEqual([])
    const texts = earlier.map((t) => normalise(t.text))
    const copied = REAL_TEXTS_SEALED.filter((t) => {
      const mine = normalise(t.text)
      return texts.some(
        (other) => other === mine || (mine.length >= 60 && other.includes(mine))
      )
    })
    expect(copied.map((t) => t.id)).toEqual([])
  })

  it('gives a note for every ambiguous or inferred label, and marks those that need the thread', () => {
    for (const t of REAL_TEXTS_SEALED.filter((u) => u.alsoAcceptable)) {
      expect(t.note?.trim() ?? '').not.toBe('')
    }
    const thread = REAL_TEXTS_SEALED.filter((t) =>
      t.note?.startsWith('needs the thread:')
    )
    expect(thread.length).toBeGreaterThan(0)
  })

  it('carries no token-looking secret', () => {
    const secret =
      /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|glpat-[\w-]{20}|gldt-[\w-]{20}|dckr_(?:pat|oat)_[\w-]{20,}|ya29\.[\w-]{20,}|AKIA[0-9A-Z]{16}|ASIA[0-9A-Z]{16}|eyJ[\w-]{20,}\.[\w-]{20,})/
    const leaks = REAL_TEXTS_SEALED.filter((t) => secret.test(t.text)).map(
      (t) => t.id
    )
    expect(leaks).toEqual([])
  })
})

/**
 * Measured once on 2026-11-27 with every rule of that day merged: 50/82
 * (61.0 %); the rules at the start of that day: 48/82 (58.5 %). The issue's
 * target is 9 in 10; the floor only guards against losing ground.
 */
export const REAL_TEXTS_SEALED_FLOOR = 0.6

describe('explain on the sealed texts', () => {
  it(`diagnoses at least ${Math.round(REAL_TEXTS_SEALED_FLOOR * 100)}% as the expert did (the count only)`, () => {
    const hits = REAL_TEXTS_SEALED.filter((t) =>
      [t.expected, ...(t.alsoAcceptable ?? [])].includes(
        judgeText(t.text, profileById(recognise(t.host))).diagnosis
      )
    ).length
    const total = REAL_TEXTS_SEALED.length
    const summary = `sealed texts: ${hits}/${total} (${Math.round((hits / total) * 1000) / 10}%; floor ${Math.round(REAL_TEXTS_SEALED_FLOOR * 100)}%, target 90%)`
    console.log(summary)
    expect([summary, hits / total >= REAL_TEXTS_SEALED_FLOOR]).toEqual([summary, true])
  }) // prettier-ignore
})

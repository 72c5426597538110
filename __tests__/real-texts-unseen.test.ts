/**
 * The third held-out corpus (__fixtures__/real-texts-unseen.ts,
 * docs/real-texts.md "The unseen set"): its hygiene, as every held-out
 * corpus keeps it (__fixtures__/real-texts-hygiene.ts), and, since it was
 * measured once, the figure, printed on every run and guarded by a floor.
 */
import { describe, it } from '@jest/globals'
import { describeCorpusHygiene } from '../__fixtures__/real-texts-hygiene.js'
import { judgeText } from '../src/judge.js'
import { profileById, recognise } from '../src/profiles/index.js'
import { REAL_TEXTS, type RealTextFamily } from '../__fixtures__/real-texts.js'
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

describeCorpusHygiene({
  name: 'unseen',
  texts: REAL_TEXTS_UNSEEN,
  total: 80,
  families: UNSEEN_FAMILY_MINIMUMS,
  earlier: [...REAL_TEXTS, ...REAL_TEXTS_FRESH],
  notes: true,
  // ACR's bare "unauthorized: authentication required, visit
  // https://aka.ms/acr/authorization …" (Azure/acr#506), a line of the first
  // set's acr-01 (dotnet/tye#1185): found by the stricter check shared with
  // the sealed set after the set was measured, so kept
  knownCopies: ['unseen-acr-01']
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

/**
 * Every development set (__fixtures__/real-texts-dev-sets.ts, one row each;
 * docs/real-texts.md, one section each): its hygiene, as every corpus of real
 * texts keeps it (__fixtures__/real-texts-hygiene.ts), checked against every
 * earlier set, the sealed, blind and late ones included (the helper compares
 * without printing them), and the figure of `explain` on it, printed with
 * each miss and guarded by its floor.
 */
import { describe, expect, it } from '@jest/globals'
import {
  describeCorpusHygiene,
  describeHeldOutMeasure
} from '../__fixtures__/real-texts-hygiene.js'
import { SETS, textsBefore } from '../__fixtures__/real-texts-sets.js'
import { DEV_SETS } from '../__fixtures__/real-texts-dev-sets.js'

describe('the development sets table', () => {
  it('has a row for every development set of SETS, in its order, and no other', () => {
    const inSets = SETS.filter(([name]) => /^dev\d+$/.test(name))
    expect(DEV_SETS.map((set) => set.name)).toEqual(
      inSets.map(([name]) => name)
    )
    const otherTexts = DEV_SETS.filter(
      (set, i) => set.texts !== inSets[i]?.[1]
    ).map((set) => set.name)
    expect(otherTexts).toEqual([])
  })
})

for (const set of DEV_SETS) {
  describeCorpusHygiene({
    name: set.name,
    texts: set.texts,
    total: set.total,
    families: set.families,
    earlier: textsBefore(set.name),
    notes: true
  })

  describeHeldOutMeasure({
    name: set.name,
    texts: set.texts,
    floor: set.floor,
    report: 'misses'
  })
}

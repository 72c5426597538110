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
import { judgeText } from '../src/judge.js'
import { loadRules, profileById, recognise } from '../src/profiles/index.js'

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

// docs/registries.md §13xx (c): users paste raw logs; every development
// text so wrapped reads as the text itself. Two wrappings (each judgeText
// pass over the sets takes seconds): GitHub's timestamps, `##[error]`
// marks, colours, CRLF and its failed step's last line; GitLab's
// timestamps and stream flags or Jenkins' clock, and their last lines
it('every development text, pasted as a raw CI log, reads as itself', async () => {
  await loadRules()
  const lines = (text: string, wrap: (line: string, i: number) => string) => text.split('\n').map(wrap).join('\n')
  const stamp = (i: number) => `2024-05-01T10:00:${String(i % 60).padStart(2, '0')}.1234567Z `
  const wraps = [
    (t: string) => `${lines(t, (l, i) => `${stamp(i)}${/error|denied|unauthorized|failed/i.test(l) ? '##[error]' : ''}\x1b[36;1m${l}\x1b[0m\r`)}\n${stamp(0)}##[error]Process completed with exit code 1.`,
    (t: string) => `${lines(t, (l, i) => (i % 2 ? `2024-05-01T10:00:00.123456Z 00O+ ${l}` : `10:00:00 ${l}`))}\nERROR: Job failed: exit code 1\n[Pipeline] End of Pipeline\nFinished: FAILURE`
  ]
  const differ = DEV_SETS.flatMap((set) => set.texts).flatMap((text) => {
    const profile = profileById(recognise(text.host))
    const as = judgeText(text.text, profile)
    return wraps.flatMap((wrap, i) => {
      const raw = judgeText(wrap(text.text), profile)
      return as.diagnosis === raw.diagnosis && as.rule === raw.rule ? [] : [`${text.id} (wrapping ${i + 1})`]
    })
  })
  expect(differ).toEqual([])
}) // prettier-ignore

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

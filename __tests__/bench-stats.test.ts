/**
 * The benchmark's statistics (scripts/stats.ts): the median of paired
 * differences and its distribution-free 95 % interval.
 */
import { describe, expect, it } from '@jest/globals'
import { median, pairedDifference } from '../scripts/stats.js'

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5], 5]
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })
})

describe('pairedDifference', () => {
  it('takes a[i] − b[i] run by run, so a drift shared by both cancels', () => {
    // the machine slows down over the runs; a is always 2 ms slower
    const b = Array.from({ length: 31 }, (_, i) => 100 + i * 3)
    const a = b.map((v) => v + 2)
    expect(pairedDifference(a, b)).toEqual({
      median: 2,
      low: 2,
      high: 2,
      pairs: 31
    })
  })

  it('gives the order statistics k+1 and n−k of the sorted differences (n = 61: the 23rd and 39th)', () => {
    const b = Array.from({ length: 61 }, () => 0)
    const a = Array.from({ length: 61 }, (_, i) => i - 30) // −30 … +30, shuffled below
    const shuffled = a.map((_, i) => a[(i * 17) % 61])
    const d = pairedDifference(shuffled, b)
    expect(d).toEqual({ median: 0, low: -8, high: 8, pairs: 61 })
  })

  it('holds 0 when the two do not differ beyond their noise', () => {
    const noise = [5, -3, 8, -6, 1, -1, 4, -4, 7, -7, 2, -2, 6, -5, 3, 0]
    const d = pairedDifference(
      noise.map((v) => 100 + v),
      noise.map((_, i) => 100 + noise[(i + 5) % noise.length])
    )
    expect(d?.low).toBeLessThan(0)
    expect(d?.high).toBeGreaterThan(0)
  })

  it('has no interval for fewer than 6 pairs, and pairs only what both have', () => {
    expect(pairedDifference([1, 2, 3], [1, 2, 3])).toBeUndefined()
    expect(
      pairedDifference([1, 2, 3, 4, 5, 6, 7], [0, 0, 0, 0, 0, 0])?.pairs
    ).toBe(6)
  })
})

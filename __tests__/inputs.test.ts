import { describe, expect, it } from '@jest/globals'
import {
  InputError,
  parseBoolean,
  parseCount,
  parseSeconds
} from '../src/inputs.js'

describe('parseBoolean', () => {
  it.each([
    ['', true, true],
    ['', false, false],
    ['true', false, true],
    ['True', false, true],
    ['FALSE', true, false],
    [' false ', true, false]
  ])('%j (default %j) is %j', (value, fallback, expected) => {
    expect(parseBoolean('logout', value, fallback)).toBe(expected)
  })

  it.each(['yes', '1', 'on', 'tru'])('%j is an error naming the input', (v) => {
    expect(() => parseBoolean('logout', v, true)).toThrow(InputError)
    expect(() => parseBoolean('logout', v, true)).toThrow(
      `Input "logout" must be true or false, not "${v}"`
    )
  })
})

describe('parseCount', () => {
  it.each([
    ['', 2],
    ['0', 0],
    ['5', 5]
  ])('%j is %j', (value, expected) => {
    expect(parseCount('retries', value, 2, 10)).toBe(expected)
  })

  it.each(['-1', '11', 'two', '1.5'])('%j is an error', (value) => {
    expect(() => parseCount('retries', value, 2, 10)).toThrow(
      /Input "retries" must be a whole number from 0 to 10/
    )
  })
})

describe('parseSeconds', () => {
  it.each([
    ['', 10],
    ['0.5', 0.5],
    ['30', 30]
  ])('%j is %j', (value, expected) => {
    expect(parseSeconds('timeout', value, 10, 300)).toBe(expected)
  })

  it.each(['0', '301', 'ten', '-3'])('%j is an error', (value) => {
    expect(() => parseSeconds('timeout', value, 10, 300)).toThrow(
      /Input "timeout" must be a number of seconds/
    )
  })
})

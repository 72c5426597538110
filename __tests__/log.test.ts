/**
 * The runner's files written in one go (src/log.ts setAll): the multiline
 * form of `core.setOutput` and `core.saveState`, one append for all values;
 * the job summary appended as `core.summary` appends it (appendSummary).
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { appendSummary, setAll } from '../src/log.js'

const dirs: string[] = []
afterEach(() => {
  delete process.env.GITHUB_OUTPUT
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true })
})

/** A file as the runner gives it: present and empty. */
function runnerFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-log-'))
  dirs.push(dir)
  const file = join(dir, 'output')
  writeFileSync(file, '')
  return file
}

/** The runner's reading of the file: name<<delimiter … delimiter. */
function parse(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<]+)<<(ghadelimiter_[0-9a-f-]{36})$/.exec(lines[i])
    if (!head) continue
    const end = lines.indexOf(head[2], i + 1)
    values[head[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return values
}

describe('setAll', () => {
  it('appends every value, each under a delimiter of its own, after what the file held', () => {
    const file = runnerFile()
    writeFileSync(file, 'earlier<<ghadelimiter_x\nkept\nghadelimiter_x\n')
    process.env.GITHUB_OUTPUT = file
    const each = jest.fn()
    setAll(
      'GITHUB_OUTPUT',
      { diagnosis: 'ok', warnings: '', summary: 'two\nlines' },
      each
    )
    const text = readFileSync(file, 'utf8')
    expect(text.startsWith('earlier<<ghadelimiter_x\nkept\n')).toBe(true)
    expect(parse(text)).toEqual({
      diagnosis: 'ok',
      warnings: '',
      summary: 'two\nlines'
    })
    const delimiters = text.match(/<<ghadelimiter_[0-9a-f-]{36}/g) ?? []
    expect(new Set(delimiters).size).toBe(3)
    expect(each).not.toHaveBeenCalled()
  })

  it('sets each value through the command when the runner gives no file', () => {
    const each = jest.fn()
    setAll('GITHUB_OUTPUT', { diagnosis: 'ok', 'logged-in': 'true' }, each)
    expect(each.mock.calls).toEqual([
      ['diagnosis', 'ok'],
      ['logged-in', 'true']
    ])
  })

  it('writes nothing for no values', () => {
    const file = runnerFile()
    process.env.GITHUB_OUTPUT = file
    setAll('GITHUB_OUTPUT', {}, jest.fn())
    expect(readFileSync(file, 'utf8')).toBe('')
  })
})

describe('appendSummary', () => {
  it('appends exactly what core.summary.addRaw(text, true).write() appends', async () => {
    const markdown = '## Docker login\n\n| a | b |\n|---|---|\n| 1 | 2 |'
    const ours = runnerFile()
    const theirs = runnerFile()
    writeFileSync(ours, 'an earlier step\n')
    writeFileSync(theirs, 'an earlier step\n')
    appendSummary(ours, markdown)
    appendSummary(ours, 'second')
    process.env.GITHUB_STEP_SUMMARY = theirs
    try {
      await core.summary.addRaw(markdown, true).write()
      await core.summary.addRaw('second', true).write()
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY
    }
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'))
    expect(readFileSync(ours, 'utf8')).toBe(`an earlier step\n${markdown}\nsecond\n`)
  }) // prettier-ignore

  it('throws where the file cannot be written (the caller warns)', () => {
    expect(() => appendSummary(join(runnerFile(), 'no', 'such'), 'x')).toThrow()
  })
})

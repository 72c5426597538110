/**
 * The rule engine: walks an ordered rule table (`rulesFor` a profile) and
 * returns the first rule one of whose wordings the text holds. Pure. The
 * preflight uses it to decide what to ask next, the judge to decide.
 */
import { allRules } from './profiles/index.js'
import type { TextRule, Wording } from './profiles/types.js'

/** A rule that matched a text, and the wording that did. */
export interface RuleMatch {
  rule: TextRule
  wording: Wording
}

/** The substrings of a wording, all of which must be present. */
export function wordingParts(wording: Wording): readonly string[] {
  return typeof wording === 'string' ? [wording] : wording
}

/**
 * A text as the rules read it: lower case, every run of white space one
 * space (logs and terminals wrap long lines where they like), and the box
 * Terraform draws down the left of an error (`╷`, `│ `, `╵`) left out, so
 * that a wording it wrapped over two lines still reads as one
 * (docs/registries.md §13ff (c)).
 */
function normalise(text: string): string {
  return text
    .replace(/^[ \t]*[│╷╵](?:[ \t]|$)/gm, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
}

/** Whether a line holds every part of a wording (case- and wrap-insensitive). */
export function holds(text: string, wording: Wording): boolean {
  return holdsLower(normalise(text), wording)
}

/** `holds` for a text already in lower case. */
function holdsLower(lower: string, wording: Wording): boolean {
  return wordingParts(wording).every((part) => lower.includes(normalise(part)))
}

/**
 * The most of a text the rules read: its end, where the docker CLI, BuildKit
 * and registries put the error. Every wording is read in one pass over it
 * per wording, so the bound keeps a huge output (a build log) cheap.
 */
export const RULE_TEXT_MAX = 64 * 1024

/**
 * The first rule of the table with a wording in the text (on one of its
 * lines, for a rule whose wordings must stand on one).
 */
export function matchRule(
  text: string,
  rules: readonly TextRule[] = allRules()
): RuleMatch | undefined {
  const tail = text.length > RULE_TEXT_MAX ? text.slice(-RULE_TEXT_MAX) : text
  const lower = normalise(tail)
  let lines: readonly string[] | undefined
  for (const rule of rules) {
    for (const wording of rule.match) {
      const held = rule.sameLine
        ? (lines ??= tail.split('\n').map(normalise)).some((line) =>
            holdsLower(line, wording)
          )
        : holdsLower(lower, wording)
      if (held) return { rule, wording }
    }
  }
  return undefined
}

/**
 * The judge as the main step calls it (src/main.ts `loginReport`): an OIDC
 * login's evidence with the OIDC judge, which the step loads as a chunk and
 * hands the start-up's helpers (src/judge-oidc.ts `oidcJudge`).
 */
import { describeNoAnswer, quote, where } from '../src/describe.js'
import type { Evidence } from '../src/evidence.js'
import { oidcJudge } from '../src/judge-oidc.js'
import { judge as judgeWith, type JudgeOptions } from '../src/judge.js'
import { subFormat } from '../src/protocol.js'
import { oneLine } from '../src/text.js'

/** The OIDC judge with the start-up's tools, as main.ts gives them. */
export const judgeOidc = oidcJudge({
  describeNoAnswer,
  quote,
  where,
  subFormat,
  oneLine
})

/** `judge`, with the OIDC judge the main step gives it. */
export const judge = (evidence: Evidence, options: JudgeOptions = {}) =>
  judgeWith(evidence, { oidc: judgeOidc, ...options })

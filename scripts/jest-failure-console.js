// A Jest reporter for quiet runs (with the `summary` reporter, which prints
// failures and totals only): prints the console output of each test file that
// failed, as soon as it is done. Passing files stay silent.
import { relative } from 'node:path'

const INDENT = '    '

export default class FailureConsole {
  onTestResult(test, result) {
    const failed = result.numFailingTests > 0 || result.testExecError
    if (!failed || !result.console?.length) return
    const path = relative(test.context.config.rootDir, test.path)
    const lines = [`console output of ${path}:`]
    for (const { type, message, origin } of result.console) {
      lines.push(`  console.${type}`)
      lines.push(...message.split('\n').map((line) => INDENT + line))
      const at = origin?.split('\n').find((line) => line.trim() !== '')
      if (at) lines.push(`${INDENT}  ${at.trim()}`)
    }
    process.stderr.write(`${lines.join('\n')}\n\n`)
  }
}

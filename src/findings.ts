/**
 * How the input analysis's findings read in the evidence. Pure text; never
 * quotes a value.
 */
import type { InputFinding, InputProblem } from './evidence.js'

/** How each finding reads (`{input}`: username or password). */
const FINDING_TEXT: Record<InputProblem, string> = {
  'username-empty': 'the username is empty',
  'password-empty': 'the password is empty',
  'password-dollar-prefix':
    'the password has a literal "$" before a Docker token (written $${{ secrets.X }})',
  'unexpanded-expression':
    'the {input} contains an unexpanded ${{ … }} expression',
  'unexpanded-variable':
    'the {input} looks like an unexpanded variable ($NAME or ${NAME})',
  'inner-whitespace': 'the {input} contains spaces or tabs',
  newline: 'the {input} contains a line break',
  quoted: 'the {input} is wrapped in quotes or has a quote at an end',
  'non-printable': 'the {input} contains invisible or control characters',
  'username-email': 'the username is an email address',
  'username-token':
    'the username is shaped like a token (are the username and password inputs swapped?)',
  'token-expired': 'the token carries its own expiry, which has passed',
  'not-a-service-account-key':
    'the password is not a Google service-account key (JSON with type service_account, client_email and private_key)',
  'unsupported-token': 'the registry does not take this kind of token',
  'not-an-access-token':
    'the password is not an OAuth access token (ya29.…), which username oauth2accesstoken wants'
}

/** One finding as an evidence line. */
export function describeFinding(finding: InputFinding): string {
  const text = FINDING_TEXT[finding.problem].replace('{input}', finding.input)
  return finding.detail ? `${text}: ${finding.detail}` : text
}

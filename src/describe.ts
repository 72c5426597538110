/**
 * How exchanges read in the evidence: one line each, registry text quoted,
 * cut and folded onto one line. Pure.
 */
import type { ExchangeStep, HttpExchange } from './evidence.js'
import { challengeOf } from './protocol.js'
import { oneLine } from './text.js'

/** Cap on quoted registry or CLI text in an evidence line. */
export const QUOTE_CHARS = 200

/** Text on one line, cut, in double quotes. */
export function quote(text: string): string {
  return `"${oneLine(text, QUOTE_CHARS)}"`
}

const STEP_LABELS: Record<ExchangeStep, string> = {
  ping: 'registry ping',
  token: 'token endpoint',
  'basic-ping': 'registry (Basic auth)',
  'hub-login': 'Docker Hub login API',
  'push-token': 'token endpoint (push scope)',
  'rate-limit': 'rate-limit preview',
  upload: 'upload start',
  'upload-cancel': 'upload cancel',
  'aws-token': 'AWS GetAuthorizationToken',
  'oidc-exchange': "Docker's OIDC token exchange",
  'oidc-id-token': "GitHub's ID-token endpoint"
}

/** `token endpoint auth.docker.io/token`: the step and where it went. */
export function where(exchange: HttpExchange): string {
  let place: string
  try {
    const url = new URL(exchange.url)
    place = `${url.host}${url.pathname}`
  } catch {
    place = oneLine(exchange.url, 80)
  }
  return `${STEP_LABELS[exchange.step]} ${place}`
}

/** An exchange that got no usable answer: why, and after how many tries. */
export function describeNoAnswer(exchange: HttpExchange): string {
  const tries = exchange.attempts > 1 ? ` after ${exchange.attempts} tries` : ''
  if (exchange.status !== undefined) {
    // GitHub's ID-token endpoint, Docker's token exchange and AWS's API
    // are no registry (attack-47 A47-03)
    return `${where(exchange)} answered ${exchange.status}${tries}: the ${/^(?:oidc|aws)/.test(exchange.step) ? 'service' : 'registry'} is failing`
  }
  const error = exchange.error
  const why = error
    ? [
        oneLine(error.code ?? '', 40),
        error.timedOut ? 'timed out' : '',
        quote(error.message)
      ]
        .filter(Boolean)
        .join(' ')
    : 'no answer'
  return `${where(exchange)} could not be reached${tries}: ${why}`
}

/** `with a bearer challenge, realm …`, or that there was none to use. */
export function describeChallenge(exchange: HttpExchange): string {
  const challenge = challengeOf(exchange)
  if (!challenge) return 'without a usable challenge'
  // registry text: on one line and cut, like quoted text
  const realm = oneLine(challenge.params.realm ?? '', QUOTE_CHARS)
  const named = realm ? `, realm ${realm}` : ''
  return `with a ${challenge.scheme} challenge${named}`
}

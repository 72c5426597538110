/**
 * How long and how often the preflight tries: limits shared by the HTTP
 * client, which applies them, and the report, which explains them.
 */

/** A `Retry-After` longer than this is reported, not waited for. */
export const MAX_RETRY_AFTER_SECONDS = 10

/** The whole preflight may take this many request timeouts. */
export const BUDGET_TIMEOUTS = 3

/** The first backoff before a retry, doubled for each retry. */
export const BACKOFF_MS = 500

/**
 * The GitHub event of the run, read from the runner's environment
 * (`GITHUB_EVENT_NAME`, `GITHUB_ACTOR`, the JSON at `GITHUB_EVENT_PATH`):
 * why a secret can be empty. Pull requests from forks get no repository
 * secrets, Dependabot runs read Dependabot secrets, and a typo in a
 * secret's name yields an empty string. A missing or unreadable event file
 * is an event without a payload, never an error.
 */
import { readFileSync } from 'node:fs'
import type { EventEvidence } from './evidence.js'
import { isRecord } from './protocol.js'

/** Reads the event, or undefined outside a workflow run. */
export function readEvent(env: NodeJS.ProcessEnv): EventEvidence | undefined {
  const name = env.GITHUB_EVENT_NAME
  if (!name) return undefined
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const pull = objectAt(payload, 'pull_request')
  const head = pull ? objectAt(pull, 'head') : undefined
  const headRepo = head ? head.repo : undefined
  const baseRepo = objectAt(objectAt(pull, 'base'), 'repo')
  return {
    name,
    actor: env.GITHUB_ACTOR ?? '',
    isPullRequest: pull !== undefined,
    head:
      headRepo === null
        ? null
        : isRecord(headRepo)
          ? {
              fullName: stringAt(headRepo, 'full_name'),
              fork:
                typeof headRepo.fork === 'boolean' ? headRepo.fork : undefined
            }
          : undefined,
    base: baseRepo ? { fullName: stringAt(baseRepo, 'full_name') } : undefined
  }
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return isRecord(parsed) ? parsed : {}
  } catch {
    return {}
  }
}

function objectAt(
  value: Record<string, unknown> | undefined,
  key: string
): Record<string, unknown> | undefined {
  const found = value?.[key]
  return isRecord(found) ? found : undefined
}

function stringAt(
  value: Record<string, unknown>,
  key: string
): string | undefined {
  const found = value[key]
  return typeof found === 'string' ? found : undefined
}

/** Why a credential is empty, as far as the event tells. */
export type EmptySecretCause = 'fork-pull-request' | 'dependabot' | 'unknown'

/** Names the cause of empty credentials from the event. */
export function emptySecretCause(event: EventEvidence): EmptySecretCause {
  // pull_request_target runs in the base repository, with its Actions
  // secrets (attack-17 repro-04, attack-18 repro-05)
  const target = event.name === 'pull_request_target'
  if (event.actor === 'dependabot[bot]' && !target) return 'dependabot'
  const { head, base } = event
  const fromFork =
    event.isPullRequest &&
    (head?.fork === true ||
      head === null ||
      (head?.fullName !== undefined && head.fullName !== base?.fullName))
  return fromFork && event.name.startsWith('pull_request') && !target
    ? 'fork-pull-request'
    : 'unknown'
}

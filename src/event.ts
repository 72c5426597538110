/**
 * Why a secret can be empty: the workflow's event. Pull requests from forks
 * get no repository secrets, Dependabot runs read Dependabot secrets, and a
 * typo in a secret's name yields an empty string. `@actions/github` is loaded
 * only on this rare path.
 */

/** Why the credentials are empty, as far as the event tells. */
export interface EmptySecretCause {
  cause: 'fork-pull-request' | 'dependabot' | 'unknown'
  /** the event name, e.g. `pull_request` */
  event: string
  /** one sentence naming the cause */
  explanation: string
  /** one sentence naming the fix */
  fix: string
}

/** The parts of the event context this module reads. */
export interface EventContext {
  eventName: string
  actor: string
  payload: {
    pull_request?: {
      head?: { repo?: { full_name?: string; fork?: boolean } | null }
      base?: { repo?: { full_name?: string } }
    }
  }
}

/** Reads the event context from the runner (GITHUB_EVENT_PATH and friends). */
export async function loadEventContext(): Promise<EventContext | undefined> {
  if (!process.env.GITHUB_EVENT_NAME) return undefined
  const github = await import('@actions/github')
  return github.context as EventContext
}

/** Names the cause of empty credentials from the event context. Pure. */
export function emptySecretCause(context: EventContext): EmptySecretCause {
  const event = context.eventName
  const pull = context.payload.pull_request
  const head = pull?.head?.repo
  const base = pull?.base?.repo
  const fromFork =
    pull !== undefined &&
    (head?.fork === true ||
      head === null ||
      (head?.full_name !== undefined && head.full_name !== base?.full_name))
  if (context.actor === 'dependabot[bot]') {
    return {
      cause: 'dependabot',
      event,
      explanation: `This ${event} run was started by Dependabot, which reads Dependabot secrets, not Actions secrets.`,
      fix: 'Add the same secrets under Settings → Secrets and variables → Dependabot, or set skip-if-missing: true for Dependabot runs.'
    }
  }
  if (fromFork && event.startsWith('pull_request')) {
    const name = head?.full_name ?? 'a fork'
    return {
      cause: 'fork-pull-request',
      event,
      explanation: `This ${event} comes from ${name}: GitHub gives workflows of pull requests from forks no repository secrets.`,
      fix: 'Set skip-if-missing: true so that fork pull requests build without logging in, and push only from branches of this repository.'
    }
  }
  return {
    cause: 'unknown',
    event,
    explanation: `The ${event} event gets repository secrets, so the secret is most likely not defined under that name, or is defined in another environment or organization scope.`,
    fix: 'Check the secret name in the workflow against Settings → Secrets and variables → Actions (names are case-sensitive).'
  }
}

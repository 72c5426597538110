/**
 * The provider profiles, and what is assembled from them: which profile
 * answers for a registry, the ordered rule table, the refinements and the
 * credential shapes. Adding a registry family is one profile file, its
 * rules (src/profiles/rules/<family>.ts), refinements
 * (src/profiles/rules/refinements.ts) and texts
 * (src/profiles/texts/<family>.ts), and one line in `PROFILES`.
 */
import type { Challenge } from '../protocol.js'
import { describeNoAnswer, quote, where } from '../describe.js'
import { describeFinding } from '../findings.js'
import { hasTwoFactorToken, jsonField } from '../protocol.js'
import { REFINING_PROBLEMS } from './common.js'
import { ACR } from './acr.js'
import { DOCKER_HUB } from './docker-hub.js'
import { ECR } from './ecr.js'
import { GAR, GAR_USERNAMES } from './gar.js'
import { GENERIC } from './generic.js'
import { GHCR } from './ghcr.js'
import { GITLAB, JOB_TOKEN_USER } from './gitlab.js'
import { HARBOR } from './harbor.js'
import { QUAY } from './quay.js'
import type {
  CredentialShape,
  Profile,
  ProfileId,
  Refinement,
  RemediationTable,
  TextRule
} from './types.js'

/** Every profile; the generic one last, as the fallback. */
export const PROFILES: readonly Profile[] = [
  DOCKER_HUB,
  GHCR,
  GITLAB,
  QUAY,
  HARBOR,
  ECR,
  GAR,
  ACR,
  GENERIC
]

/** The profile of an id (the generic one for an id no profile has). */
export function profileById(id: ProfileId): Profile {
  return PROFILES.find((profile) => profile.id === id) ?? GENERIC
}

/**
 * The profile that answers for a registry: by its host (without a port),
 * else by its challenge, else the generic one.
 */
export function recognise(host: string, challenge?: Challenge): ProfileId {
  const name = host.replace(/:\d+$/, '').toLowerCase()
  const byHost = PROFILES.find(
    (p) =>
      p.recognise.hosts.includes(name) ||
      (p.recognise.hostPatterns ?? []).some((pattern) => pattern.test(name))
  )
  if (byHost) return byHost.id
  const byChallenge =
    challenge && PROFILES.find((p) => p.recognise.challenge?.(challenge))
  return byChallenge ? byChallenge.id : GENERIC.id
}

/** The profile first, then every other in their order. */
function profilesFrom(profile: Profile): Profile[] {
  return [profile, ...PROFILES.filter((p) => p !== profile)]
}

/** The rule tables (src/profiles/rules/index.ts), once loaded. */
export type RuleTables = typeof import('./rules/index.js')
let tables: RuleTables | undefined
let loadingRules: Promise<void> | undefined

/**
 * Loads every rule table, a chunk of its own: the preflight, the gathering
 * (src/outcome.ts `readsTexts`) and the command line await it before a text
 * is read — a refusal, a failed `docker login`, `explain` — so that a login
 * that succeeds never loads them. Cheap when they are loaded already;
 * callers share one import.
 */
export function loadRules(): Promise<void> {
  loadingRules ??= import('./rules/index.js').then((m) => {
    // the refinements' chunk imports no module of the start-up
    m.provideRefinementTools({
      describeNoAnswer,
      quote,
      where,
      describeFinding,
      hasTwoFactorToken,
      jsonField,
      REFINING_PROBLEMS,
      GAR_USERNAMES,
      JOB_TOKEN_USER
    })
    tables = m
  })
  return loadingRules
}

/**
 * The rule tables, synchronously, once `loadRules` has loaded them.
 * Reading a text before is a mistake of the caller's, and throws.
 */
export function ruleTables(): RuleTables {
  if (!tables) {
    throw new Error('the rule tables are not loaded (await loadRules first)')
  }
  return tables
}

/** A profile's own wordings, most specific first (loaded). */
export function ownRules(profile: Profile): readonly TextRule[] {
  return ruleTables().OWN_RULES[profile.id]
}

const assembled = new Map<string, readonly TextRule[]>()

/**
 * The ordered rule table for a registry: AWS's refusals of a registry
 * token (the cause of the docker CLI's empty password that follows them),
 * the docker CLI's own wordings, then the registry's, then every other registry's (a wording names its
 * registry whoever asks), then the generic HTTP and network wordings,
 * then the last-resort layer read from the request, the status and the
 * client's framing (docs/registries.md §13b). First match wins. Needs
 * the tables loaded (`loadRules`).
 */
export function rulesFor(profile: Profile): readonly TextRule[] {
  let rules = assembled.get(profile.id)
  if (!rules) {
    const {
      AWS_API_RULES,
      CLIENT_RULES,
      PUSHED_TO_HUB,
      GENERIC_RULES,
      FALLBACK_RULES
    } = ruleTables()
    const all = [
      ...AWS_API_RULES,
      ...CLIENT_RULES,
      ...(profile.id === DOCKER_HUB.id ? [] : PUSHED_TO_HUB),
      ...profilesFrom(profile).flatMap((p) => ownRules(p)),
      ...GENERIC_RULES,
      ...FALLBACK_RULES
    ]
    // a rule several profiles share (MIS001) counts where it first comes
    const seen = new Set<string>()
    rules = all.filter((rule) => !seen.has(rule.id) && seen.add(rule.id))
    assembled.set(profile.id, rules)
  }
  return rules
}

let everyRule: readonly TextRule[] | undefined

/**
 * Every rule of every table, once (Docker Hub's order, then the rest).
 * Needs the tables loaded (`loadRules`).
 */
export function allRules(): readonly TextRule[] {
  everyRule ??= [...rulesFor(DOCKER_HUB), ...ruleTables().PUSHED_TO_HUB]
  return everyRule
}

/**
 * The rule of an id, or undefined — also when the tables are not loaded:
 * then no text was read, so no rule of a table can have decided.
 */
export function ruleById(id: string | undefined): TextRule | undefined {
  if (!id || !tables) return undefined
  return allRules().find((rule) => rule.id === id)
}

/**
 * The refinements: the registry's own (they read what that registry
 * answers, such as Docker Hub's login API), then the common ones
 * (src/profiles/rules/refinements.ts). They refine a refusal only, whose
 * text was read: they live in the rule tables' chunk, and need it loaded
 * (`loadRules`).
 */
export function refinementsFor(profile: Profile): readonly Refinement[] {
  const { REFINEMENTS, COMMON_REFINEMENTS } = ruleTables()
  return [...REFINEMENTS[profile.id], ...COMMON_REFINEMENTS]
}

/** Texts loaded (or given with their profile), by profile id. */
const texts = new Map<ProfileId, RemediationTable>()
/** Loads under way or done, by profile id: callers share one import. */
const loading = new Map<ProfileId, Promise<void>>()
/** The texts for any registry, once loaded. */
let common: CommonTexts | undefined
let loadingCommon: Promise<void> | undefined

/** The texts for any registry, and why credentials are empty. */
export type CommonTexts = typeof import('./texts/common.js')

function loadCommon(): Promise<void> {
  loadingCommon ??= import('./texts/common.js').then((m) => {
    common = m
  })
  return loadingCommon
}

/**
 * Loads the texts for any registry and a profile's own: each lives in a
 * chunk of its own, so that a login that succeeds without warnings (which
 * renders only `OK_TEXTS`, src/remediation.ts) loads none of them. The
 * writers await it before a report with something to explain is rendered
 * (src/report.ts `needsTexts`). Cheap when they are loaded already;
 * callers share one import.
 */
export async function loadTexts(id: ProfileId): Promise<void> {
  let pending = loading.get(id)
  if (!pending) {
    const profile = profileById(id)
    pending = (async () => {
      const table = profile.remediation ?? (await profile.texts?.()) ?? {}
      texts.set(profile.id, table)
    })()
    loading.set(id, pending)
  }
  await Promise.all([loadCommon(), pending])
}

/**
 * The texts for any registry, synchronously, once `loadTexts` has loaded
 * them. Rendering before is a mistake of the caller's, and throws.
 */
export function commonTexts(): CommonTexts {
  if (!common) {
    throw new Error('the common texts are not loaded (await loadTexts first)')
  }
  return common
}

/** Every profile's texts (tests, and whoever renders for any registry). */
export async function loadAllTexts(): Promise<void> {
  await Promise.all(PROFILES.map((profile) => loadTexts(profile.id)))
}

/**
 * A profile's texts, synchronously: given with the profile, or loaded by
 * `loadTexts`. Rendering a registry whose texts were not loaded is a
 * mistake of the caller's, and throws.
 */
export function textsOf(id: ProfileId): RemediationTable {
  const profile = profileById(id)
  const table = profile.remediation ?? texts.get(profile.id)
  if (!table) {
    throw new Error(
      `the texts of profile ${profile.id} are not loaded (await loadTexts first)`
    )
  }
  return table
}

/**
 * The credential shapes, the registry's first; another registry's shape with
 * no prefix of its own (a bare UUID) is not read here.
 */
export function credentialShapes(profile: Profile): CredentialShape[] {
  return profilesFrom(profile).flatMap((p) =>
    p === profile
      ? p.credentials
      : p.credentials.filter((shape) => !shape.ownRegistryOnly)
  )
}

export { ACR, DOCKER_HUB, ECR, GAR, GENERIC, GHCR, GITLAB, HARBOR, QUAY }
export type { Profile, ProfileId } from './types.js'

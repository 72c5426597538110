/**
 * The shape of a provider profile: what the action knows of one registry
 * family, as data — how it is recognised, its credential shapes, the
 * wordings it refuses with (rules with stable ids), how a refusal is
 * refined, and what to tell the user for each diagnosis.
 */
import type { CredentialKind, DiagnosisId, WarningId } from '../diagnosis.js'
import type { Evidence } from '../evidence.js'
import type { Challenge } from '../protocol.js'

/**
 * A case-insensitive substring, or a list of substrings that must all be
 * present (for wordings that vary in the middle).
 */
export type Wording = string | readonly string[]

/** One text rule: any of its wordings yields its diagnosis. */
export interface TextRule {
  /**
   * A stable id (`HUB007`), shown in the evidence and in `explain --json`;
   * never reused or renumbered.
   */
  id: string
  diagnosis: DiagnosisId
  match: readonly Wording[]
  /** where the wording was seen */
  source: string
  /**
   * What the preflight asks next when a refusal reads like this:
   * `hub-login`, the Docker Hub login API, which tells 2FA from SSO.
   */
  next?: 'hub-login'
}

/** What a refinement concluded, with the evidence lines that say why. */
export interface Refined {
  diagnosis: DiagnosisId
  lines: readonly string[]
  /** the refinement changed the diagnosis (its id is then shown) */
  changed: boolean
}

/**
 * A refinement: a diagnosis from a refusal made precise by the rest of the
 * evidence (the input's shape, the Docker Hub login API's answer).
 */
export interface Refinement {
  /** a stable id, like a text rule's */
  id: string
  /** the diagnosis it refines */
  from: DiagnosisId
  /** undefined when it does not apply */
  refine: (evidence: Evidence) => Refined | undefined
  source: string
}

/** A variant of a diagnosis's texts, chosen by what the judge found. */
export type RemediationCase =
  /** push denied: the token service called the token's scopes insufficient */
  | 'read-only-token'
  /** push denied: a token granted without push on the namespace */
  | 'namespace'
  /** only the username is malformed, or empty */
  | 'username'
  /** only the password is empty */
  | 'password'
  /** the docker config names a credential helper */
  | 'credential-helper'
  /** the docker config names none: the login goes to config.json */
  | 'config-file'
  /** docker login refused a credential the registry had just accepted */
  | 'after-accepted'
  /** the registry's address answers with a web page, not a registry */
  | 'not-a-registry'
  /** the registry's certificate: an authority the runner does not trust */
  | 'tls-unknown-authority'
  /** the registry's certificate is for other names */
  | 'tls-name-mismatch'
  /** the registry's certificate is out of its validity period */
  | 'tls-expired'
  /** a 407 where no proxy is set: something on the network wants one */
  | 'proxy-not-set'

/** The texts of one diagnosis or warning, before rendering. */
export interface Texts {
  /** a few words naming the problem */
  title: string
  /** the one thing to do, for the error line after `<title>: ` */
  error: string
  /** why it happens, a sentence or two */
  why: string
  /** concrete steps, in order; empty for `ok` */
  steps: readonly string[]
  /** links to the documentation */
  docs: readonly string[]
  /** a workflow block to copy (placeholders are secrets and vars only) */
  snippet?: string
}

/**
 * A profile's texts for one id: the fields that differ from the common
 * texts, and its cases. Placeholders `{registry}`, `{username}`, `{helper}`,
 * `{setting}` and `{config}` are filled in when rendered.
 */
export interface RemediationEntry extends Partial<Texts> {
  cases?: Partial<Record<RemediationCase, Partial<Texts>>>
}

/** Texts by diagnosis or warning id. */
export type RemediationTable = Partial<
  Record<DiagnosisId | WarningId, RemediationEntry>
>

/** A credential kind and the shape that proves it. */
export interface CredentialShape {
  kind: CredentialKind
  /** tested on the value without surrounding quotes, spaces and `$` */
  test: (value: string) => boolean
  /** the value is a token of `[A-Za-z0-9_-]` only (no spaces, quotes…) */
  isToken: boolean
}

/** The registry families with a profile. */
export type ProfileId = 'docker-hub' | 'ghcr' | 'generic'

/** One registry family. */
export interface Profile {
  id: ProfileId
  /** how the texts name it */
  name: string
  /** how it is recognised */
  recognise: {
    /** host names (lower-case, no port) */
    hosts: readonly string[]
    /** a challenge only this family sends (self-managed installations) */
    challenge?: (challenge: Challenge) => boolean
  }
  /** its credential shapes, most specific first */
  credentials: readonly CredentialShape[]
  /** its wordings, most specific first */
  rules: readonly TextRule[]
  refinements: readonly Refinement[]
  remediation: RemediationTable
  /** the pull rate-limit preview, where the registry has one */
  rateLimitPreview?: { scope: string; repository: string }
  /**
   * The challenge its registry always sends, when it is one service (not
   * self-managed): the preflight asks the token service straight away
   */
  challenge?: { realm: string; service: string }
}

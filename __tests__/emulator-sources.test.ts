/**
 * The family registries' canned answers that docs/registries.md §14 sources:
 * each profile's token body, the `202` that opens an upload session, the
 * answer to a path no route serves, and GHCR's words for a Bearer token it
 * cannot use. Over real HTTP on loopback, one registry of each family.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ACR_ACCOUNTS, ACR_SPEC } from '../emulator/registries/acr.js'
import { ECR_LOGINS, ECR_SPEC } from '../emulator/registries/ecr.js'
import {
  startFamilyRegistry,
  type FamilyRegistry,
  type RegistryAccount,
  type RegistrySpec
} from '../emulator/registries/engine.js'
import { GAR_ACCOUNTS, GAR_SPEC } from '../emulator/registries/gar.js'
import { GHCR_ACCOUNTS, GHCR_SPEC } from '../emulator/registries/ghcr.js'
import { GITLAB_ACCOUNTS, GITLAB_SPEC } from '../emulator/registries/gitlab.js'
import { HARBOR_ACCOUNTS, HARBOR_SPEC } from '../emulator/registries/harbor.js'
import { QUAY_ACCOUNTS, QUAY_SPEC } from '../emulator/registries/quay.js'

const SPECS = {
  ghcr: GHCR_SPEC,
  gitlab: GITLAB_SPEC,
  quay: QUAY_SPEC,
  harbor: HARBOR_SPEC,
  acr: ACR_SPEC,
  gar: GAR_SPEC,
  ecr: ECR_SPEC
} satisfies Record<string, RegistrySpec>
type Family = keyof typeof SPECS

const registries = {} as Record<Family, FamilyRegistry>

beforeAll(async () => {
  for (const [family, spec] of Object.entries(SPECS)) {
    registries[family as Family] = await startFamilyRegistry(spec)
  }
})

afterAll(async () => {
  await Promise.all(Object.values(registries).map((r) => r.close()))
})

function basic(account: RegistryAccount): string {
  return `Basic ${Buffer.from(`${account.username}:${account.secret}`).toString('base64')}`
}

/** The token service's answer to a request for push and pull. */
async function tokenAnswer(
  family: Family,
  account: RegistryAccount,
  repository: string
): Promise<{ status: number; body: Record<string, unknown> }> {
  const registry = registries[family]
  const spec = SPECS[family]
  const url = new URL(`${registry.url}${spec.realmPath ?? '/token'}`)
  url.searchParams.set('service', spec.service?.(registry.host) ?? '')
  url.searchParams.set('scope', `repository:${repository}:push,pull`)
  const response = await fetch(url, {
    headers: { authorization: basic(account) }
  })
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>
  }
}

/** A JWT's payload. */
function payload(token: string): { exp: number; [claim: string]: unknown } {
  return JSON.parse(
    Buffer.from(token.split('.')[1], 'base64url').toString('utf8')
  ) as { exp: number }
}

describe('each token service answers with the fields its registry sends (§14 (c))', () => {
  it.each<[Family, RegistryAccount, string, string[]]>([
    ['ghcr', GHCR_ACCOUNTS.classicWrite, 'octocat/app', ['token']],
    ['gitlab', GITLAB_ACCOUNTS.tokenWrite, 'acme/app', ['token']],
    ['quay', QUAY_ACCOUNTS.robotWrite, 'acme/app', ['token']],
    ['acr', ACR_ACCOUNTS.spPush, 'team/app', ['access_token']],
    ['gar', GAR_ACCOUNTS.writerKey, 'acme-ci/app/image', ['token']],
    [
      'harbor',
      HARBOR_ACCOUNTS.robotPush,
      'library/app',
      ['access_token', 'expires_in', 'issued_at', 'token']
    ]
  ])('%s: %j', async (family, account, repository, fields) => {
    const { status, body } = await tokenAnswer(family, account, repository)
    expect(status).toBe(200)
    expect(Object.keys(body).sort()).toEqual(fields)
  })

  it("Harbor's: an empty access_token, 30 minutes, issued_at to the second", async () => {
    const { body } = await tokenAnswer(
      'harbor',
      HARBOR_ACCOUNTS.robotPush,
      'library/app'
    )
    expect(body.access_token).toBe('')
    expect(body.expires_in).toBe(1800)
    expect(body.issued_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    const claims = payload(body.token as string)
    const now = Date.now() / 1000
    expect(claims.exp - now).toBeGreaterThan(1790)
    expect(claims.exp - now).toBeLessThanOrEqual(1800)
  })

  it.each<[Family, RegistryAccount, string, number]>([
    ['gitlab', GITLAB_ACCOUNTS.tokenWrite, 'acme/app', 300],
    ['quay', QUAY_ACCOUNTS.robotWrite, 'acme/app', 3600]
  ])("%s's JWT lasts %s s", async (family, account, repository, seconds) => {
    const { body } = await tokenAnswer(family, account, repository)
    const left = payload(body.token as string).exp - Date.now() / 1000
    expect(left).toBeGreaterThan(seconds - 10)
    expect(left).toBeLessThanOrEqual(seconds)
  })
})

/** Starts an upload with the account's token (or Basic, for ECR). */
async function startUpload(
  family: Family,
  account: RegistryAccount,
  repository: string
): Promise<Response> {
  const registry = registries[family]
  let authorization = basic(account)
  if (SPECS[family].auth === 'bearer') {
    const { body } = await tokenAnswer(family, account, repository)
    authorization = `Bearer ${String(body.token ?? body.access_token)}`
  }
  return fetch(`${registry.url}/v2/${repository}/blobs/uploads/`, {
    method: 'POST',
    headers: { authorization, 'content-length': '0' }
  })
}

describe('the 202 that opens an upload session (§14 (a))', () => {
  it("distribution's (GitLab, Harbor): Docker-Upload-UUID, Range 0-0, no Content-Type", async () => {
    for (const [family, account, repository] of [
      ['gitlab', GITLAB_ACCOUNTS.tokenWrite, 'acme/app'],
      ['harbor', HARBOR_ACCOUNTS.robotPush, 'library/app']
    ] as const) {
      const response = await startUpload(family, account, repository)
      expect(response.status).toBe(202)
      const id = response.headers.get('docker-upload-uuid')
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      expect(response.headers.get('range')).toBe('0-0')
      expect(response.headers.get('content-length')).toBe('0')
      expect(response.headers.get('content-type')).toBeNull()
      expect(response.headers.get('docker-distribution-api-version')).toBe(
        'registry/2.0'
      )
      expect(response.headers.get('location')).toContain(
        `/v2/${repository}/blobs/uploads/${id}?_state=`
      )
    }
  })

  it("Quay's: Range bytes=0--1, an absolute Location, no API version header", async () => {
    const response = await startUpload(
      'quay',
      QUAY_ACCOUNTS.robotWrite,
      'acme/app'
    )
    expect(response.status).toBe(202)
    const id = response.headers.get('docker-upload-uuid')
    expect(response.headers.get('range')).toBe('bytes=0--1')
    expect(response.headers.get('location')).toBe(
      `${registries.quay.url}/v2/acme/app/blobs/uploads/${id}`
    )
    expect(response.headers.get('docker-distribution-api-version')).toBeNull()
  })

  it("ECR's: no Docker-Upload-UUID", async () => {
    const response = await startUpload('ecr', ECR_LOGINS.pusher, 'app')
    expect(response.status).toBe(202)
    expect(response.headers.get('docker-upload-uuid')).toBeNull()
    expect(response.headers.get('location')).toContain('/v2/app/blobs/uploads/')
  })
})

describe('a path no route serves (§14 (b))', () => {
  it.each<Family>(['gitlab', 'harbor', 'ghcr', 'acr', 'gar', 'ecr'])(
    "%s: distribution's 404 page not found",
    async (family) => {
      const response = await fetch(`${registries[family].url}/v2/_nothing/here`)
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toBe(
        'text/plain; charset=utf-8'
      )
      expect(await response.text()).toBe('404 page not found\n')
    }
  )

  it("quay: Werkzeug's Not Found page", async () => {
    const response = await fetch(`${registries.quay.url}/v2/_nothing/here`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe(
      'text/html; charset=utf-8'
    )
    expect(await response.text()).toContain('<title>404 Not Found</title>')
  })
})

describe("GHCR's words for a token (§14 (e))", () => {
  it('a revoked classic token: the token service answers 403 denied', async () => {
    const { status, body } = await tokenAnswer(
      'ghcr',
      GHCR_ACCOUNTS.classicRevoked,
      'octocat/app'
    )
    expect(status).toBe(403)
    expect(body).toEqual({ errors: [{ code: 'DENIED', message: 'denied' }] })
  })

  it('a Bearer token it did not issue, at the registry: 401 unauthenticated', async () => {
    for (const path of ['/v2/', '/v2/octocat/app/blobs/uploads/']) {
      const response = await fetch(`${registries.ghcr.url}${path}`, {
        method: path === '/v2/' ? 'GET' : 'POST',
        headers: { authorization: 'Bearer not-one-of-ghcr-s' }
      })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toContain('Bearer')
      expect(await response.json()).toEqual({
        errors: [
          {
            code: 'UNAUTHORIZED',
            message:
              'unauthenticated: User cannot be authenticated with the token provided.'
          }
        ]
      })
    }
  })

  it('no credential at all: authentication required', async () => {
    const response = await fetch(`${registries.ghcr.url}/v2/`)
    expect(response.status).toBe(401)
    expect(await response.text()).toContain('authentication required')
  })
})

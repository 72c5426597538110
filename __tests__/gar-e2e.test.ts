/**
 * Google Artifact Registry end to end: the bundle of the current src/ run
 * as the runner runs it, with the real docker CLI, against the Artifact
 * Registry emulator (emulator/registries/gar.ts) named
 * `us-docker.pkg.dev` through DOCKER_LOGIN_PREFLIGHT_ENDPOINTS. Its token
 * service checks IAM when push is asked for (a 403 there); its tokens are
 * opaque, so a push granted there is confirmed by the push probe.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from '@jest/globals'
import { describeE2e, familySession } from '../__fixtures__/e2e.js'
import { fakeKey, GAR_ACCOUNTS, GAR_SPEC } from '../emulator/registries/gar.js'
import { leaks, type Workspace } from '../scripts/runner.js'

const session = familySession(GAR_SPEC)
const HOST = 'us-docker.pkg.dev'
const IMAGE = `${HOST}/acme-ci/app/web`

/** Runs the main step against the emulator as HOST. */
const main = (
  account: { username: string; secret: string },
  push: string,
  ws?: Workspace
) => session.main(HOST, account, push, { ws })

const seen = session.seen

describeE2e('Google Artifact Registry, with the real docker CLI', () => {
  it('a writer key, as the file was downloaded, logs in and may push', async () => {
    const account = GAR_ACCOUNTS.writerKey
    expect(account.secret).toContain('\n')
    const { result, ws } = await main(account, IMAGE)
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'gcp-service-account-key'
    })
    // the token service asked straight away (the challenge is known), for
    // push too; the upload started and cancelled
    expect(seen()).toEqual(
      expect.arrayContaining([
        'GET token 200',
        'POST upload 202',
        'DELETE cancel 204'
      ])
    )
    const token = session.registry.requests.find((r) => r.step === 'token')
    expect(token?.scopes).toEqual(['repository:acme-ci/app/web:push,pull'])
    expect(session.registry.openUploads()).toBe(0)
    expect(ws.dockerArgv()).toEqual([
      `docker login --username _json_key --password-stdin ${session.registry.host}`
    ])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it("gcloud's credential helper for the host keeps no login: logged in, with warning helper-ignores-login (attack-31 repro-03)", async () => {
    const account = GAR_ACCOUNTS.writerKey
    const ws = session.workspace()
    // `gcloud auth configure-docker us-docker.pkg.dev`; the helper answers
    // store and erase with exit code 0 and keeps nothing, as gcloud's own
    // (google-cloud-sdk surface/auth/docker_helper.py; docs/registries.md
    // §13ss (b))
    const calls = join(ws.dir, 'gcloud-helper.log')
    const helper = join(ws.bin, 'docker-credential-gcloud')
    writeFileSync(helper, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${calls}'\ncat > /dev/null\nexit 0\n`)
    chmodSync(helper, 0o755)
    const helpers = { [HOST]: 'gcloud', [session.registry.host]: 'gcloud' }
    writeFileSync(join(ws.dockerConfig, 'config.json'), JSON.stringify({ credHelpers: helpers }))
    const { result } = await main(account, IMAGE, ws)
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({ diagnosis: 'ok', 'logged-in': 'true', warnings: 'helper-ignores-login' })
    expect(result.warnings).toEqual([
      "::warning::The credential helper ignores this login: the docker config's credential helper keeps no docker login: pushes use its own account, not this credential"
    ])
    // the entry docker reads: the host docker login was pointed at
    const server = session.registry.host
    expect(ws.summary()).toContain(`names docker-credential-gcloud for ${server} (credHelpers["${server}"]), which keeps no docker login`)
    expect(ws.summary()).toContain('remove {registry} from'.replace('{registry}', HOST))
    // docker gave the login to the helper, which kept nothing
    expect(readFileSync(calls, 'utf8')).toBe('store\n')
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  }) // prettier-ignore

  it('an access token (oauth2accesstoken) logs in and may push', async () => {
    const account = GAR_ACCOUNTS.writerToken
    const { result, ws } = await main(account, IMAGE)
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'push-access': 'granted',
      'credential-kind': 'gcp-access-token'
    })
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a reader key may not push: roles/artifactregistry.writer, after a login', async () => {
    const account = GAR_ACCOUNTS.readerKeyBase64
    const { result, ws } = await main(account, IMAGE)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::The service account may not push there: grant the service account roles/artifactregistry.writer on the repository (reader only pulls)'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'push-access': 'denied',
      'credential-kind': 'gcp-service-account-key'
    })
    // refused with push, asked again without it (and by docker login), and
    // the push check's own request refused again
    const tokens = seen().filter((s) => s.includes('token'))
    expect(tokens.slice(0, 2)).toEqual(['GET token 403', 'GET token 200'])
    expect(tokens.filter((s) => s === 'GET token 403')).toHaveLength(2)
    expect(ws.authKeys()).toEqual([session.registry.host])
    expect(ws.dockerArgv()).toHaveLength(1)
    const summary = ws.summary()
    expect(summary).toContain(
      'Permission "artifactregistry.repositories.uploadArtifacts" denied on resource'
    )
    expect(summary).toContain('GAR001')
    expect(summary).toContain('add-iam-policy-binding')
    expect(summary).not.toMatch(/Docker Hub|DOCKERHUB|dckr_/)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('an expired access token is refused before docker login, naming the hour', async () => {
    const account = GAR_ACCOUNTS.expiredToken
    const { result, ws } = await main(account, '')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `::error::${HOST} refused the key or token: use a key of an existing service account (username _json_key), or an access token made in this job (oauth2accesstoken)`
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'invalid-credentials',
      'logged-in': 'false'
    })
    expect(ws.summary()).toContain('unauthorized: authentication failed')
    expect(ws.summary()).toContain('one lasts an hour')
    // docker login started with the preflight and was stopped without it
    expect(seen()).toEqual(['GET token 401'])
    expect(ws.authKeys()).toEqual([])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a deleted key is a refused key, not a malformed one for its line breaks', async () => {
    const account = GAR_ACCOUNTS.deletedKey
    const { result, ws } = await main(account, '')
    expect(result.exitCode).toBe(1)
    expect(ws.outputs().diagnosis).toBe('invalid-credentials')
    expect(ws.summary()).toContain('reads as a service-account key')
    expect(ws.summary()).not.toContain('contains a line break')
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a push target on another location is registry-mismatch: log in to that host', async () => {
    const account = GAR_ACCOUNTS.writerKey
    const { result, ws } = await main(
      account,
      'europe-docker.pkg.dev/acme-ci/app/web'
    )
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `::error::The push target is on another registry host: log in to the exact host of the image (LOCATION-docker.pkg.dev): a login to ${HOST} does not cover another location`
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'registry-mismatch',
      'logged-in': 'true'
    })
    expect(ws.summary()).toContain('europe-docker.pkg.dev')
  })

  it('a key that is not JSON is refused offline: nothing is sent, docker never gets it', async () => {
    const key = fakeKey('ci-pusher', 'W')
    const { result, ws } = await main(
      { username: '_json_key', secret: key.slice(0, key.length / 2) },
      ''
    )
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'malformed-credentials',
      'credential-kind': 'gcp-service-account-key',
      'logged-in': 'false'
    })
    expect(result.errors[0]).toMatch(
      /^::error::The credential is malformed: store the key file unchanged/
    )
    expect(session.registry.requests).toEqual([])
    expect(ws.dockerArgv()).toEqual([])
  })
})

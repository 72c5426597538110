import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.js'
import { resolveRegistry } from '../src/registry.js'
import { parsePushList, repositoryName } from '../src/repository.js'

const hub = 'docker.io'
const ghcr = 'ghcr.io'
const local = 'localhost:5000'

describe('parsePushList', () => {
  it.each([
    ['', hub, 'nothing'],
    ['myorg/app', hub, 'myorg/app'],
    ['myorg/app, myorg/api', hub, 'myorg/app, myorg/api'],
    ['myorg/app\n\n  myorg/api  \n', hub, 'myorg/app, myorg/api'],
    ['docker.io/myorg/app:1.2', hub, 'myorg/app'],
    ['index.docker.io/myorg/app@sha256:abc', hub, 'myorg/app'],
    ['nginx', hub, 'library/nginx'],
    ['myorg/app,myorg/app:latest', hub, 'myorg/app'],
    ['ghcr.io/owner/app:main', ghcr, 'owner/app'],
    ['owner/group/app', ghcr, 'owner/group/app'],
    ['app', ghcr, 'app'],
    ['localhost:5000/team/app:1', local, 'team/app'],
    ['my-org/app_x.y', hub, 'my-org/app_x.y']
  ])('push %j on %s checks %s', (value, registry, expected) => {
    const target = resolveRegistry(registry, {})
    const list = parsePushList(value, target)
    expect(list.repositories.join(', ') || 'nothing').toBe(expected)
    expect(list.elsewhere).toEqual([])
  })

  it.each([
    ['ghcr.io/owner/app', hub, [], ['ghcr.io']],
    ['docker.io/owner/app', ghcr, [], ['docker.io']],
    [
      'quay.io/owner/app, owner/own, quay.io/x/y',
      ghcr,
      ['owner/own'],
      ['quay.io']
    ],
    [
      'europe-docker.pkg.dev/proj/repo/app:1',
      'us-docker.pkg.dev',
      [],
      ['europe-docker.pkg.dev']
    ],
    [
      'us-docker.pkg.dev/proj/repo/app:1',
      'us-docker.pkg.dev',
      ['proj/repo/app'],
      []
    ]
  ])(
    'push %j on %s: %j checked here, hosts %j set apart for the judge',
    (value, registry, repositories, elsewhere) => {
      const list = parsePushList(value, resolveRegistry(registry, {}))
      expect(list.repositories).toEqual(repositories)
      expect(list.elsewhere).toEqual(elsewhere)
    }
  )

  it('an entry on the host named in the endpoints is on this registry', () => {
    const target = resolveRegistry(ghcr, {
      DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: 'ghcr.io=http://127.0.0.1:5001'
    })
    expect(parsePushList('ghcr.io/o/a, 127.0.0.1:5001/o/b', target)).toEqual({
      repositories: ['o/a', 'o/b'],
      elsewhere: []
    })
  })

  it.each([
    ['MyOrg/App', hub, /"MyOrg\/App" is not a repository name/],
    ['myorg/', hub, /is not a repository name/],
    ['my org/app', hub, /is not a repository name/],
    ['ghcr.io/Owner/App', hub, /"ghcr.io\/Owner\/App" is not a repository name/]
  ])('push %j on %s is an input error', (value, registry, message) => {
    const target = resolveRegistry(registry, {})
    expect(() => parsePushList(value, target)).toThrow(InputError)
    expect(() => parsePushList(value, target)).toThrow(message)
  })
})

describe('repositoryName', () => {
  it('reads one entry as the token service knows it', () => {
    const target = resolveRegistry(hub, {})
    expect(repositoryName('docker.io/myorg/app:1.2@sha256:abc', target)).toBe(
      'myorg/app'
    )
    expect(repositoryName('alpine:3', target)).toBe('library/alpine')
  })

  it('refuses an entry on another registry, naming it', () => {
    expect(() =>
      repositoryName('ghcr.io/owner/app', resolveRegistry(hub, {}))
    ).toThrow(/on another registry than docker.io/)
  })
})

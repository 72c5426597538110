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
    expect(parsePushList(value, target).join(', ') || 'nothing').toBe(expected)
  })

  it.each([
    ['MyOrg/App', hub, /"MyOrg\/App" is not a repository name/],
    ['myorg/', hub, /is not a repository name/],
    ['my org/app', hub, /is not a repository name/],
    ['ghcr.io/owner/app', hub, /on another registry than docker.io/],
    ['docker.io/owner/app', ghcr, /on another registry than ghcr.io/],
    ['quay.io/owner/app', ghcr, /on another registry/]
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
})

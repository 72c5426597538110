import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/inputs.js'
import { resolveRegistry } from '../src/registry.js'
import { parsePushList } from '../src/repository.js'

const hub = 'docker.io'
const ghcr = 'ghcr.io'

describe('parsePushList', () => {
  it.each([
    ['', hub, [] as string[]],
    ['myorg/app', hub, ['myorg/app']],
    ['myorg/app, myorg/api', hub, ['myorg/app', 'myorg/api']],
    ['myorg/app\n\n  myorg/api  \n', hub, ['myorg/app', 'myorg/api']],
    ['docker.io/myorg/app:1.2', hub, ['myorg/app']],
    ['index.docker.io/myorg/app@sha256:abc', hub, ['myorg/app']],
    ['nginx', hub, ['library/nginx']],
    ['myorg/app,myorg/app:latest', hub, ['myorg/app']],
    ['ghcr.io/owner/app:main', ghcr, ['owner/app']],
    ['owner/group/app', ghcr, ['owner/group/app']],
    ['my-org/app_x.y', hub, ['my-org/app_x.y']]
  ])('%j on %s → %j', (value, registry, expected) => {
    const target = resolveRegistry(registry, {})
    expect(parsePushList(value, target)).toEqual(expected)
  })

  it.each([
    ['MyOrg/App', hub, /"MyOrg\/App" is not a repository name/],
    ['myorg/', hub, /is not a repository name/],
    ['my org/app', hub, /is not a repository name/],
    ['ghcr.io/owner/app', hub, /on another registry than docker.io/],
    ['docker.io/owner/app', ghcr, /on another registry than ghcr.io/],
    ['quay.io/owner/app', ghcr, /on another registry/]
  ])('%j on %s is an input error', (value, registry, message) => {
    const target = resolveRegistry(registry, {})
    expect(() => parsePushList(value, target)).toThrow(InputError)
    expect(() => parsePushList(value, target)).toThrow(message)
  })
})

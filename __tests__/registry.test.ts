import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.js'
import {
  HUB_OVERRIDE_ENV,
  registryHost,
  resolveRegistry
} from '../src/registry.js'

describe('registryHost', () => {
  it.each([
    ['', 'docker.io'],
    ['docker.io', 'docker.io'],
    ['https://index.docker.io/v1/', 'index.docker.io'],
    ['ghcr.io', 'ghcr.io'],
    ['GHCR.IO', 'ghcr.io'],
    ['https://ghcr.io', 'ghcr.io'],
    ['registry.gitlab.com/', 'registry.gitlab.com'],
    ['localhost:5000', 'localhost:5000'],
    ['http://127.0.0.1:5000/v2/', '127.0.0.1:5000'],
    ['[::1]:5000', '[::1]:5000']
  ])('registry %j is host %j', (input, host) => {
    expect(registryHost(input)).toBe(host)
  })

  it.each([
    ['ghcr.io/octocat/app', /without a path/],
    ['ftp://example.com', /not a ftp:\/\/ URL/],
    ['my registry', /registry host/],
    ['-bad.example', /registry host/]
  ])('registry %j is refused', (input, message) => {
    expect(() => registryHost(input)).toThrow(InputError)
    expect(() => registryHost(input)).toThrow(message)
  })
})

describe('resolveRegistry', () => {
  it.each([
    'docker.io',
    'index.docker.io',
    'registry-1.docker.io',
    'registry.hub.docker.com',
    'hub.docker.com',
    'https://index.docker.io/v1/',
    'DOCKER.IO'
  ])('%j is Docker Hub, logged in as docker.io', (input) => {
    const target = resolveRegistry(input, {})
    expect(target).toEqual({
      input,
      server: 'docker.io',
      isDockerHub: true,
      profile: 'docker-hub',
      registryUrl: 'https://registry-1.docker.io',
      hubApiUrl: 'https://hub.docker.com',
      // its token service, asked without a ping (docs/docker-hub.md §1)
      challenge: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io'
      }
    })
  })

  it('sends every Docker Hub request to the override', () => {
    const env = { [HUB_OVERRIDE_ENV]: 'http://127.0.0.1:5123' }
    expect(resolveRegistry('docker.io', env)).toEqual({
      input: 'docker.io',
      server: '127.0.0.1:5123',
      isDockerHub: true,
      profile: 'docker-hub',
      registryUrl: 'http://127.0.0.1:5123',
      hubApiUrl: 'http://127.0.0.1:5123',
      challenge: {
        realm: 'http://127.0.0.1:5123/token',
        service: 'registry.docker.io'
      }
    })
  })

  it('leaves other registries alone under the override', () => {
    const env = { [HUB_OVERRIDE_ENV]: 'http://127.0.0.1:5123' }
    expect(resolveRegistry('ghcr.io', env)).toEqual({
      input: 'ghcr.io',
      server: 'ghcr.io',
      isDockerHub: false,
      profile: 'ghcr',
      registryUrl: 'https://ghcr.io'
    })
  })

  it.each([
    ['ghcr.io', 'ghcr'],
    ['GHCR.IO', 'ghcr'],
    ['https://ghcr.io/v2/', 'ghcr'],
    ['ghcr.io:443', 'ghcr'],
    ['docker.io:443', 'generic'],
    ['registry.gitlab.com', 'generic'],
    ['localhost:5000', 'generic'],
    ['ghcr.io.example.com', 'generic'],
    ['docker.io.example.com', 'generic']
  ])('%j is answered by the %s profile', (input, profile) => {
    const target = resolveRegistry(input, {})
    expect(target.profile).toBe(profile)
    expect(target.isDockerHub).toBe(false)
    expect(target.hubApiUrl).toBeUndefined()
  })

  it.each(['localhost:5000', '127.0.0.1:5000', '[::1]:5000'])(
    'asks the loopback registry %j over https first, as docker does',
    (input) => {
      expect(resolveRegistry(input, {}).registryUrl).toBe(`https://${input}`)
    }
  )

  it.each(['not a url', 'ftp://127.0.0.1:21'])(
    'refuses the override %j with a clear error',
    (value) => {
      expect(() =>
        resolveRegistry('docker.io', { [HUB_OVERRIDE_ENV]: value })
      ).toThrow(new RegExp(HUB_OVERRIDE_ENV))
    }
  )
})

describe('registryHost ports', () => {
  it.each(['example.com:0', 'example.com:65536', 'example.com:99999'])(
    'registry %j is refused with the port named',
    (input) => {
      expect(() => registryHost(input)).toThrow(
        /a port is a number from 1 to 65535/
      )
    }
  )

  it('accepts the largest port', () => {
    expect(registryHost('example.com:65535')).toBe('example.com:65535')
  })
})

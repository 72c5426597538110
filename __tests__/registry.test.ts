import { describe, expect, it } from '@jest/globals'
import { endpointHost, parseEndpoints } from '../src/endpoints.js'
import { InputError } from '../src/errors.js'
import {
  ENDPOINTS_ENV,
  HUB_OVERRIDE_ENV,
  registryHost,
  resolveRegistry
} from '../src/registry.js'
import {
  lastHostOf,
  registriesIn,
  registryNamedIn
} from '../src/text-registry.js'

describe('endpointHost', () => {
  it('gives docker the host of the base URL a host is sent to, else the host', () => {
    const endpoints = parseEndpoints(
      'ghcr.io=http://127.0.0.1:5001,123456789012.dkr.ecr.eu-west-1.amazonaws.com=http://127.0.0.1:5003/x'
    )
    expect(endpointHost('ghcr.io', endpoints)).toBe('127.0.0.1:5001')
    expect(
      endpointHost('123456789012.dkr.ecr.eu-west-1.amazonaws.com', endpoints)
    ).toBe('127.0.0.1:5003')
    expect(endpointHost('quay.io', endpoints)).toBe('quay.io')
  })
})

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
    ['[::1]:5000', '[::1]:5000'],
    // docker login keeps the host of a server address with a path
    ['ghcr.io/octocat/app', 'ghcr.io'],
    ['https://ghcr.io/octocat', 'ghcr.io'],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/app',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com'
    ]
  ])('registry %j is host %j', (input, host) => {
    expect(registryHost(input)).toBe(host)
  })

  it.each([
    ['https://user:secret@ghcr.io/octocat', /holds credentials/],
    ['https:/user:secret@ghcr.io/octocat', /holds credentials/],
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
      host: 'docker.io',
      server: 'docker.io',
      isDockerHub: true,
      profile: 'docker-hub',
      registryUrl: 'https://registry-1.docker.io',
      hubApiUrl: 'https://hub.docker.com',
      // its token service, asked without a ping (docs/docker-hub.md §1)
      challenge: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io'
      },
      endpoints: new Map()
    })
  })

  it('sends every Docker Hub request to the override', () => {
    const env = { [HUB_OVERRIDE_ENV]: 'http://127.0.0.1:5123' }
    expect(resolveRegistry('docker.io', env)).toEqual({
      input: 'docker.io',
      host: 'docker.io',
      server: '127.0.0.1:5123',
      isDockerHub: true,
      profile: 'docker-hub',
      registryUrl: 'http://127.0.0.1:5123',
      hubApiUrl: 'http://127.0.0.1:5123',
      challenge: {
        realm: 'http://127.0.0.1:5123/token',
        service: 'registry.docker.io'
      },
      endpoints: new Map()
    })
  })

  it('leaves other registries alone under the override', () => {
    const env = { [HUB_OVERRIDE_ENV]: 'http://127.0.0.1:5123' }
    expect(resolveRegistry('ghcr.io', env)).toEqual({
      input: 'ghcr.io',
      host: 'ghcr.io',
      server: 'ghcr.io',
      isDockerHub: false,
      profile: 'ghcr',
      registryUrl: 'https://ghcr.io',
      // GHCR's token service, asked without a ping (docs/registries.md §1)
      challenge: { realm: 'https://ghcr.io/token', service: 'ghcr.io' },
      endpoints: new Map()
    })
  })

  it('sends a host named in DOCKER_LOGIN_PREFLIGHT_ENDPOINTS to its base URL, profile kept', () => {
    const env = {
      [ENDPOINTS_ENV]:
        ' ghcr.io=http://127.0.0.1:5001 , quay.io=https://127.0.0.1:5002/ignored/path'
    }
    const ghcr = resolveRegistry('ghcr.io', env)
    expect(ghcr).toMatchObject({
      host: 'ghcr.io',
      server: '127.0.0.1:5001',
      profile: 'ghcr',
      registryUrl: 'http://127.0.0.1:5001',
      // its realm's host is sent there too: asked without a ping
      challenge: { realm: 'https://ghcr.io/token', service: 'ghcr.io' }
    })
    expect(ghcr.endpoints.get('quay.io')).toBe('https://127.0.0.1:5002')
    expect(resolveRegistry('quay.io', env)).toMatchObject({
      server: '127.0.0.1:5002',
      profile: 'quay',
      registryUrl: 'https://127.0.0.1:5002'
    })
    // a host not named goes where it is
    expect(resolveRegistry('registry.gitlab.com', env)).toMatchObject({
      server: 'registry.gitlab.com',
      registryUrl: 'https://registry.gitlab.com'
    })
  })

  it("pings first when a known realm's host is not sent where the registry is", () => {
    const env = { [ENDPOINTS_ENV]: 'registry.gitlab.com=http://127.0.0.1:5003' }
    const target = resolveRegistry('registry.gitlab.com', env)
    expect(target.registryUrl).toBe('http://127.0.0.1:5003')
    expect(target.challenge).toBeUndefined()
    const both = resolveRegistry('registry.gitlab.com', {
      [ENDPOINTS_ENV]:
        'registry.gitlab.com=http://127.0.0.1:5003,gitlab.com=http://127.0.0.1:5004'
    })
    expect(both.challenge?.realm).toBe('https://gitlab.com/jwt/auth')
  })

  it('takes a Docker Hub entry of DOCKER_LOGIN_PREFLIGHT_ENDPOINTS as the Hub override', () => {
    const target = resolveRegistry('docker.io', {
      [ENDPOINTS_ENV]: 'docker.io=http://127.0.0.1:5123'
    })
    expect(target).toMatchObject({
      server: '127.0.0.1:5123',
      hubApiUrl: 'http://127.0.0.1:5123',
      challenge: { realm: 'http://127.0.0.1:5123/token' }
    })
    // DOCKER_LOGIN_PREFLIGHT_HUB keeps its meaning, and wins
    expect(
      resolveRegistry('docker.io', {
        [ENDPOINTS_ENV]: 'docker.io=http://127.0.0.1:5123',
        [HUB_OVERRIDE_ENV]: 'http://127.0.0.1:6000'
      }).server
    ).toBe('127.0.0.1:6000')
  })

  it.each([
    ['ghcr.io', /host=base-url/],
    ['=http://127.0.0.1:1', /host=base-url/],
    ['ghcr.io=', /http:\/\/ or https:\/\/ base URL/],
    ['ghcr.io=ftp://127.0.0.1:21', /http:\/\/ or https:\/\/ base URL/],
    ['bad host=http://127.0.0.1:1', /host=base-url/]
  ])(
    'refuses DOCKER_LOGIN_PREFLIGHT_ENDPOINTS %j, naming it',
    (value, message) => {
      const resolve = () =>
        resolveRegistry('ghcr.io', { [ENDPOINTS_ENV]: value })
      expect(resolve).toThrow(InputError)
      expect(resolve).toThrow(message)
      expect(resolve).toThrow(ENDPOINTS_ENV)
    }
  )

  it.each([
    ['ghcr.io', 'ghcr'],
    ['GHCR.IO', 'ghcr'],
    ['https://ghcr.io/v2/', 'ghcr'],
    ['ghcr.io:443', 'ghcr'],
    ['docker.io:443', 'generic'],
    ['registry.gitlab.com', 'gitlab'],
    ['quay.io', 'quay'],
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'ecr'],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', 'ecr'],
    ['123456789012.dkr-ecr.us-east-1.on.aws', 'ecr'],
    ['public.ecr.aws', 'ecr'],
    ['12345.dkr.ecr.eu-west-1.amazonaws.com', 'generic'],
    ['europe-west1-docker.pkg.dev', 'gar'],
    ['us-docker.pkg.dev', 'gar'],
    ['gcr.io', 'gar'],
    ['eu.gcr.io', 'gar'],
    ['acme.azurecr.io', 'acr'],
    ['acme.azurecr.cn', 'acr'],
    ['harbor.example.com', 'generic'],
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

  it.each([
    ['ghcr.io=http://127.0.0.1:1,ghcr.io=http://127.0.0.1:2', 'DOCKER_LOGIN_PREFLIGHT_ENDPOINTS names ghcr.io twice: give each host one base URL'],
    ['ghcr.io=http://127.0.0.1:1,GHCR.IO=http://127.0.0.1:2', 'DOCKER_LOGIN_PREFLIGHT_ENDPOINTS names ghcr.io twice: give each host one base URL'],
    ['ghcr.io:0=http://127.0.0.1:1', 'DOCKER_LOGIN_PREFLIGHT_ENDPOINTS must be comma-separated host=base-url pairs such as ghcr.io=http://127.0.0.1:5001, ports 1 to 65535 (got "ghcr.io:0=http://127.0.0.1:1")'],
    ['ghcr.io:70000=http://127.0.0.1:1', 'DOCKER_LOGIN_PREFLIGHT_ENDPOINTS must be comma-separated host=base-url pairs such as ghcr.io=http://127.0.0.1:5001, ports 1 to 65535 (got "ghcr.io:70000=http://127.0.0.1:1")'],
    ['ghcr.io=http://127.0.0.1:0', 'DOCKER_LOGIN_PREFLIGHT_ENDPOINTS must give an http:// or https:// base URL such as http://127.0.0.1:5001, port 1 to 65535 (got "http://127.0.0.1:0")']
  ])('refuses DOCKER_LOGIN_PREFLIGHT_ENDPOINTS %j: %s', (value, message) => {
    expect(() => resolveRegistry('ghcr.io', { [ENDPOINTS_ENV]: value })).toThrow(new InputError(message))
  }) // prettier-ignore

  it.each([
    // a mirror's long host with a mistyped scheme, a pair without host=, a
    // long host named twice, a long scheme (attack-45 A45-02)
    [ENDPOINTS_ENV, 'quay.io=htps://quay-mirror.ci-infrastructure.internal.example.com:8443'],
    [ENDPOINTS_ENV, 'http://registry-mirror.ci-infrastructure.internal.example.com:5001'],
    [ENDPOINTS_ENV, `${'a'.repeat(150)}.example.com=http://127.0.0.1:1,${'a'.repeat(150)}.example.com=http://127.0.0.1:2`],
    [HUB_OVERRIDE_ENV, `hub=https://${'mirror-'.repeat(30)}.example.com:0`]
  ])('an error of %s fits one line under 200 characters (%j)', (variable, value) => {
    const message = (() => {
      try {
        resolveRegistry(variable === ENDPOINTS_ENV ? 'quay.io' : 'docker.io', { [variable]: variable === HUB_OVERRIDE_ENV ? value.slice(4) : value })
      } catch (error) {
        return (error as Error).message
      }
      return ''
    })()
    expect(message).toMatch(new RegExp(`^${variable} `))
    expect(message.length).toBeLessThan(200)
  }) // prettier-ignore

  it('a registry with a long scheme fits one line under 200 characters (attack-45 A45-02)', () => {
    expect(() => resolveRegistry(`${'x'.repeat(150)}://ghcr.io`, {})).toThrow(/^Input "registry" must be a registry host such as ghcr\.io, not a x{20}…:\/\/ URL$/)
  }) // prettier-ignore

  it('matches a host of DOCKER_LOGIN_PREFLIGHT_ENDPOINTS in any case, as hosts compare', () => {
    const env = { [ENDPOINTS_ENV]: 'GHCR.IO:5000=http://127.0.0.1:5001' }
    expect(resolveRegistry('ghcr.io:5000', env).registryUrl).toBe('http://127.0.0.1:5001')
    expect(resolveRegistry('Ghcr.Io:5000', env).server).toBe('127.0.0.1:5001')
  }) // prettier-ignore

  it.each([
    [HUB_OVERRIDE_ENV, 'ftp://admin:hunter2pass@hub.internal'],
    [HUB_OVERRIDE_ENV, 'http://admin:hunter2pass@127.0.0.1:5000'],
    [HUB_OVERRIDE_ENV, 'admin:hunter2pass@hub internal'],
    [HUB_OVERRIDE_ENV, 'http:/admin:hunter2pass@127.0.0.1:0'],
    [HUB_OVERRIDE_ENV, 'http:\\\\admin:hunter2pass@127.0.0.1:5000'],
    [ENDPOINTS_ENV, 'ghcr.io=ftp://admin:hunter2pass@hub.internal'],
    [ENDPOINTS_ENV, 'ghcr.io=http://admin:hunter2pass@127.0.0.1:5001'],
    [ENDPOINTS_ENV, 'bad host=http://admin:hunter2pass@127.0.0.1:5001'],
    [ENDPOINTS_ENV, 'admin:hunter2pass@ghcr.io=http://127.0.0.1:5001']
  ])('refuses %s holding credentials (%j) without quoting them (D12)', (variable, value) => {
    const registry = variable === HUB_OVERRIDE_ENV ? 'docker.io' : 'ghcr.io'
    expect(() => resolveRegistry(registry, { [variable]: value })).toThrow(
      new InputError(`${variable} holds credentials (user:password@host): give the base URL alone, such as http://127.0.0.1:5000; the preflight sends the login's own credential`)
    )
  }) // prettier-ignore

  it.each(['not a url', 'ftp://127.0.0.1:21'])(
    'refuses the override %j with a clear error',
    (value) => {
      expect(() =>
        resolveRegistry('docker.io', { [HUB_OVERRIDE_ENV]: value })
      ).toThrow(new RegExp(HUB_OVERRIDE_ENV))
    }
  )
})

// docs/registries.md §13qq (h): GitHub's Container registry on GHE.com
// (containers.SUBDOMAIN.ghe.com) and on a GitHub Enterprise Server
// (containers.HOSTNAME, HOSTNAME from the job's GITHUB_SERVER_URL)
describe("resolveRegistry: GitHub's Container registry beyond ghcr.io", () => {
  it.each([
    ['containers.octo.ghe.com', {}, 'ghcr'],
    ['CONTAINERS.octo.ghe.com', {}, 'ghcr'],
    ['containers.ghes.example.com', { GITHUB_SERVER_URL: 'https://ghes.example.com' }, 'ghcr'],
    ['containers.ghes.example.com', { GITHUB_SERVER_URL: 'https://GHES.example.com/' }, 'ghcr'],
    // not the job's own server, or no server named: another registry
    ['containers.ghes.example.com', {}, 'generic'],
    ['containers.ghes.example.com', { GITHUB_SERVER_URL: 'https://other.example.com' }, 'generic'],
    ['containers.github.com', { GITHUB_SERVER_URL: 'https://github.com' }, 'generic'],
    ['containers.ghes.example.com', { GITHUB_SERVER_URL: 'not a url' }, 'generic'],
    ['registry.octo.ghe.com', {}, 'generic']
  ] as const)('%s with %j: %s', (host, env, profile) => {
    expect(resolveRegistry(host, env).profile).toBe(profile)
  }) // prettier-ignore
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

// attack round 15: options before a reference it cannot read were read
// in exponential time
describe('registriesIn reads a command line in linear time', () => {
  it('many options, then a reference it cannot read', () => {
    const text = `docker pull ${'--platform=linux/amd64 '.repeat(2000)}"$IMAGE"`
    const started = performance.now()
    expect(registryNamedIn(text)).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(500)
  })
}) // prettier-ignore

describe('registriesIn: the family a storage host names without a host', () => {
  it("ECR's S3 layer bucket names ECR, no host; a host named wins", () => {
    const bucket = 'failed open: unexpected status from GET request to https://prod-us-east-1-starport-layer-bucket.s3.us-east-1.amazonaws.com/a1b2/4f4f: 403 Forbidden'
    expect(registriesIn(bucket)).toEqual({ named: undefined, requested: undefined, family: 'ecr' })
    expect(registriesIn(`docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\n${bucket}`)).toEqual({ named: '123456789012.dkr.ecr.us-east-1.amazonaws.com', requested: undefined })
    expect(registriesIn('unauthorized: authentication required')).toEqual({ named: undefined, requested: undefined })
  })

  it("lastHostOf: the last host of a family the text names, a URL's or an image reference's (attack-23 repro-01)", () => {
    const text = 'Head "https://registry-1.docker.io/v2/library/node/manifests/20": i/o timeout\nfailed to push ghcr.io/acme/api:1: denied\nHead "https://ghcr.io/v2/acme/web/manifests/2": denied\nfailed to push ghcr.io/acme/app:3: denied'
    expect(registriesIn(text).requested).toBe('docker.io')
    expect(lastHostOf(text, 'ghcr')).toBe('ghcr.io')
    expect(lastHostOf(text, 'docker-hub')).toBe('docker.io')
    expect(lastHostOf(text, 'quay')).toBeUndefined()
    // a storage host is no registry's host
    expect(lastHostOf('GET https://prod-us-east-1-starport-layer-bucket.s3.us-east-1.amazonaws.com/a: 403', 'ecr')).toBeUndefined()
  })
}) // prettier-ignore

describe('registryNamedIn: the registry an error text names (explain without --registry)', () => {
  it.each([
    ['a /v2/ request', 'Get "https://myreg.azurecr.io/v2/": unauthorized: authentication required, visit https://aka.ms/acr/authorization', 'myreg.azurecr.io'],
    ['a /v2/ request of an unknown host, with its port', 'Get https://registry.example.com:5000/v2/: http: server gave HTTP response to HTTPS client', 'registry.example.com:5000'],
    ["Docker Hub's token service", 'failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Fnode%3Apull: 401 Unauthorized', 'docker.io'],
    ["Docker Hub's registry host, by its name", 'Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout', 'docker.io'],
    ['a host a family owns, without /v2/', 'denied: see https://ghcr.io/octo-org/app', 'ghcr.io'],
    ['a documentation link only', 'unauthorized: authentication required, visit https://aka.ms/acr/authorization', undefined],
    ['an unknown token service only', 'error: GET https://gitlab.example.com/jwt/auth?service=container_registry: 401', undefined],
    ['an address no registry can have', 'Get "https://127.0.0.1:99999/v2/": refused', undefined],
    ['no URL', 'unauthorized: authentication required', undefined],
    // image references (attack round 11): the last one a family owns
    ['an ECR image pulled, its layer refused by S3', '$ docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.2\nError response from daemon: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://prod-us-east-1-starport-layer-bucket.s3.us-east-1.amazonaws.com/a1b2/4f4f?X-Amz-Security-Token=abc: 403 Forbidden', '123456789012.dkr.ecr.us-east-1.amazonaws.com'],
    ["BuildKit's base image on ECR Public", 'ERROR: failed to solve: public.ecr.aws/docker/library/node:20-alpine: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://d2glxqk2uabbnd.cloudfront.net/e3c2?Expires=1: 403 Forbidden', 'public.ecr.aws'],
    ['the push after a base image pull: the last reference', '#2 [internal] load metadata for docker.io/library/node:20\n#12 pushing ghcr.io/octo-org/app:1 with docker\n#12 ERROR: denied: permission_denied', 'ghcr.io'],
    ['a Go import path and a plain host name no family owns', 'panic at github.com/acme/tool/pkg/x.go:12 pulling registry.example.com/app:1: denied', undefined],
    // attack round 13: docker's words name the failing reference, a short
    // name being Docker Hub's, after an earlier pull from another registry
    ['a short name refused after a pull from ECR', '$ docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/tools:2\nStatus: Downloaded newer image for 123456789012.dkr.ecr.us-east-1.amazonaws.com/tools:2\n$ docker run --rm acme/private:1.4\nUnable to find image \'acme/private:1.4\' locally\ndocker: Error response from daemon: pull access denied for acme/private, repository does not exist or may require \'docker login\'', 'docker.io'],
    ['a private registry docker names', 'Error response from daemon: pull access denied for registry.example.com:5000/app, repository does not exist', 'registry.example.com:5000'],
    ['a platform option before the image', '$ docker pull --platform linux/amd64 ghcr.io/acme/app:1\nError response from daemon: denied', 'ghcr.io'],
    // attack round 14: the runner's "Docker pull failed" names no image; a
    // --platform value is no reference; a registry's own log names its host
    ['the runner\'s "Docker pull failed" after the refused pull', 'Error response from daemon: pull access denied for us-docker.pkg.dev/acme/tools/app, repository does not exist or may require \'docker login\'\nWarning: Docker pull failed with exit code 1, back off 2.5 seconds before retry.\nError: Docker pull failed with exit code 1', 'us-docker.pkg.dev'],
    ['a platform value before an image of a host no family owns', '$ docker pull --platform linux/amd64 registry.example.com/app:1\nError response from daemon: unauthorized', 'registry.example.com'],
    ["a registry's own log", 'time="2026-11-28T10:00:00Z" level=warning msg="error authorizing context: insufficient scope" http.request.host="registry.example.com" http.request.uri="/v2/team/app/blobs/uploads/"', 'registry.example.com'],
    // attack round 15: the registry's JSON log format
    ["a registry's JSON log", '{"http.request.host":"registry.example.com","http.request.uri":"/v2/","level":"warning","msg":"error authorizing context: authorization token required"}', 'registry.example.com'],
    ['many options before the image', `docker pull ${'--platform=linux/amd64 '.repeat(20)}--quiet ghcr.io/acme/app:1\nError response from daemon: denied`, 'ghcr.io'],
    ['a file path holding a host-like name', 'open /home/u/.docker/ghcr.io/x: permission denied', undefined],
    // storage hosts are never the registry, whatever their path; some name it
    ["ECR Public's CloudFront host, with /v2/ in its path", 'latest: Pulling from docker/library/redis\nfailed open: unexpected status from GET request to https://d2glxqk2uabbnd.cloudfront.net/v2/docker/library/redis/blobs/sha256:0123: 403 Forbidden', 'public.ecr.aws'],
    ["an ACR data endpoint", 'failed open: unexpected status from GET request to https://myreg.eastus.data.azurecr.io/docker/registry/v2/blobs/sha256/01/0123/data: 403 Forbidden', 'myreg.azurecr.io'],
    ["GHCR's layer host", 'failed open: unexpected status from GET request to https://pkg-containers.githubusercontent.com/ghcr1/blobs/sha256:0123: 403 Forbidden', 'ghcr.io'],
    ["Quay's CDN", 'failed open: unexpected status from GET request to https://cdn02.quay.io/sha256/01/0123?signature=x: 403 Forbidden', 'quay.io'],
    ['a CDN of no one registry', 'failed open: unexpected status from GET request to https://d111111abcdef8.cloudfront.net/v2/x/blobs/sha256:0123: 403 Forbidden', undefined],
    // attack-26 repro-01: a registry at an IPv6 address (docker's own words)
    ['an IPv6 registry with a port', 'Error response from daemon: login attempt to http://[::1]:5000/v2/ failed with status: 401 Unauthorized', '[::1]:5000'],
    ['an IPv6 registry without a port', 'Get "https://[FD00::5]/v2/": unauthorized: authentication required', '[fd00::5]']
  ])('%s', (_name, text, host) => {
    expect(registryNamedIn(text)).toBe(host)
  })
}) // prettier-ignore

/**
 * What `explain` answers for texts users paste — the development set of
 * this change: Docker Hub's 2FA/MFA phrasings, texts that are not about a
 * login (by a rule, or because they hold no word of a login), and the
 * look-alikes of docs/registries.md §10 (a missing or private repository,
 * the Actions cache, a proxy's rate limit, a stale stored login). Every
 * text is quoted as it was seen, with where; each is judged on every
 * profile's rule table. Then the texts of the new cases, the vocabulary
 * that tells a login-ish text from another, and the command line's
 * headlines through `main()`.
 */
import { describe, expect, it } from '@jest/globals'
import type { Evidence, HttpExchange } from '../src/evidence.js'
import { analyzeInputs } from '../src/input-analysis.js'
import { judge, judgeText, speaksOfLogin } from '../src/judge.js'
import { COMMON_REMEDIATION } from '../src/profiles/texts/common.js'
import { DOCKER_HUB, PROFILES, type ProfileId } from '../src/profiles/index.js'
import {
  errorLine,
  remediationFor,
  type RemediationContext
} from '../src/remediation.js'
import { EXPLAIN_UNKNOWN_TITLE } from '../src/report.js'
import {
  eachOnEveryProfile,
  explain,
  type ExplainRow
} from '../__fixtures__/explain.js'

type Row = ExplainRow

// ---------------------------------------------------------------------------
// The development set

const TWO_FACTOR: Row[] = [
  {
    text: 'two-factor authentication is required',
    source:
      'the error Docker Hub 2FA troubleshooting guides are titled by (deverrors.com/errors/docker-login-failed-2fa)',
    diagnosis: 'password-with-2fa',
    rule: 'HUB012'
  },
  {
    text: 'Error:  Require secondary authentication on MFA enable account',
    source:
      'docker-archive-public/docker.kitematic#5537 (as the user typed it)',
    diagnosis: 'password-with-2fa',
    rule: 'HUB004'
  },
  {
    text: 'Error type: 401\nError Message: Require secondary authentication on MFA enabled account',
    source: 'microsoft/vscode-docker#1591',
    diagnosis: 'password-with-2fa',
    rule: 'HUB004'
  },
  {
    text: '❯ hub-tool account info\n2FA required, please provide the 6 digit code: ',
    source: 'docker/hub-tool#162 (internal/login/login.go)',
    diagnosis: 'password-with-2fa',
    rule: 'HUB013'
  },
  // Docker Hub's PAT wording names 2FA or SSO: still pat-required
  {
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: please use personal access token to login',
    source: 'docker/hub-feedback#1981 (docker login)',
    diagnosis: 'pat-required',
    rule: 'HUB006'
  },
  // GitLab's 2FA texts stay GitLab's
  {
    text: 'Gitlab registry creation failed. HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password. See https://gitlab.com/help/user/profile/account/two_factor_authentication#troubleshooting',
    source: 'swarmpit/swarmpit#657',
    diagnosis: 'invalid-credentials',
    rule: 'GL001'
  },
  {
    text: 'Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you\'re required to use a token instead of a password. If a token was provided, it was either incorrect, expired, or improperly scoped. See https://gitlab.com/help/user/profile/account/two_factor_authentication_troubleshooting.md#error-http-basic-access-denied-if-a-password-was-provided-for-git-authentication-',
    source: 'basecamp/kamal#1498',
    diagnosis: 'invalid-credentials',
    rule: 'GL001'
  }
]

const NOT_A_LOGIN: Row[] = [
  {
    text: 'Error response from daemon: manifest for octocat/app:v9 not found: manifest unknown: manifest unknown',
    source: 'distribution MANIFEST_UNKNOWN as docker prints it',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK001',
    case: 'manifest-unknown'
  },
  {
    text: "docker: Error response from daemon: image with reference pihole/pihole:v5.2.1 was found but does not match the specified platform: wanted linux/arm64, actual: linux/amd64.\nSee 'docker run --help'.",
    source: 'docker/for-linux#1170',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK002',
    case: 'platform'
  },
  {
    text: 'no match for platform in manifest: not found',
    source: 'docker/for-mac#6356',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK002',
    case: 'platform'
  },
  {
    text: "WARNING: The requested image's platform (linux/arm64/v8) does not match the detected host platform (linux/amd64/v4) and no specific platform was requested\nexec /usr/local/bundle/bin/pg_easy_replicate: exec format error",
    source: 'shayonj/pg_easy_replicate#14',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK002',
    case: 'platform'
  },
  {
    text: 'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    source: 'chrisjbawden/cockpit-dockermanager#37 (docker 29)',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK003',
    case: 'filesystem'
  },
  {
    text: 'ERROR: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.40/info": dial unix /var/run/docker.sock: connect: permission denied',
    source: 'docker/for-linux#1020',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK003',
    case: 'filesystem'
  },
  {
    text: "PermissionError: [Errno 13] Permission denied: '/app/config/config.json'\nPermissionError: [Errno 13] Permission denied: '/app/logs/task_manager.log'",
    source: 'fqscfqj/Y2A-Auto#102',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK003',
    case: 'filesystem'
  },
  // no rule, and no word of a login: not a login failure, no case
  {
    text: 'failed to solve with frontend dockerfile.v0: failed to create LLB definition: docker.io/library/php:1.8.4-apache-buster: not found',
    source: 'docker/buildx#1031',
    diagnosis: 'not-a-login-failure',
    rule: null
  },
  {
    text: "Error response from daemon: error while creating mount source path '/mnt/tank/BACKUPFOLDER': chmod /mnt/tank/BACKUPFOLDER: operation not permitted",
    source: 'traktuner/docker-proton-drive-backup#20',
    diagnosis: 'not-a-login-failure',
    rule: null
  },
  {
    text: 'Error: Process completed with exit code 1.',
    source:
      "GitHub Actions' own line under a failed step (wukongdaily/DockerTarBuilder#11)",
    diagnosis: 'not-a-login-failure',
    rule: null
  },
  // no rule, but the words of a login: unknown
  {
    text: '#7 ERROR: authorization status: 401: authorization failed\n------\n > exporting to image:\n------\nerror: failed to solve: authorization status: 401: authorization failed',
    source: 'docker/build-push-action#556',
    diagnosis: 'unknown',
    rule: null
  }
]

const LOOK_ALIKES: Row[] = [
  // a missing or a private repository (pull)
  {
    text: "Error response from daemon: pull access denied for minio, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nError: Process completed with exit code 1.",
    source: 'wukongdaily/DockerTarBuilder#11',
    diagnosis: 'repository-not-found',
    rule: 'LOOK004'
  },
  {
    text: "Error response from daemon: pull access denied for openimis/backend, the repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'openimis/openimis-dist_dkr#35',
    diagnosis: 'repository-not-found',
    rule: 'LOOK004'
  },
  {
    text: 'failed to solve with frontend dockerfile.v0: failed to create LLB definition: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'COSCUP/COSCUP-Volunteer#36',
    diagnosis: 'repository-not-found',
    rule: 'LOOK004'
  },
  {
    text: 'Error response from daemon: repository myDockerHubUsername/myDockerHubRepo not found: does not exist or no pull access',
    source: 'moby/moby#30498',
    diagnosis: 'repository-not-found',
    rule: 'LOOK004'
  },
  {
    text: '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"mailhog"}}]}',
    source: 'distribution NAME_UNKNOWN (opencontainers/distribution-spec)',
    diagnosis: 'repository-not-found',
    rule: 'REG005'
  },
  {
    text: 'repository name not known to registry',
    source: 'the NAME_UNKNOWN message alone',
    diagnosis: 'repository-not-found',
    rule: 'REG005'
  },
  // the same words on a push stay a push denial
  {
    text: 'ERROR: failed to solve: failed to push latest: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'openedx/edx-notes-api#405',
    diagnosis: 'insufficient-scope',
    rule: 'REG001'
  },
  // the Actions cache
  {
    text: '#44 [barman-ubi9] exporting to image\n#44 pushing layers 1.0s done\n#44 ERROR: failed to push  <redacted>:3.12.1-ubi9: failed to copy: GET https://productionresultssa5.blob.core.windows.net/actions-cache/7e0-271151296\n--------------------------------------------------------------------------------\nRESPONSE 403: 403 Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nERROR CODE: AuthenticationFailed',
    source: 'docker/bake-action#313',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK005',
    case: 'actions-cache'
  },
  {
    text: '#17 ERROR: error writing layer blob: Patch "https://artifactcache.actions.githubusercontent.com/ZZykNmevxKcKtilmBliEZcTNHLY9TCICy4RK7vdM3fyFYHMRag/_apis/artifactcache/caches/730": http: read on closed response body',
    source: 'CERT-Polska/mwdb-core#515',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK005',
    case: 'actions-cache'
  },
  {
    text: '#53 ERROR: error writing layer blob: failed to reserve cache\nERROR: failed to build: failed to solve: error writing layer blob: failed to reserve cache',
    source: 'askalf/dario#603',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK005',
    case: 'actions-cache'
  },
  {
    text: '#11 DONE 454.7s\n#12 exporting to GitHub Actions Cache\n#12 ERROR: not_found\n##[error]buildx failed with: ERROR: failed to build: failed to solve: not_found',
    source: 'dsx-ai-factory/infra-controller#4198',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK005',
    case: 'actions-cache'
  },
  {
    text: '#19 [auth] library/gha:pull,push token for registry-1.docker.io\n#19 DONE 0.0s\nERROR: failed to solve: error writing layer blob: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    source: 'docker/build-push-action#869 (cache-to: gha without type=)',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK005',
    case: 'actions-cache'
  },
  // a registry cache refused is the registry's, not the Actions cache's:
  // GHCR refusing an upload (GHCR007)
  {
    text: '#41 ERROR: error writing layer blob: unexpected status from POST request to https://ghcr.io/v2/mrlvsb/kelvin-ci-cache/blobs/uploads/: 403 Forbidden',
    source: 'mrlvsb/kelvin#584',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR007'
  },
  // a proxy's or mirror's rate limit
  {
    text: '429 Too Many Requests - Server message: unknown: too many requests to upstream registry',
    source: 'goharbor/harbor#19257',
    diagnosis: 'rate-limited',
    rule: 'LOOK006',
    case: 'proxy'
  },
  {
    text: 'Error response from daemon: toomanyrequests: <!DOCTYPE html>\n<html class="no-js" lang="en-US">\n   <head>\n      <title>This website has been temporarily rate limited | docker.ketches.cn | Cloudflare</title>',
    source: 'ketches/registry-proxy#5',
    diagnosis: 'rate-limited',
    rule: 'LOOK006',
    case: 'proxy'
  },
  // Docker Hub's own pull limit is Docker Hub's
  {
    text: 'ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/rust/manifests/sha256:de6e081a4e9c10e70731071cec6f629892da1bbaa24b478a96bdc59060674117: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'ScribeMD/docker-cache#829',
    diagnosis: 'rate-limited',
    rule: 'HUB002'
  },
  // a stale stored login breaking a pull of a public image
  {
    text: 'Pulling the latest compute node image...\nError response from daemon: Head "https://registry-1.docker.io/v2/firstbatch/dkn-compute-node/manifests/latest": unauthorized: incorrect username or password\nError during pulling the latest compute node image',
    source: 'firstbatchxyz/dkn-compute-launcher#1',
    diagnosis: 'stale-login',
    rule: 'HUB014'
  },
  {
    text: 'Using default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/kunickiaj/kudu/manifests/latest: unauthorized: incorrect username or password',
    source: 'kunickiaj/kudu-docker#7',
    diagnosis: 'stale-login',
    rule: 'HUB014'
  },
  {
    text: 'Step 1/2 : FROM node:8\nGet https://registry-1.docker.io/v2/library/node/manifests/8: unauthorized: incorrect username or password',
    source: 'nodejs/docker-node#553',
    diagnosis: 'stale-login',
    rule: 'HUB014'
  },
  {
    text: '$ docker pull koalaman/scbuilder:latest\nError response from daemon: Get https://registry-1.docker.io/v2/koalaman/scbuilder/manifests/latest: unauthorized: please use personal access token to login',
    source: 'docker/hub-feedback#1981 (docker pull after 2FA was turned on)',
    diagnosis: 'stale-login',
    rule: 'HUB014'
  },
  {
    text: 'Error response from daemon: Head "https://ghcr.io/v2/genspectrum/lapis-silo/manifests/latest": denied: denied',
    source: 'GenSpectrum/LAPIS-SILO#566',
    diagnosis: 'stale-login',
    rule: 'GHCR003'
  },
  // the same wording at login is a wrong password
  {
    text: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    source: 'nodejs/docker-node#553 (docker login)',
    diagnosis: 'invalid-credentials',
    rule: 'HUB010'
  }
]

// w-clients: client wordings (docker CLI and daemon, BuildKit, containerd,
// the kubelet, podman), TLS and Docker Hub's unauthenticated limit
const CLIENTS: Row[] = [
  {
    text: 'Failed to pull image "registry.example.com/my/app:latest": rpc error: code = Unknown desc = failed to resolve image "registry.example.com/my/app:latest": failed to fetch anonymous token: unexpected status: 403 Forbidden',
    source: 'kubernetes/kubernetes#66162 (a pull with no credential sent)',
    diagnosis: 'missing-credentials',
    rule: 'CLI008',
    case: 'anonymous-pull'
  },
  {
    text: 'Must provide --username with --password-stdin',
    source: 'docker/scout-cli#32 (docker login with an empty username)',
    diagnosis: 'missing-credentials',
    rule: 'CLI009',
    case: 'username'
  },
  {
    text: 'The push refers to repository [docker.io/duolabmeng666/php8-nginx]\nERROR: An image does not exist locally with the tag: duolabmeng666/php8-nginx',
    source: 'docker/docs#13093 (docker-compose push)',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK008'
  },
  {
    text: 'ERROR: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    source: 'twistlock/RunC-CVE-2019-5736#2 (docker build)',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK007',
    case: 'docker-daemon'
  },
  {
    text: 'Error: short-name "helloworld" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
    source: 'podman-container-tools/podman#24989 (podman run)',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK012'
  },
  {
    text: 'failed to register layer: ApplyLayer exit status 1 stdout:  stderr: mkdir /root/.npm/registry.npmjs.org/har-validator: no space left on device',
    source: 'moby/moby#29508 (docker pull)',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK009'
  },
  {
    text: 'Error: buildx failed with: error: cache export feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")',
    source: 'docker/docs#14155 (build-push-action with cache-to)',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK011'
  },
  {
    text: 'Error response from daemon: Get https://our.company.registry:5000/v2/: x509: certificate is not valid for any names, but wanted to match our.company.registry',
    source: 'docker/for-linux#248 (docker login)',
    diagnosis: 'registry-unreachable',
    rule: 'NET006',
    case: 'tls-name-mismatch'
  },
  {
    text: 'Error response from daemon: Get https://docker.nanonets.com/v2/: x509: certificate has expired or is not yet valid',
    source: 'NanoNets/RaspberryPi-ObjectDetection-TensorFlow#1 (docker pull)',
    diagnosis: 'registry-unreachable',
    rule: 'NET007',
    case: 'tls-expired'
  },
  {
    text: 'Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
    source: 'docker/hub-feedback#2464 (a pull without a login)',
    diagnosis: 'rate-limited',
    rule: 'HUB015'
  }
]

const ROWS = [...TWO_FACTOR, ...NOT_A_LOGIN, ...LOOK_ALIKES, ...CLIENTS]

describe('the development set: every text, on every profile', () => {
  eachOnEveryProfile(ROWS, (row) => row.source)

  it('every row names where it was seen', () => {
    for (const row of ROWS) expect(row.source.length).toBeGreaterThan(10)
  })
})

describe('judgeText: a text no rule knows', () => {
  it('with no word of a login: not a login failure, no case, its own evidence line', () => {
    const verdict = judgeText(
      'Error response from daemon: conflict: unable to remove repository reference "app" (must force) - container 3f1a is using its referenced image 9b2c',
      DOCKER_HUB
    )
    expect(verdict).toEqual({
      diagnosis: 'not-a-login-failure',
      warnings: [],
      evidence: [
        'no known wording and no word of a login (no 401 or 403, unauthorized, denied, login, credential, token, password…) in "Error response from daemon: conflict: unable to remove repository reference "app" (must force) - container 3f1a is using its referenced image 9b2c": not about logging in'
      ],
      preflight: 'not-sent',
      push: [],
      pushAccess: 'not-checked'
    })
  })

  it('with the words of a login: unknown, quoted', () => {
    const verdict = judgeText(
      "Error response from daemon: login attempt to https://registry.example.com/v2/ failed with status: 418 I'm a teapot",
      DOCKER_HUB
    )
    expect(verdict.diagnosis).toBe('unknown')
    expect(verdict.rule).toBeUndefined()
    expect(verdict.case).toBeUndefined()
    expect(verdict.evidence).toEqual([
      'no known wording in "Error response from daemon: login attempt to https://registry.example.com/v2/ failed with status: 418 I\'m a teapot"'
    ])
  })

  it('an empty text is still unknown, not "not a login failure"', () => {
    expect(judgeText(' \n\t', DOCKER_HUB).diagnosis).toBe('unknown')
  })
})

describe('speaksOfLogin: the words of logging in', () => {
  it.each([
    'unauthorized',
    'UNAUTHORIZED: authentication required',
    'denied: requested access to the resource is denied',
    'received unexpected HTTP status: 403 Forbidden',
    'status 401',
    '407 Proxy Authentication Required',
    'HTTP 429',
    'Error: Cannot perform an interactive login from a non TTY device',
    'please log in first',
    'you are logged out',
    'sign in to continue',
    'error getting credentials',
    'the token has expired',
    'wrong password',
    'non-null username required',
    'your account is locked',
    'secret DOCKERHUB_TOKEN is empty',
    'insufficient scopes',
    'no pull access',
    'enable 2FA',
    'MFA is on',
    'SSO is enforced',
    'use a PAT',
    'two-factor',
    'multi factor',
    'insufficient permissions',
    'oauth2'
  ])('%s', (text) => {
    expect(speaksOfLogin(text)).toBe(true)
  })

  it.each([
    'the quick brown fox jumps over the lazy dog 42',
    'manifest for app:v9 not found',
    'exec /app/run: exec format error',
    'no space left on device',
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1',
    'sha256:4013a4012a401b (digests are not statuses)',
    'a catalog including blogs',
    'pattern matched'
  ])('not: %s', (text) => {
    expect(speaksOfLogin(text)).toBe(false)
  })
})

// ---------------------------------------------------------------------------
// The texts of the new cases

const HUB: RemediationContext = {
  registry: 'docker.io',
  profile: 'docker-hub',
  username: 'octocat'
}

const CONTEXTS: RemediationContext[] = PROFILES.map((profile) => ({
  registry: profile.id === 'docker-hub' ? 'docker.io' : 'registry.example.com',
  profile: profile.id as ProfileId,
  username: 'ci'
}))

describe('the texts of the look-alikes', () => {
  it.each(CONTEXTS.map((c) => [c.profile, c] as const))(
    "rate-limited, proxy, on %s: the proxy's or mirror's limit, not the registry's",
    (_id, context) => {
      const texts = remediationFor('rate-limited', {
        ...context,
        case: 'proxy'
      })
      expect(texts.title).toBe("A proxy's or mirror's rate limit")
      expect(errorLine('rate-limited', { ...context, case: 'proxy' })).toBe(
        "A proxy's or mirror's rate limit: the limit is the proxy's or mirror's, not the registry's: wait and re-run, or have its operators raise it"
      )
      expect(texts.why).toContain('not the cause')
      expect(JSON.stringify(texts)).not.toMatch(
        /Docker Hub|authenticated pulls/
      )
    }
  )

  it.each(CONTEXTS.map((c) => [c.profile, c] as const))(
    'repository-not-found on %s: missing and private, both said',
    (_id, context) => {
      const texts = remediationFor('repository-not-found', context)
      const all = `${texts.error} ${texts.why} ${texts.steps.join(' ')}`
      expect(all).toContain('does not exist')
      expect(all).toContain('private')
      expect(all).toContain(`log in to ${context.registry}`)
    }
  )

  it('stale-login on Docker Hub: docker logout with no server, which docker logout docker.io is not', () => {
    const texts = remediationFor('stale-login', HUB)
    expect(errorLine('stale-login', HUB)).toBe(
      'A stored login breaks the pull: run docker logout (no server: that is Docker Hub), or log in again: an outdated stored login is sent even for public images'
    )
    expect(texts.steps[0]).toContain('`docker logout` without a server name')
    expect(texts.steps[0]).toContain(
      '`docker logout docker.io` does not remove it'
    )
  })

  it('stale-login elsewhere: docker logout of that registry', () => {
    expect(
      errorLine('stale-login', {
        registry: 'registry.example.com',
        profile: 'generic',
        username: 'ci'
      })
    ).toContain('run docker logout registry.example.com')
  })

  it('not-a-login-failure, actions-cache: ignore-error, type=gha, and the runner credentials', () => {
    const texts = remediationFor('not-a-login-failure', {
      ...HUB,
      case: 'actions-cache'
    })
    const steps = texts.steps.join('\n')
    expect(texts.error).toContain('ignore-error=true')
    expect(steps).toContain('type=gha,mode=max,ignore-error=true')
    expect(steps).toContain('bare `gha`')
    expect(steps).toContain('ACTIONS_RUNTIME_TOKEN')
    expect(texts.docs).toEqual([
      'https://docs.docker.com/build/cache/backends/gha/'
    ])
  })

  it('not-a-login-failure without a case: says no login was refused', () => {
    expect(COMMON_REMEDIATION['not-a-login-failure']?.cases).toBeDefined()
    const texts = remediationFor('not-a-login-failure', HUB)
    expect(texts.title).toBe('This is not a login failure')
    expect(texts.why).toContain(
      'does not say that a login or a credential was refused'
    )
  })
})

// ---------------------------------------------------------------------------
// The command line

describe('explain: the headlines', () => {
  it.each([
    [
      'a text with no word of a login',
      'Error response from daemon: conflict: unable to delete 9b2c (must be forced) - image is being used by stopped container 3f1a',
      'Diagnosis: not-a-login-failure — This is not a login failure'
    ],
    [
      'a manifest unknown',
      'Error response from daemon: manifest for octocat/app:v9 not found: manifest unknown: manifest unknown',
      'Diagnosis: not-a-login-failure — The image tag or digest does not exist'
    ],
    [
      'an unknown login-ish text',
      'error: failed to solve: authorization status: 401: authorization failed',
      `Diagnosis: unknown — ${EXPLAIN_UNKNOWN_TITLE}`
    ],
    [
      "Docker Hub's 2FA text as guides quote it",
      'two-factor authentication is required',
      'Diagnosis: password-with-2fa — Password used on an account with two-factor authentication'
    ],
    [
      'a pull of a missing or private repository',
      "Error response from daemon: pull access denied for minio, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      'Diagnosis: repository-not-found — The repository was not found'
    ],
    [
      "a proxy's rate limit",
      '429 Too Many Requests - Server message: unknown: too many requests to upstream registry',
      "Diagnosis: rate-limited — A proxy's or mirror's rate limit"
    ],
    [
      'the Actions cache',
      '#53 ERROR: error writing layer blob: failed to reserve cache',
      'Diagnosis: not-a-login-failure — The GitHub Actions cache failed'
    ],
    [
      'a stale Docker Hub login',
      'Error response from daemon: Head "https://registry-1.docker.io/v2/firstbatch/dkn-compute-node/manifests/latest": unauthorized: incorrect username or password',
      'Diagnosis: stale-login — A stored login breaks the pull'
    ]
  ])('%s', async (_name, text, headline) => {
    const run = await explain(`${text}\n`)
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n')[0]).toBe(headline)
    expect(run.stdout).not.toContain('Login failed for an unrecognised reason')
  })

  it('no text explain reads claims a failed login it does not know', async () => {
    for (const text of [
      'the quick brown fox jumps over the lazy dog 42',
      'unauthorized: the flux capacitor said no',
      ''
    ]) {
      const run = await explain(text)
      expect(run.stdout).not.toContain('Login failed')
      const json = await explain(text, ['--json'])
      expect(
        (JSON.parse(json.stdout) as { title: string }).title
      ).not.toContain('Login failed')
    }
  })

  it('--json: not a login failure, with no rule and the evidence line', async () => {
    const run = await explain('Error: Process completed with exit code 1.\n', [
      '--json'
    ])
    expect(run.exitCode).toBe(1)
    const out = JSON.parse(run.stdout) as Record<string, unknown>
    expect(out.diagnosis).toBe('not-a-login-failure')
    expect(out.title).toBe('This is not a login failure')
    expect(out.rule).toBeNull()
    expect(out.evidence).toEqual([
      'no known wording and no word of a login (no 401 or 403, unauthorized, denied, login, credential, token, password…) in "Error: Process completed with exit code 1.": not about logging in'
    ])
  })

  it('--registry ghcr.io: a stale GHCR login names docker logout ghcr.io', async () => {
    const run = await explain(
      'Error response from daemon: Head "https://ghcr.io/v2/genspectrum/lapis-silo/manifests/latest": denied: denied',
      ['--registry', 'ghcr.io']
    )
    expect(run.stdout.split('\n')[0]).toBe(
      'Diagnosis: stale-login — A stored login breaks the pull'
    )
    expect(run.stdout).toContain('docker logout ghcr.io')
  })

  it('a 2FA text on Docker Hub gives the personal access token steps', async () => {
    const run = await explain(
      'Error:  Require secondary authentication on MFA enable account'
    )
    expect(run.stdout).toContain(
      'Account settings → Personal access tokens → Generate new token'
    )
    expect(run.stdout).toContain('password: ${{ secrets.DOCKERHUB_TOKEN }}')
  })
})

// ---------------------------------------------------------------------------
// The action's judge: what the shared rules imply

describe('judge: a case belongs to its own diagnosis', () => {
  const answer = (
    step: HttpExchange['step'],
    status: number,
    body = ''
  ): HttpExchange => ({
    step,
    method: 'GET',
    url: 'https://registry-1.docker.io/v2/',
    status,
    headers: {},
    body,
    attempts: 1
  })

  function evidence(pushBody: string): Evidence {
    return {
      registry: {
        input: 'docker.io',
        server: 'docker.io',
        profile: 'docker-hub'
      },
      username: 'octocat',
      input: analyzeInputs(
        'octocat',
        `dckr_pat_${'Q7w8E9r0T1'.repeat(3)}`,
        DOCKER_HUB
      ),
      preflight: 'ran',
      exchanges: [answer('token', 200, '{"token":"opaque"}')],
      push: [
        {
          repository: 'octocat/app',
          exchange: answer('push-token', 403, pushBody)
        }
      ],
      skipped: false
    }
  }

  it.each([
    ['a file permission', 'eacces: permission denied'],
    ["a proxy's rate limit", 'too many requests to upstream registry'],
    ['the Actions cache', 'failed to reserve cache … error writing layer blob']
  ])(
    'a push denied in the words of %s is insufficient-scope, without their case',
    (_name, words) => {
      const verdict = judge(evidence(JSON.stringify({ details: words })))
      expect(verdict.diagnosis).toBe('insufficient-scope')
      expect(['read-only-token', 'namespace']).toContain(verdict.case)
    }
  )
})

/**
 * GitLab, Harbor and Quay without the docker CLI: credential shapes (and
 * that robot names with `$` and `+` are never refused offline), the
 * refinements of a refusal, wordings as `explain` reads them, the texts,
 * and the preflight's traffic in process against the emulators
 * (docs/registries.md §2–§4).
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  startFamilyRegistry,
  type FamilyRegistry
} from '../emulator/registries/engine.js'
import { GITLAB_ACCOUNTS, GITLAB_SPEC } from '../emulator/registries/gitlab.js'
import { HARBOR_ACCOUNTS, HARBOR_SPEC } from '../emulator/registries/harbor.js'
import { QUAY_ACCOUNTS, QUAY_SPEC } from '../emulator/registries/quay.js'
import type { DockerCli } from '../src/docker.js'
import type { Evidence } from '../src/evidence.js'
import { gather } from '../src/gather.js'
import { analyzeInputs } from '../src/input-analysis.js'
import { judge, judgeText } from '../src/judge.js'
import {
  GITLAB,
  HARBOR,
  QUAY,
  profileById,
  recognise,
  refinementsFor,
  type ProfileId
} from '../src/profiles/index.js'
import { parseChallenge } from '../src/protocol.js'
import { Secrets } from '../src/redact.js'
import { errorLine, remediationFor } from '../src/remediation.js'

// ---------------------------------------------------------------------------
// Credential shapes

describe('credential kinds from their shape', () => {
  it.each<{
    profile: ProfileId
    username: string
    password: string
    kind: string
  }>([
    {
      profile: 'gitlab',
      username: 'alice',
      password: `glpat-${'a1B2c3D4e5'.repeat(2)}`,
      kind: 'gitlab-personal-token'
    },
    // an instance prefix before GitLab's (docs/registries.md §2 (b))
    {
      profile: 'gitlab',
      username: 'alice',
      password: `mycorp-glpat-${'a1B2c3D4e5'.repeat(2)}`,
      kind: 'gitlab-personal-token'
    },
    {
      profile: 'gitlab',
      username: 'gitlab+deploy-token-12',
      password: 'x1Y2z3W4v5U6t7S8r9Q0',
      kind: 'gitlab-deploy-token'
    },
    {
      profile: 'gitlab',
      username: 'deployer',
      password: `gldt-${'a1B2c3D4e5'.repeat(2)}`,
      kind: 'gitlab-deploy-token'
    },
    {
      profile: 'gitlab',
      username: 'gitlab-ci-token',
      password: '64_x1Y2z3W4v5U6t7S8r9Q',
      kind: 'gitlab-job-token'
    },
    {
      profile: 'gitlab',
      username: 'octocat',
      password: 'glcbt-eyJraWQiOiJhIn0.eyJ2IjoxfQ.c2ln',
      kind: 'gitlab-job-token'
    },
    {
      profile: 'gitlab',
      username: 'octocat',
      password: 'SIE-glcbt-64_x1Y2z3W4v5U6t7S8r9Q',
      kind: 'gitlab-job-token'
    },
    {
      profile: 'gitlab',
      username: 'octocat',
      password: 'password-with-glpat-inside',
      kind: 'password'
    },
    {
      profile: 'harbor',
      username: 'robot$library+ci',
      password: 'hR4bq9ZtW2hR4bq9ZtW2',
      kind: 'harbor-robot'
    },
    {
      profile: 'harbor',
      username: 'robot$ci',
      password: 'hR4bq9ZtW2hR4bq9ZtW2',
      kind: 'harbor-robot'
    },
    {
      profile: 'quay',
      username: 'acme+ci',
      password: 'Q7KX2M9PLRQ7KX2M9PLR',
      kind: 'quay-robot'
    },
    {
      profile: 'quay',
      username: 'alice',
      password: 'hunter22',
      kind: 'password'
    }
  ])(
    '$username with $password on $profile: $kind',
    ({ profile, username, password, kind }) => {
      expect(
        analyzeInputs(username, password, profileById(profile)).credentialKind
      ).toBe(kind)
    }
  )

  it.each<{ profile: ProfileId; username: string }>([
    { profile: 'harbor', username: 'robot$library+ci' },
    { profile: 'harbor', username: 'robot$ci' },
    { profile: 'harbor', username: 'robot$my-project+build_01' },
    { profile: 'quay', username: 'acme+ci' },
    { profile: 'quay', username: 'my.org+deploy_bot' },
    { profile: 'gitlab', username: 'gitlab+deploy-token-1234' },
    { profile: 'generic', username: 'robot$library+ci' }
  ])(
    'the robot or token name $username is never refused offline on $profile',
    ({ profile, username }) => {
      for (const password of [
        'hR4bq9ZtW2hR4bq9ZtW2',
        'Q7KX2M9PLR+/=Q7KX2M9PLR',
        '$ecret-with-dollar',
        'pa$$word'
      ]) {
        const input = analyzeInputs(username, password, profileById(profile))
        expect(input.findings.filter((f) => f.decisive)).toEqual([])
        expect(input.findings.filter((f) => f.input === 'username')).toEqual([])
      }
    }
  )
})

// ---------------------------------------------------------------------------
// Recognition

describe('recognition by host and challenge', () => {
  it.each<{ host: string; challenge?: string; expected: ProfileId }>([
    { host: 'registry.gitlab.com', expected: 'gitlab' },
    {
      host: 'gitlab.example.com:5050',
      challenge:
        'Bearer realm="https://gitlab.example.com/jwt/auth",service="container_registry"',
      expected: 'gitlab'
    },
    // a realm behind a path prefix, named by its service
    {
      host: 'registry.example.com',
      challenge:
        'Bearer realm="https://sso.example.com/gitlab/token",service="container_registry"',
      expected: 'gitlab'
    },
    // Gitea and Forgejo name their service as GitLab does, with their own
    // realm (go-gitea/gitea routers/api/packages/container: /v2/token)
    {
      host: 'gitea.example.com',
      challenge:
        'Bearer realm="https://gitea.example.com/v2/token",service="container_registry",scope="*"',
      expected: 'generic'
    },
    {
      host: 'harbor.example.com',
      challenge:
        'Bearer realm="https://harbor.example.com/service/token",service="harbor-registry"',
      expected: 'harbor'
    },
    { host: 'quay.io', expected: 'quay' },
    {
      host: 'quay.example.com',
      challenge:
        'Bearer realm="https://quay.example.com/v2/auth",service="quay.example.com"',
      expected: 'quay'
    },
    {
      host: 'registry.example.com',
      challenge:
        'Bearer realm="https://registry.example.com/v2/token",service="registry.example.com"',
      expected: 'generic'
    },
    {
      host: 'registry.example.com',
      challenge: 'Basic realm="https://registry.example.com/v2/auth"',
      expected: 'generic'
    }
  ])('$host with $challenge is $expected', ({ host, challenge, expected }) => {
    expect(
      recognise(host, challenge ? parseChallenge(challenge) : undefined)
    ).toBe(expected)
  })

  it('the services know their token service in advance; self-managed ones do not', () => {
    expect(GITLAB.challenge?.('registry.gitlab.com')).toEqual({
      realm: 'https://gitlab.com/jwt/auth',
      service: 'container_registry'
    })
    expect(QUAY.challenge?.('quay.io')).toEqual({
      realm: 'https://quay.io/v2/auth',
      service: 'quay.io'
    })
    expect(GITLAB.challenge?.('gitlab.example.com')).toBeUndefined()
    expect(QUAY.challenge?.('quay.example.com')).toBeUndefined()
    expect(HARBOR.challenge).toBeUndefined()
  })
})

// ---------------------------------------------------------------------------
// Refinements

/** The evidence a refinement reads. */
function evidenceOf(
  profile: ProfileId,
  username: string,
  password: string
): Evidence {
  return {
    registry: { input: 'registry', server: 'registry', profile },
    username,
    input: analyzeInputs(username, password, profileById(profile)),
    preflight: 'ran',
    exchanges: [],
    push: [],
    skipped: false
  }
}

describe('refinements of a refused login', () => {
  const refinement = (id: string) =>
    [GITLAB, HARBOR, QUAY]
      .flatMap((p) => refinementsFor(p))
      .find((r) => r.id === id)

  it('GL101: a CI job token with another username than gitlab-ci-token', () => {
    const glcbt = 'glcbt-64_x1Y2z3W4v5U6t7S8r9Q'
    expect(
      refinement('GL101')?.refine(evidenceOf('gitlab', 'octocat', glcbt))
    ).toEqual({
      diagnosis: 'organization-token-username',
      lines: [
        'the password is a CI job token (glcbt-…): GitLab accepts it only with the username gitlab-ci-token'
      ],
      changed: true
    })
    expect(
      refinement('GL101')?.refine(
        evidenceOf('gitlab', 'gitlab-ci-token', glcbt)
      )
    ).toBeUndefined()
    // a value mangled on its way: the common refinement explains it
    expect(
      refinement('GL101')?.refine(
        evidenceOf('gitlab', 'octocat', `"${glcbt} "`)
      )
    ).toBeUndefined()
  })

  it('GL102: a deploy token with a username not its own is pointed out, not re-diagnosed', () => {
    const gldt = `gldt-${'a1B2c3D4e5'.repeat(2)}`
    expect(
      refinement('GL102')?.refine(evidenceOf('gitlab', 'alice', gldt))
    ).toMatchObject({
      diagnosis: 'invalid-credentials',
      changed: false
    })
    expect(
      refinement('GL102')?.refine(
        evidenceOf('gitlab', 'gitlab+deploy-token-7', gldt)
      )
    ).toBeUndefined()
  })

  it('HBR101: robot and robot+name are what a shell leaves of robot$…', () => {
    for (const username of ['robot', 'robot+ci', 'robot+library']) {
      const refined = refinement('HBR101')?.refine(
        evidenceOf('harbor', username, 'secret-secret')
      )
      expect(refined?.changed).toBe(false)
      expect(refined?.lines[0]).toContain("quote it as 'robot$…'")
    }
    for (const username of ['robot$library+ci', 'robotics', 'alice']) {
      expect(
        refinement('HBR101')?.refine(
          evidenceOf('harbor', username, 'secret-secret')
        )
      ).toBeUndefined()
    }
  })

  it('the judge applies them on the registry they belong to only', () => {
    const refused = (
      profile: ProfileId,
      username: string,
      password: string
    ): Evidence => ({
      ...evidenceOf(profile, username, password),
      exchanges: [
        {
          step: 'token',
          method: 'GET',
          url: 'https://gitlab.example.com/jwt/auth',
          status: 401,
          headers: {},
          body: '{"errors":[{"code":"UNAUTHORIZED","message":"HTTP Basic: Access denied"}]}',
          attempts: 1
        }
      ],
      knownChallenge: {
        realm: 'https://gitlab.example.com/jwt/auth',
        service: 'container_registry'
      }
    })
    const glcbt = 'glcbt-64_x1Y2z3W4v5U6t7S8r9Q'
    const onGitlab = judge(refused('gitlab', 'octocat', glcbt))
    expect(onGitlab.diagnosis).toBe('organization-token-username')
    expect(onGitlab.rule).toBe('GL101')
    const elsewhere = judge(refused('generic', 'octocat', glcbt))
    expect(elsewhere.diagnosis).toBe('invalid-credentials')
    expect(elsewhere.rule).toBe('GL001')
  })
  it('a login refused "access forbidden" before any repository was named is login-scope, not a push denial (attack-64)', () => {
    const forbidden = (url: string): Evidence => ({
      ...evidenceOf('gitlab', 'alice', `glpat-${'N'.repeat(20)}`),
      exchanges: [
        {
          step: 'token',
          method: 'GET',
          url,
          status: 403,
          headers: {},
          body: '{"errors":[{"code":"DENIED","message":"access forbidden"}]}',
          attempts: 1
        }
      ],
      knownChallenge: {
        realm: 'https://gitlab.example.com/jwt/auth',
        service: 'container_registry'
      }
    })
    const login = judge(
      forbidden(
        'https://gitlab.example.com/jwt/auth?service=container_registry&account=alice'
      )
    )
    expect(login).toMatchObject({
      diagnosis: 'insufficient-scope',
      rule: 'GL004',
      case: 'login-scope'
    })
    // a request that named a repository: not the login alone
    const scoped = judge(
      forbidden(
        'https://gitlab.example.com/jwt/auth?service=container_registry&scope=repository%3Aacme%2Fapp%3Apush%2Cpull'
      )
    )
    expect(scoped.diagnosis).toBe('insufficient-scope')
    expect(scoped.case).toBeUndefined()
  })
})

// ---------------------------------------------------------------------------
// Wordings as `explain` reads them

describe('real wordings, as explain reads them', () => {
  it.each<{
    name: string
    text: string
    profile: ProfileId
    diagnosis: string
    rule: string
  }>([
    {
      name: 'GitLab today (basecamp/kamal#1498)',
      text: `Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you're required to use a token instead of a password. If a token was provided, it was either incorrect, expired, or improperly scoped. See https://gitlab.com/help/user/profile/account/two_factor_authentication_troubleshooting.md#error-http-basic-access-denied-if-a-password-was-provided-for-git-authentication-`,
      profile: 'gitlab',
      diagnosis: 'invalid-credentials',
      rule: 'GL001'
    },
    {
      name: 'GitLab 11 with 2FA: the token wording wins over the Basic one (gitlab-org/gitlab-ce#51090)',
      text: "Error response from daemon: Get https://registry.example.com/v2/: unauthorized: HTTP Basic: Access denied\nYou must use a personal access token with 'api' scope for Git over HTTP.\nYou can generate one at https://gitlab.example.com/profile/personal_access_tokens",
      profile: 'gitlab',
      diagnosis: 'pat-required',
      rule: 'GL002'
    },
    {
      name: 'GitLab access forbidden (microsoft/vscode-docker#2236)',
      text: 'Error response from daemon: Get https://registry.gitlab.com/v2/: denied: access forbidden',
      profile: 'gitlab',
      diagnosis: 'insufficient-scope',
      rule: 'GL004'
    },
    {
      name: 'a protected GitLab repository path',
      text: 'denied: Pushing to protected repository path forbidden',
      profile: 'gitlab',
      diagnosis: 'insufficient-scope',
      rule: 'GL003'
    },
    // w-ghcrgl: GitLab's own wordings, from its docs and source
    {
      name: 'GitLab abuse protection blocks the network (docs.gitlab.com, authenticate_with_container_registry troubleshooting)',
      text: 'Access denied: too many failed authentication attempts from this network',
      profile: 'gitlab',
      diagnosis: 'login-locked-out',
      rule: 'GL005'
    },
    {
      name: 'GitLab IpBlocked (gitlabhq/gitlabhq lib/gitlab/auth/ip_blocked.rb)',
      text: 'Too many failed authentication attempts from this IP',
      profile: 'gitlab',
      diagnosis: 'login-locked-out',
      rule: 'GL005'
    },
    {
      name: 'GitLab: an account used from too many addresses (docs.gitlab.com, authenticate_with_container_registry troubleshooting)',
      text: 'Access denied: too many distinct sources for this account',
      profile: 'gitlab',
      diagnosis: 'rate-limited',
      rule: 'GL006'
    },
    {
      name: 'GitLab without a container registry (container_registry_authentication_service.rb)',
      text: 'registry not enabled',
      profile: 'gitlab',
      diagnosis: 'registry-unreachable',
      rule: 'GL010'
    },
    {
      name: "gitlab.com's registry migration (container_registry_authentication_service.rb, ActiveImportError)",
      text: 'Your repository is currently being migrated to a new platform and writes are temporarily disabled. Go to https://gitlab.com/groups/gitlab-org/-/epics/5523 to learn more.',
      profile: 'gitlab',
      diagnosis: 'registry-unreachable',
      rule: 'GL007'
    },
    {
      name: 'Harbor pull without permission (goharbor/harbor#13973)',
      text: 'Error response from daemon: unauthorized: unauthorized to access repository: yinw/hello-world, action: pull: unauthorized to access repository: yinw/hello-world, action: pull',
      profile: 'harbor',
      diagnosis: 'insufficient-scope',
      rule: 'HBR001'
    },
    {
      name: 'Harbor, any refused login (goharbor/harbor#15757)',
      text: 'Error response from daemon: Get "https://harbor.mydomain.com/v2/": unauthorized: authentication required',
      profile: 'harbor',
      diagnosis: 'invalid-credentials',
      rule: 'REG004'
    },
    {
      name: 'Quay push to a repository not created yet (jaegertracing/jaeger#2498)',
      text: 'The push refers to repository [quay.io/jaegertracing/example-hotrod]\na93b60b49a79: Preparing\nunauthorized: access to the requested resource is not authorized',
      profile: 'quay',
      diagnosis: 'insufficient-scope',
      rule: 'QUAY005'
    },
    {
      name: 'Quay, the same refusal on a pull (docker run): a private or missing image, QUAY011 (§13ll (a))',
      text: "Unable to find image 'quay.io/acme/private-app:1.0' locally\ndocker: Error response from daemon: unauthorized: access to the requested resource is not authorized.",
      profile: 'quay',
      diagnosis: 'repository-not-found',
      rule: 'QUAY011'
    },
    {
      name: 'Quay through buildx: the 401 of a blob HEAD is not a bad password (ambient-code/platform#669)',
      text: 'ERROR: failed to build: failed to solve: failed to push quay.io/ambient_code/vteam_api_server:latest: unexpected status from HEAD request to https://quay.io/v2/ambient_code/vteam_api_server/blobs/sha256:063fbd5fac6af91f4042bbe66bae69795aa46675d5b0c800ed195ad79ed8fb02: 401 UNAUTHORIZED',
      profile: 'quay',
      diagnosis: 'insufficient-scope',
      rule: 'QUAY005'
    },
    {
      name: 'a failed Quay token fetch is still a refused credential',
      text: 'failed to fetch oauth token: unexpected status from GET request to https://quay.io/v2/auth?scope=repository%3Aacme%2Fapp%3Apull%2Cpush&service=quay.io: 401 UNAUTHORIZED',
      profile: 'quay',
      diagnosis: 'insufficient-scope',
      rule: 'REG003'
    },
    {
      name: 'a Quay robot refused',
      text: 'Error response from daemon: Get "https://quay.io/v2/": unauthorized: Could not find robot with username: acme+ci and supplied password.',
      profile: 'quay',
      diagnosis: 'invalid-credentials',
      rule: 'QUAY002'
    },
    {
      name: 'Quay: a push over the namespace quota (quay/quay endpoints/v2/errors.py QuotaExceeded)',
      text: `denied: Quota has been exceed on namespace`,
      profile: 'quay',
      diagnosis: 'not-a-login-failure',
      rule: 'QUAY007'
    },
    {
      name: 'Quay in read-only mode (quay/quay endpoints/v2/errors.py ReadOnlyMode)',
      text: `denied: System is currently read-only. Pulls will succeed but all write operations are currently suspended.`,
      profile: 'quay',
      diagnosis: 'not-a-login-failure',
      rule: 'QUAY008'
    },
    {
      name: 'Quay: a disabled namespace (quay/quay endpoints/v2/errors.py NamespaceDisabled)',
      text: `denied: This namespace is disabled. Please contact your system administrator.`,
      profile: 'quay',
      diagnosis: 'not-a-login-failure',
      rule: 'QUAY008'
    },
    {
      name: 'Quay: a disabled user (quay/quay data/users/__init__.py)',
      text: `Error response from daemon: Get "https://quay.example.com/v2/": unauthorized: This user has been disabled. Please contact your administrator.`,
      profile: 'quay',
      diagnosis: 'invalid-credentials',
      rule: 'QUAY009'
    },
    {
      name: "Quay's API refusing a robot token (christian-korneck/docker-pushrm#13)",
      text: `When trying to upload the README.md to quay.io the GitHub action fails with a logging message like \`CSRF token was invalid or missing\`.`,
      profile: 'quay',
      diagnosis: 'unsupported-credential-kind',
      rule: 'QUAY010'
    },
    {
      name: 'Harbor in read-only mode (goharbor.io docs, goharbor/harbor#4650)',
      text: `The push refers to a repository [10.117.169.182/demo/ubuntu]
0271b8eebde3: Preparing 
denied: The system is in read only mode. Any modification is prohibited.`,
      profile: 'harbor',
      diagnosis: 'not-a-login-failure',
      rule: 'HBR003'
    },
    {
      name: 'Harbor blocking a vulnerable image (goharbor/harbor#19983)',
      text: `Error response from daemon: unknown: current image with 4 vulnerabilities cannot be pulled due to configured policy in 'Prevent images with vulnerability severity of "Critical" or higher from running.' To continue with pull, please contact your project administrator to exempt matched vulnerabilities through configuring the CVE allowlist. (manager.go:250:0s)`,
      profile: 'harbor',
      diagnosis: 'not-a-login-failure',
      rule: 'HBR004'
    },
    {
      name: 'Harbor proxy cache pulled without library/ (goharbor/harbor#13446)',
      text: `Error response from daemon: unknown: repository cache/memcached not found`,
      profile: 'harbor',
      diagnosis: 'repository-not-found',
      rule: 'HBR005'
    },
    {
      name: 'Harbor proxy cache through podman (goharbor/harbor#18292)',
      text: `Error: initializing source docker://registry.apps.okd4.myhci.com/hub/library/busybox:latest: reading manifest latest in registry.apps.okd4.myhci.com/hub/library/busybox: unknown: repository hub/library/busybox not found`,
      profile: 'harbor',
      diagnosis: 'repository-not-found',
      rule: 'HBR005'
    },
    {
      name: 'Harbor: a tag it does not have (goharbor/harbor#23025)',
      text: `Error response from daemon: unknown: artifact mirror/portainer/portainer-ce:lts not found`,
      profile: 'harbor',
      diagnosis: 'not-a-login-failure',
      rule: 'HBR006'
    },
    {
      name: 'Harbor behind nginx: a layer over client_max_body_size (goharbor/harbor#10621)',
      text: `error parsing HTTP 413 response body: invalid character '<' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body>\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n"`,
      profile: 'harbor',
      diagnosis: 'not-a-login-failure',
      rule: 'GEN003'
    }
  ])('$name', ({ text, profile, diagnosis, rule }) => {
    const verdict = judgeText(text, profileById(profile))
    expect(verdict.diagnosis).toBe(diagnosis)
    expect(verdict.rule).toBe(rule)
  })
})

describe('generic private registries: real wordings, as explain reads them', () => {
  it.each<{
    name: string
    text: string
    profile: ProfileId
    diagnosis: string
    rule: string
  }>([
    {
      name: 'registry:2 behind nginx, 413 (SteveLTN/https-portal#100)',
      text: `The push refers to a repository [hub.logful.top/node]
eaf747b8be7f: Pushed
7381522c58b0: Pushing [==================================================>]  322.7MB/322.7MB
ecd70829ec3d: Waiting
error parsing HTTP 413 response body: invalid character '<' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n"`,
      profile: 'generic',
      diagnosis: 'not-a-login-failure',
      rule: 'GEN003'
    },
    {
      name: 'Gitea behind nginx, 413 after retries (go-gitea/gitea#33646)',
      text: `unknown: <html>
<head><title>413 Request Entity Too Large</title></head>
<body>
<center><h1>413 Request Entity Too Large</h1></center>
<hr><center>nginx/1.22.1</center>
</body>
</html>`,
      profile: 'generic',
      diagnosis: 'not-a-login-failure',
      rule: 'GEN003'
    },
    {
      name: 'Nexus with redeploy disabled, through jib (GoogleContainerTools/jib#3057)',
      text: `[ERROR] PUT https://coe-dcr.vimpelcom.global/v2/test-maven-project/manifests/1.1.1_275
[ERROR] {"errors":[{"code":"BLOB_UPLOAD_INVALID","message":"blob upload invalid","detail":"Repository does not allow updating assets: coe-docker"}]}`,
      profile: 'generic',
      diagnosis: 'not-a-login-failure',
      rule: 'GEN004'
    },
    {
      name: 'Nexus with redeploy disabled, through porter (getporter/porter#2468)',
      text: `unable to push updated image: unable to push image <repo_url>:<port>/****:porter-****: failed to write image sha256:**** to <repo_url>:<port>/****:porter-****: failed to write image <repo_url>:<port>/****:porter-****: PUT https://<repo_url>:<port>/v2/****/manifests/porter-****: BLOB_UPLOAD_INVALID: blob upload invalid; Repository does not allow updating assets: ****`,
      profile: 'generic',
      diagnosis: 'not-a-login-failure',
      rule: 'GEN004'
    },
    {
      name: "Nexus: a group's read-only writable member (NEXUS-25275)",
      text: `{"errors":[{"code":"BLOB_UPLOAD_INVALID","message":"blob upload invalid","detail":"Repository is read only: docker-hosted"}]}`,
      profile: 'generic',
      diagnosis: 'not-a-login-failure',
      rule: 'GEN004'
    },
    {
      name: 'Artifactory refusing the credential (renovatebot/renovate#11765)',
      text: `"response":{"statusCode":401,"statusMessage":"Unauthorized","body":{"statusCode":401,"details":"BAD_CREDENTIAL"},"headers":{"date":"Tue, 14 Sep 2021 16:50:39 GMT","content-type":"application/json","server":"Artifactory/6.23.1"}}`,
      profile: 'generic',
      diagnosis: 'invalid-credentials',
      rule: 'GEN005'
    },
    {
      name: 'Artifactory refusing a pull with a wrong stored login (as docker prints it)',
      text: `ERROR: Get https://sys-mcs-docker-local.artifactory.swg-devops.com/v2/[image-name]/manifests/2018_M3: unauthorized: BAD_CREDENTIAL`,
      profile: 'generic',
      diagnosis: 'invalid-credentials',
      rule: 'GEN005'
    },
    {
      name: "registry:2 htpasswd: the registry's log of a wrong password (docker-archive/docker-registry#1116)",
      text: `time="2018-07-15T00:22:10Z" level=error msg="error authenticating user \\"redacted\\": authentication failure" go.version=go1.7.6`,
      profile: 'generic',
      diagnosis: 'invalid-credentials',
      rule: 'GEN006'
    },
    {
      name: "DigitalOcean: the plan's repository limit (docker/build-push-action#586)",
      text: `denied: registry contains 1 repositories, limit is 1`,
      profile: 'generic',
      diagnosis: 'not-a-login-failure',
      rule: 'GEN007'
    },
    {
      name: 'plain HTTP to an https port (docker/for-mac#3359)',
      text: `Error response from daemon: error parsing HTTP 400 response body: invalid character '<' looking for beginning of value: "<html>\\r\\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>"`,
      profile: 'generic',
      diagnosis: 'registry-unreachable',
      rule: 'GEN008'
    }
  ])('$name', ({ text, profile, diagnosis, rule }) => {
    const verdict = judgeText(text, profileById(profile))
    expect(verdict.diagnosis).toBe(diagnosis)
    expect(verdict.rule).toBe(rule)
  })
})

// ---------------------------------------------------------------------------
// Texts

describe('texts that say what to do on each registry', () => {
  const GITLAB_CONTEXT = {
    registry: 'registry.gitlab.com',
    profile: 'gitlab' as const,
    username: 'ci-bot'
  }
  const HARBOR_CONTEXT = {
    registry: 'harbor.example.com',
    profile: 'harbor' as const,
    username: 'robot$library+ci'
  }
  const QUAY_CONTEXT = {
    registry: 'quay.io',
    profile: 'quay' as const,
    username: 'acme+ci'
  }

  it('GitLab: token scopes read_registry and write_registry, 2FA, the usernames of each token', () => {
    const invalid = remediationFor('invalid-credentials', GITLAB_CONTEXT)
    const text = [invalid.error, invalid.why, ...invalid.steps].join('\n')
    for (const phrase of [
      'read_registry',
      'write_registry',
      'two-factor',
      'gitlab+deploy-token-<n>',
      'gitlab-ci-token',
      'Settings → Access tokens'
    ]) {
      expect(text).toContain(phrase)
    }
    expect(invalid.snippet).toContain('registry: registry.gitlab.com')
    expect(invalid.snippet).toContain('${{ secrets.GITLAB_TOKEN }}')
  })

  it('GitLab push: scopes and role by default, write_registry for a read-only token, own project for CI_JOB_TOKEN', () => {
    expect(errorLine('insufficient-scope', GITLAB_CONTEXT)).toBe(
      'The GitLab token may not push there: give the token read_registry and write_registry, and its user at least the Developer role on the project'
    )
    expect(
      remediationFor('insufficient-scope', {
        ...GITLAB_CONTEXT,
        case: 'read-only-token'
      }).error
    ).toContain('write_registry')
    const job = remediationFor('insufficient-scope', {
      ...GITLAB_CONTEXT,
      case: 'job-token'
    })
    expect(job.steps.join('\n')).toContain('$CI_REGISTRY_IMAGE')
    expect(job.snippet).toBeUndefined()
  })

  it('GitLab: the push case follows the credential kind', () => {
    const push = (password: string, username = 'x'): Evidence => ({
      ...evidenceOf('gitlab', username, password),
      push: [
        {
          repository: 'acme/app',
          exchange: {
            step: 'token',
            method: 'GET',
            url: 'https://gitlab.com/jwt/auth',
            status: 200,
            headers: {},
            attempts: 1
          },
          granted: ['pull']
        }
      ]
    })
    expect(
      judge(push('glcbt-64_x1Y2z3W4v5U6t7S8r9Q', 'gitlab-ci-token')).case
    ).toBe('job-token')
    expect(
      judge(push(`gldt-${'a1B2c3D4e5'.repeat(2)}`, 'gitlab+deploy-token-1'))
        .case
    ).toBe('read-only-token')
    const pat = judge(push(`glpat-${'a1B2c3D4e5'.repeat(2)}`))
    expect(pat.diagnosis).toBe('insufficient-scope')
    expect(
      remediationFor('insufficient-scope', {
        ...GITLAB_CONTEXT,
        case: pat.case
      }).title
    ).toBe('The GitLab token may not push there')
  })

  it('Harbor: robot names quoted in shells, Push and Pull, expiry, OIDC CLI secrets, the project first', () => {
    const invalid = remediationFor('invalid-credentials', HARBOR_CONTEXT)
    const text = [invalid.error, ...invalid.steps].join('\n')
    for (const phrase of [
      "'robot$ci+build'",
      'not expired',
      'CLI secret',
      'Robot Accounts'
    ]) {
      expect(text).toContain(phrase)
    }
    const push = remediationFor('insufficient-scope', HARBOR_CONTEXT)
    expect(push.error).toContain('Push and Pull')
    expect(push.steps.join('\n')).toContain('Harbor creates no project on push')
    expect(
      remediationFor('token-expired', HARBOR_CONTEXT).steps.join('\n')
    ).toContain('Never')
  })

  it('Quay: robot naming, the repository must exist or the robot may create it, the 401 that may mean a missing repository', () => {
    const invalid = remediationFor('invalid-credentials', QUAY_CONTEXT)
    expect(invalid.error).toContain('<namespace>+<robot>')
    expect(invalid.steps.join('\n')).toContain('Generate Encrypted Password')
    const push = remediationFor('insufficient-scope', QUAY_CONTEXT)
    expect(push.why).toContain(
      'whether the repository is missing or the robot may not write it'
    )
    expect(push.steps.join('\n')).toContain('Creator role')
    expect(push.snippet).toContain('${{ secrets.QUAY_ROBOT_TOKEN }}')
  })

  it('every error line of the three stays under 200 characters, without a trailing period', () => {
    for (const context of [GITLAB_CONTEXT, HARBOR_CONTEXT, QUAY_CONTEXT]) {
      for (const id of [
        'invalid-credentials',
        'insufficient-scope',
        'pat-required',
        'token-expired',
        'organization-token-username',
        'unsupported-credential-kind'
      ] as const) {
        for (const kase of [
          undefined,
          'read-only-token',
          'job-token'
        ] as const) {
          const line = errorLine(id, { ...context, case: kase })
          expect(line.length).toBeLessThan(200)
          expect(line).not.toMatch(/\.$/)
        }
      }
    }
  })
})

// ---------------------------------------------------------------------------
// The preflight's traffic, in process

/** A docker CLI that records the logins it was asked for. */
function recordingDocker() {
  const logins: string[] = []
  const docker: DockerCli = {
    async login(server) {
      logins.push(server)
      return { exitCode: 0, output: 'Login Succeeded' }
    },
    logout: async () => ({ exitCode: 0, output: '' }),
    config: () => ({ dir: '/tmp/docker-config' })
  }
  return { docker, logins }
}

/** Gathers against `url` as `registry`, judged. */
async function gatherAt(
  registry: string,
  url: string,
  account: { username: string; secret: string },
  push: string,
  hosts: readonly string[] = [registry]
) {
  const { docker, logins } = recordingDocker()
  const evidence = await gather(
    {
      registry,
      username: account.username,
      password: account.secret,
      preflight: true,
      retries: 0,
      timeoutSeconds: 10,
      push,
      rateLimit: false,
      skipIfMissing: false,
      login: true
    },
    {
      env: {
        DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: hosts
          .map((h) => `${h}=${url}`)
          .join(',')
      },
      docker,
      secrets: new Secrets(() => undefined)
    }
  )
  return { evidence, verdict: judge(evidence), logins }
}

describe('the preflight against each registry, in process', () => {
  let gitlab: FamilyRegistry
  let harbor: FamilyRegistry
  let quay: FamilyRegistry
  /** GitLab behind a gate that protects acme/protected (GL003). */
  let gate: Server
  let gateUrl = ''

  beforeAll(async () => {
    ;[gitlab, harbor, quay] = await Promise.all([
      startFamilyRegistry(GITLAB_SPEC),
      startFamilyRegistry(HARBOR_SPEC),
      startFamilyRegistry(QUAY_SPEC)
    ])
    gate = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://gate')
      const scopes = url.searchParams.getAll('scope')
      if (
        url.pathname === '/jwt/auth' &&
        scopes.some(
          (s) =>
            s.startsWith('repository:acme/protected:') && s.includes('push')
        )
      ) {
        // gitlabhq app/services/auth/container_registry_authentication_service.rb
        res.writeHead(403, { 'content-type': 'application/json' })
        res.end(
          '{"errors":[{"code":"DENIED","message":"Pushing to protected repository path forbidden"}]}'
        )
        return
      }
      const upstream = new URL(gitlab.url)
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers
        },
        (answer) => {
          // the challenge's realm names the gate, as GitLab's names itself
          const headers = { ...answer.headers }
          const challenge = headers['www-authenticate']
          if (typeof challenge === 'string') {
            headers['www-authenticate'] = challenge.replace(
              upstream.host,
              new URL(gateUrl).host
            )
          }
          res.writeHead(answer.statusCode ?? 502, headers)
          answer.pipe(res)
        }
      )
      req.pipe(forward)
    })
    await new Promise<void>((done) => gate.listen(0, '127.0.0.1', done))
    gateUrl = `http://127.0.0.1:${(gate.address() as AddressInfo).port}`
  })
  afterEach(() => {
    for (const registry of [gitlab, harbor, quay]) registry.reset()
  })
  afterAll(async () => {
    await Promise.all([gitlab.close(), harbor.close(), quay.close()])
    await new Promise<void>((done) => gate.close(() => done()))
  })

  it('GitLab: one token request carries the login and the push scopes; the JWT answers', async () => {
    const { verdict, logins } = await gatherAt(
      'registry.gitlab.com',
      gitlab.url,
      GITLAB_ACCOUNTS.tokenWrite,
      'acme/app\nacme/app/worker',
      ['registry.gitlab.com', 'gitlab.com']
    )
    expect(verdict.diagnosis).toBe('ok')
    expect(verdict.push.map((p) => p.result)).toEqual(['granted', 'granted'])
    expect(gitlab.requests.map((r) => `${r.step} ${r.status}`)).toEqual([
      'token 200'
    ])
    expect(gitlab.requests[0].scopes).toEqual([
      'repository:acme/app:push,pull',
      'repository:acme/app/worker:push,pull'
    ])
    expect(logins).toHaveLength(1)
  })

  it('GitLab: a protected path refused with the login (403) is asked again without it; the login goes on, push denied by GL003', async () => {
    const { verdict, evidence, logins } = await gatherAt(
      'gitlab.example.test',
      gateUrl,
      GITLAB_ACCOUNTS.tokenWrite,
      'acme/app\nacme/protected'
    )
    expect(verdict.diagnosis).toBe('insufficient-scope')
    expect(verdict.rule).toBe('GL003')
    expect(verdict.push.map((p) => `${p.repository} ${p.result}`)).toEqual([
      'acme/app granted',
      'acme/protected denied'
    ])
    expect(evidence.registry.profile).toBe('gitlab')
    expect(logins).toHaveLength(1)
  })

  it('Harbor: a wrong secret with push asked is refused by the login token request, without scopes', async () => {
    const { verdict, logins } = await gatherAt(
      'harbor.example.test',
      harbor.url,
      { username: 'robot$library+ci', secret: 'wrong-wrong-wrong' },
      'library/app'
    )
    expect(verdict.diagnosis).toBe('invalid-credentials')
    expect(
      harbor.requests.map(
        (r) => `${r.step} ${r.status} ${(r.scopes ?? []).length}`
      )
    ).toEqual(['ping 401 0', 'token 401 0'])
    expect(logins).toEqual([])
  })

  it('Harbor: a good robot gets its login token without scopes, then one push token per check', async () => {
    const { verdict } = await gatherAt(
      'harbor.example.test',
      harbor.url,
      HARBOR_ACCOUNTS.robotPush,
      'library/app\nother/app'
    )
    expect(verdict.diagnosis).toBe('insufficient-scope')
    expect(verdict.push.map((p) => `${p.repository} ${p.result}`)).toEqual([
      'library/app granted',
      'other/app denied'
    ])
    const tokens = harbor.requests.filter((r) => r.step === 'token')
    expect(tokens[0].scopes).toEqual([])
    expect(tokens.slice(1).flatMap((r) => r.scopes)).toEqual([
      'repository:library/app:push,pull',
      'repository:other/app:push,pull'
    ])
  })

  it('Quay: quay.io asked without a ping; a robot refused in its own words', async () => {
    const { verdict } = await gatherAt(
      'quay.io',
      quay.url,
      { username: 'acme+ci', secret: 'x'.repeat(64) },
      ''
    )
    expect(verdict.diagnosis).toBe('invalid-credentials')
    expect(verdict.rule).toBe('QUAY002')
    expect(quay.requests.map((r) => r.step)).toEqual(['token'])
    const user = await gatherAt(
      'quay.io',
      quay.url,
      { username: QUAY_ACCOUNTS.user.username, secret: 'wrong' },
      ''
    )
    expect(user.verdict.rule).toBe('QUAY001')
  })
})

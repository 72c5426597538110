/**
 * The wordings of Harbor (its profile: src/profiles/harbor.ts), as rules
 * with stable ids and sources. A rule table, in the rules' chunk
 * (src/profiles/rules/index.ts): loaded only when a text must be read.
 */
import type { TextRule } from '../types.js'

export const RULES: readonly TextRule[] = [
  {
    id: 'HBR001',
    diagnosis: 'insufficient-scope',
    match: ['unauthorized to access repository'],
    source:
      'Harbor 401 on a push or pull the account may not make (docs/registries.md §4 (c), (d): goharbor/harbor#21373, #13988, #13973; src/server/middleware/v2auth/auth.go)'
  },
  {
    id: 'HBR002',
    diagnosis: 'not-a-login-failure',
    match: ['will exceed the configured upper limit'],
    source:
      'Harbor project quota on a push: "denied: adding 29.0 MiB of storage resource, which when updated to current usage of 152.4 MiB will exceed the configured upper limit of 10.0 MiB." (goharbor/harbor#17390; src/pkg/quota)',
    what: "the push would exceed the Harbor project's storage quota: delete artifacts from the project, or have an administrator raise its quota"
  },
  {
    // w-selfhosted: an administrator set Harbor read-only
    id: 'HBR003',
    diagnosis: 'not-a-login-failure',
    match: [
      'the system is in read only mode',
      // docs/registries.md §13tt (a): Harbor 1.x's words for it
      'upload/delete is prohibited in read only mode'
    ],
    source:
      'Harbor in read-only mode refusing a push: "denied: The system is in read only mode. Any modification is prohibited." (goharbor.io docs "Configure System Settings", Repository Read Only; goharbor/harbor#4650); registry client: "the system is in read only mode, cancel the request" (goharbor/harbor src/pkg/registry/interceptor/readonly); Harbor 1.x, "denied: Upload/Delete is prohibited in read only mode." (goharbor/harbor#4524, the pull request that added it; docs/registries.md §13tt (a))',
    what: 'Harbor is set read-only by its administrator (system settings, Repository Read Only): ask the administrator to turn it off'
  },
  {
    // w-selfhosted: a project policy blocks the pull, not the credential
    id: 'HBR004',
    diagnosis: 'not-a-login-failure',
    match: ['cannot be pulled due to configured policy'],
    source:
      'Harbor "Prevent vulnerable images from running": "unknown: current image with 4 vulnerabilities cannot be pulled due to configured policy in \'Prevent images with vulnerability severity of "Critical" or higher from running.\'" (goharbor/harbor#19983, #10092; src/server/middleware/vulnerable)',
    what: 'the Harbor project\'s policy "Prevent vulnerable images from running" blocks this image: use an image without those vulnerabilities, or change the policy'
  },
  {
    // w-selfhosted: Harbor's NOT_FOUND for a repository (often a proxy
    // cache project pulled without its upstream namespace, library/);
    // the leading ": " leaves GAR's "name unknown: Repository … not
    // found" to REG005
    id: 'HBR005',
    diagnosis: 'repository-not-found',
    match: [[': unknown: repository', 'not found']],
    source:
      'Harbor pull of a repository it does not have (a proxy cache project, without library/ for Docker Hub\'s official images, or an upstream it could not reach): "Error response from daemon: unknown: repository cache/memcached not found" (goharbor/harbor#13446, #18292, #23190; goharbor/website#194)'
  },
  {
    // w-selfhosted: the repository is there, the tag or digest is not
    id: 'HBR006',
    diagnosis: 'not-a-login-failure',
    case: 'manifest-unknown',
    match: [['unknown: artifact', 'not found']],
    source:
      'Harbor pull of a tag or digest it does not have (proxy cache projects included): "Error response from daemon: unknown: artifact mirror/portainer/portainer-ce:lts not found" (goharbor/harbor#23025, #19067)'
  },
  {
    // docs/registries.md §13s (e): Harbor's 401 to a read of a repository
    // that came with no Authorization header at all; a client that stops
    // there sent no credential
    id: 'HBR007',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['authorize header needed to send head to repository'],
    source:
      'docs/registries.md §13s (e): goharbor/harbor src/server/middleware/v2auth/auth.go reqChecker.check: a HEAD or GET of a repository without an Authorization header gets the challenge and fmt.Errorf("authorize header needed to send HEAD to repository") (goharbor/harbor#11271; since goharbor/harbor#14768 for GET too), printed "unauthorized: authorize header needed to send HEAD to repository"'
  },
  {
    // docs/registries.md §13s (e): a push to a proxy cache project, which
    // takes none whatever the credential
    id: 'HBR008',
    diagnosis: 'not-a-login-failure',
    match: ['can not push artifact to a proxy project'],
    source:
      'docs/registries.md §13s (e): goharbor/harbor src/server/middleware/repoproxy/proxy.go DisableBlobAndManifestUploadMiddleware: errors.DeniedError(errors.Errorf("can not push artifact to a proxy project: %v", p.Name)), printed "denied: can not push artifact to a proxy project: <project>"',
    what: 'the Harbor project is a proxy cache, which takes no push: push to a regular project instead'
  },
  {
    // docs/registries.md §13aa (b): the account may not create the project
    // a push or a replication needs
    id: 'HBR009',
    diagnosis: 'insufficient-scope',
    case: 'namespace-create-denied',
    match: ['only system admin can create project'],
    source:
      'docs/registries.md §13aa (b): Harbor\'s project API refusing a project to an account that is not a system administrator (a robot account, or a user where project creation is limited to admins): "http error: code 403, message {"code":403,"message":"Only system admin can create project"}" in a replication\'s log (goharbor/harbor#9412, docs/real-texts.md dev11-harbor-01)'
  },
  {
    // docs/registries.md §13ff (d): Harbor core's log of a refused login
    id: 'HBR010',
    diagnosis: 'invalid-credentials',
    match: ['failed to authenticate user, due to error'],
    source:
      "docs/registries.md §13ff (d): Harbor core's ErrAuth, \"Failed to authenticate user, due to error '%s'\" (goharbor/harbor src/core/auth/authenticator.go: \"a failed authentication due to user's error\"), logged by its basic-auth middleware: \"failed to authenticate robot$user: Failed to authenticate user, due to error 'Not found an entry'\" for robots an upgrade invalidated, \"failed to authenticate admin: … 'Invalid credentials'\" for a replication endpoint's password (docs/real-texts.md dev14-harbor-01, dev14-harbor-04)"
  },
  {
    // docs/registries.md §13rr (l): Harbor's catalog (/v2/_catalog) is for
    // accounts with the system-level catalog permission only
    id: 'HBR011',
    diagnosis: 'insufficient-scope',
    case: 'list-denied',
    match: ['unauthorized to list catalog'],
    source:
      'docs/registries.md §13rr (l): Harbor\'s answer to GET /v2/_catalog by an account without the system-level catalog permission, {"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to list catalog: unauthorized to list catalog"}]} for a robot account; the maintainer: only accounts with that permission may, by design (docs/real-texts.md dev33-harbor-02)'
  },
  {
    // docs/registries.md §13vv (d): a Harbor project that does not exist
    id: 'HBR012',
    diagnosis: 'repository-not-found',
    match: [['/v2/', 'unauthorized: project ', ' not found']],
    source:
      "docs/registries.md §13vv (d): Harbor's answer for a project that does not exist, \"UNAUTHORIZED: project examplegroup not found: project examplegroup not found\" (crane 0.10's cross-registry mount naming the source's project, docs/real-texts.md dev89-not-login-04)"
  }
]

/**
 * The wordings of GitLab (its profile: src/profiles/gitlab.ts), as rules
 * with stable ids and sources. A rule table, in the rules' chunk
 * (src/profiles/rules/index.ts): loaded only when a text must be read.
 */
import type { TextRule } from '../types.js'

export const RULES: readonly TextRule[] = [
  {
    // GitLab's abuse protection, first: a blocked network or IP is
    // refused whatever the credential, with or without HTTP Basic's words
    id: 'GL005',
    diagnosis: 'login-locked-out',
    match: [
      'too many failed authentication attempts from this network',
      'too many failed authentication attempts from this ip'
    ],
    source:
      'GitLab /jwt/auth 403 DENIED "Access denied: too many failed authentication attempts from this network" (docs.gitlab.com user/packages/container_registry/authenticate_with_container_registry, troubleshooting "docker login fails with an authentication error"); gitlabhq/gitlabhq lib/gitlab/auth/ip_blocked.rb: "Too many failed authentication attempts from this IP"'
  },
  {
    // before GL001: the older message holds its words too
    id: 'GL002',
    diagnosis: 'pat-required',
    match: ["you must use a personal access token with 'api' scope"],
    source:
      'GitLab before 12: a password on an account with 2FA, or password sign-in off (docs/registries.md §2 (c), (f): gitlab-org/gitlab-ce#51090; gitlabhq/gitlabhq app/controllers/jwt_controller.rb render_missing_personal_access_token)'
  },
  {
    id: 'GL001',
    diagnosis: 'invalid-credentials',
    match: ['http basic: access denied'],
    source:
      'GitLab /jwt/auth 401 UNAUTHORIZED: a wrong, expired or revoked token, or a password where a token is required (docs/registries.md §2 (f): basecamp/kamal#1498; gitlabhq/gitlabhq app/controllers/jwt_controller.rb render_access_denied)'
  },
  {
    id: 'GL006',
    diagnosis: 'rate-limited',
    match: ['too many distinct sources for this account'],
    source:
      'GitLab /jwt/auth 403 DENIED "Access denied: too many distinct sources for this account": the account was used from too many IP addresses; consolidate or stagger the requests (docs.gitlab.com user/packages/container_registry/authenticate_with_container_registry, troubleshooting)'
  },
  {
    // the token service answered, but no registry is behind it (attack-62
    // A62-05: was GL007's first wording)
    id: 'GL010',
    diagnosis: 'registry-unreachable',
    case: 'registry-disabled',
    match: ['registry not enabled'],
    source:
      "gitlabhq/gitlabhq app/services/auth/container_registry_authentication_service.rb: error('UNAVAILABLE', status: 404, message: 'registry not enabled') when the instance has no container registry"
  },
  {
    // gitlab.com's registry migration: a passing state of the service
    id: 'GL007',
    diagnosis: 'registry-unreachable',
    match: [
      'currently being migrated to a new platform and writes are temporarily disabled'
    ],
    source:
      "gitlabhq/gitlabhq app/services/auth/container_registry_authentication_service.rb: error('DENIED', status: 403, message: 'Your repository is currently being migrated to a new platform and writes are temporarily disabled. …') during gitlab.com's registry migration (rescue ActiveImportError)"
  },
  {
    id: 'GL003',
    diagnosis: 'insufficient-scope',
    case: 'protected-path',
    match: ['pushing to protected repository path forbidden'],
    source:
      'GitLab /jwt/auth 403 DENIED: a protected container repository (docs/registries.md §2 (f): gitlabhq/gitlabhq app/services/auth/container_registry_authentication_service.rb)'
  },
  {
    // docs/registries.md §13d (a): the same DENIED on a pull (a manifest
    // read, a tag list): GitLab answers a pull of a private project without
    // a login so; read as GHCR008 reads GHCR's; before GL004
    id: 'GL009',
    diagnosis: 'missing-credentials',
    case: 'anonymous-pull',
    match: [
      ['get "https://', '/manifests/', 'denied: access forbidden'],
      ['head "https://', '/manifests/', 'denied: access forbidden'],
      ['get https://', '/manifests/', 'denied: access forbidden'],
      ['head https://', '/manifests/', 'denied: access forbidden'],
      ['reading manifest', 'denied: access forbidden'],
      ['/tags/list', 'denied: access forbidden'],
      ['pull access denied', 'denied: access forbidden'],
      // docs/registries.md §13vv (b): Portainer's stack deploy drops the colon
      ['/manifests/', 'denied access forbidden']
    ],
    source:
      'docs/registries.md §13d (a): GitLab answers 403 DENIED "access forbidden" when nothing authenticated, or the credential has no registry ability (gitlabhq/gitlabhq app/services/auth/container_registry_authentication_service.rb, §2 (f)); on a pull of a private project that is the answer to a pull without a login (the first set\'s "no docker login before pulling a private project image", ros-industrial/industrial_ci#239), the reading GHCR008 gives GHCR\'s. Seen: Coolify pulling a private gitlab.com image with no registry login ("Head \\"https://registry.gitlab.com/v2/…/manifests/latest\\": denied: access forbidden", coollabsio/coolify#890); docker-compose pulling from a private self-managed GitLab ("ERROR: Get https://registry.gitlab.…/v2/…/manifests/master: denied: access forbidden", sophialittlejohn/phoenix#1); Portainer\'s stack deploy, which prints the daemon\'s error without its colon, "Error response from daemon: Head "https://gitlab.example.com:5005/v2/<group>/<subgroup>/manifests/v1-0-0":  denied access forbidden" (docs/real-texts.md dev82-gitlab-05; docs/registries.md §13vv (b))'
  },
  {
    id: 'GL004',
    diagnosis: 'insufficient-scope',
    match: ['denied: access forbidden'],
    source:
      'GitLab /jwt/auth 403 DENIED "access forbidden": a token without a registry scope, or the Authorization header stripped by a proxy (docs/registries.md §2 (f): container_registry_authentication_service.rb; docs.gitlab.com "Authenticate with the container registry", troubleshooting; getwud/wud#600, microsoft/vscode-docker#2236)'
  },
  {
    // docs/registries.md §13c (i): GitLab's REST API (a tool that lists
    // projects or tags before it logs in) refusing the token's scope or
    // role: the 403 of /api/v4/
    id: 'GL008',
    diagnosis: 'insufficient-scope',
    case: 'api-scope',
    match: [
      ['/api/v4/', 'status 403'],
      ['/api/v4/', '403 forbidden'],
      ['/api/v4/', 'status code 403']
    ],
    source:
      'docs/registries.md §13c (i): docs.gitlab.com REST API "Status codes" (403 Forbidden: "The request is not allowed"); a token without the scope gets 403 insufficient_scope (gitlab-org/gitlab-ce#33022, gitlab-org/gitlab#520392); the VS Code Docker extension listing projects with a token that had write_registry only, "Request to https://gitlab.com/api/v4/projects?… failed with status 403: Forbidden", fixed by adding read_api (microsoft/vscode-docker#3321)'
  }
]

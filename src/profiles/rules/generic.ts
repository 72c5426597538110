/**
 * The wordings of a generic private registry (its profile: src/profiles/generic.ts), as rules
 * with stable ids and sources. A rule table, in the rules' chunk
 * (src/profiles/rules/index.ts): loaded only when a text must be read.
 */
import type { TextRule } from '../types.js'

export const RULES: readonly TextRule[] = [
  {
    // docs/registries.md §13qq (f): Huawei Cloud SWR's token service to a
    // request that carried no login (containers/image words every 401 of a
    // token service "invalid username/password"; before QUAY001)
    id: 'GEN013',
    diagnosis: 'missing-credentials',
    case: 'anonymous-pull',
    match: ['denied: you may not login yet'],
    source:
      'docs/registries.md §13qq (f): "copy image docker://swr.cn-southwest-2.myhuaweicloud.com/…: initializing source …: unable to retrieve auth token: invalid username/password: denied: You may not login yet" to KubeKey saving images anonymously from SWR (whenegghitsrock/kubesphere-carryon#20; docs/real-texts.md dev28-generic-16)'
  },
  {
    id: 'GEN001',
    diagnosis: 'insufficient-scope',
    match: ['reqpackageaccess'],
    source:
      'Gitea\'s package registry refusing a token or login without package access ("unauthorized: reqPackageAccess"; the maintainers\' fix: a token with the package scope, go-gitea/gitea#31531)'
  },
  {
    id: 'GEN002',
    diagnosis: 'insufficient-scope',
    match: ['the client does not have permission for'],
    source:
      'JFrog Artifactory refusing a user without the repository permission: "unauthorized: The client does not have permission for manifest" (kubernetes/kubernetes#65958)'
  },
  {
    // w-selfhosted: a reverse proxy's body size limit (nginx
    // client_max_body_size), not the registry's login
    id: 'GEN003',
    diagnosis: 'not-a-login-failure',
    match: ['413 request entity too large'],
    source:
      'nginx (in front of registry:2, Harbor, Gitea, Pulp) refusing a layer larger than client_max_body_size: "error parsing HTTP 413 response body: … <title>413 Request Entity Too Large</title>" (goharbor/harbor#10621, #15823, SteveLTN/https-portal#100, distribution/distribution-library-image#143, go-gitea/gitea#33646, pulp/pulp-operator#330)',
    what: "a proxy in front of the registry refused a layer as too large (nginx: client_max_body_size): raise that limit in the proxy's configuration"
  },
  {
    // w-selfhosted: Nexus's deployment policy, not the credential
    id: 'GEN004',
    diagnosis: 'not-a-login-failure',
    match: [
      'repository does not allow updating assets',
      ['blob upload invalid', 'repository is read only']
    ],
    source:
      'Sonatype Nexus refusing to overwrite a tag or layer (deployment policy "Disable redeploy"): BLOB_UPLOAD_INVALID "Repository does not allow updating assets: <repo>" (GoogleContainerTools/jib#3057, #2395, getporter/porter#2468), or a push to a read-only one: "Repository is read only: docker-hosted" (issues.sonatype.org NEXUS-25275)',
    what: "the repository's deployment policy refuses the write (Nexus: Disable redeploy, no overwriting a tag; or read-only): push a new tag, or change the policy"
  },
  {
    id: 'GEN005',
    diagnosis: 'invalid-credentials',
    match: ['bad_credential'],
    source:
      'JFrog Artifactory refusing the credential sent: 401 {"statusCode":401,"details":"BAD_CREDENTIAL"} from server Artifactory/6.23.1 (renovatebot/renovate#11765); docker prints "unauthorized: BAD_CREDENTIAL"'
  },
  {
    // the registry's own log (a self-hosted registry:2 with htpasswd);
    // "invalid authorization credential" is every first, anonymous ping
    id: 'GEN006',
    diagnosis: 'invalid-credentials',
    match: [['error authenticating user', 'authentication failure']],
    source:
      'distribution registry:2 with htpasswd auth, a wrong password: log: error authenticating user "<name>": authentication failure (distribution/distribution registry/auth/htpasswd/access.go; docker-archive/docker-registry#1116, #1080)'
  },
  {
    // w-selfhosted: DigitalOcean's plan limit on repositories
    id: 'GEN007',
    diagnosis: 'not-a-login-failure',
    match: [['registry contains', 'repositories, limit is']],
    source:
      'DigitalOcean Container Registry on a plan whose repository count is reached: "denied: registry contains 1 repositories, limit is 1" (docker/build-push-action#586, #585; docs.digitalocean.com container-registry limits)',
    what: "the registry already holds as many repositories as its plan allows (e.g. DigitalOcean's): delete a repository, or move to a larger plan"
  },
  {
    // an https:// request to a port that speaks plain HTTP is NET001's
    // ("server gave HTTP response"); this is the reverse
    id: 'GEN008',
    diagnosis: 'registry-unreachable',
    case: 'http-to-https-port',
    match: ['the plain http request was sent to https port'],
    source:
      'nginx answering 400 "The plain HTTP request was sent to HTTPS port" when docker speaks plain HTTP (an insecure-registries entry) to its TLS port (docker/for-mac#3359: a Nexus registry)'
  },
  {
    // docs/registries.md §13c (l): JFrog Artifactory's 401 to a request
    // without credentials (a wrong one is GEN005's BAD_CREDENTIAL)
    id: 'GEN009',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['unknown: authentication is required'],
    source:
      'docs/registries.md §13c (l): Artifactory before docker login: "Head "https://docker-all.artifactory.tools/spring-boot/manifests/11-jdk": unknown: Authentication is required" (fix: docker logout/login), "Get https://…-docker-local.artifactory.swg-devops.com/v2/…/manifests/latest: unknown: Authentication is required" (fixed by docker login), both found through the code index; jfrog rt docker-push without a docker login (Shippable/support#4343)'
  },
  {
    // docs/registries.md §13ff (b): registry.redhat.io's answer to a
    // request without a login; before QUAY001, which reads the
    // containers/image framing around it as a refused password
    id: 'GEN010',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['please login to the red hat registry'],
    source:
      'docs/registries.md §13ff (b): registry.redhat.io refusing a pull with no login: "unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials" (Red Hat, "Red Hat Container Registry Authentication", access.redhat.com/RegistryAuthentication), printed by docker ("Get https://registry.redhat.io/v2/…/manifests/latest: unauthorized: Please login …", docs/real-texts.md dev7-generic-13) and by buildah behind containers/image\'s "unable to retrieve auth token: invalid username/password" (redhat-actions/buildah-build, docs/real-texts.md dev14-generic-04)'
  },
  {
    // docs/registries.md §13ff (c): a valid account the registry does not
    // entitle to the repository (SUSE Application Collection)
    id: 'GEN011',
    diagnosis: 'insufficient-scope',
    match: ['lacks necessary subscription'],
    source:
      'docs/registries.md §13ff (c): SUSE Application Collection (dp.apps.rancher.io) refusing a chart to a service account without the subscription: "403: denied: Forbidden access to suse-ai-deployer image in charts repository. <account> lacks necessary subscription." (docs/real-texts.md dev14-generic-06; fixed with a user access token that has it)'
  },
  {
    // attack-17 repro-01: GEN010's words where the text shows a login (its
    // /v2/ ping, docker login's words): Red Hat says "Please login" to a
    // refused credential too. No wording of its own: `byRequest` reaches it
    id: 'GEN012',
    diagnosis: 'invalid-credentials',
    match: [],
    source:
      'docs/registries.md §13jj (a): registry.redhat.io answers a refused credential as it answers none, "unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials"; at a login ("Login did not succeed, error: Error response from daemon: Get https://registry.redhat.io/v2/: unauthorized: Please login …") the credential sent was refused: a registry service account\'s token that was regenerated or deleted, a Customer Portal password where a token is needed'
  }
]

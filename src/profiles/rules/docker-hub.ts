/**
 * The wordings of Docker Hub (its profile: src/profiles/docker-hub.ts), as rules
 * with stable ids and sources. A rule table, in the rules' chunk
 * (src/profiles/rules/index.ts): loaded only when a text must be read.
 */
import type { TextRule } from '../types.js'

export const RULES: readonly TextRule[] = [
  {
    // docs/registries.md §13oo (d): a push that would move a tag Docker
    // Hub keeps immutable, under the words of a refused push (REG002)
    id: 'HUB019',
    diagnosis: 'not-a-login-failure',
    case: 'immutable-tag',
    match: ['cannot be updated due to immutability settings'],
    source:
      'docs/registries.md §13oo (d): Docker Hub\'s immutable tags (docs.docker.com/docker-hub/repos/manage/hub-images/immutable-tags/), "denied: requested access to the resource is denied - This tag is already assigned to an image in this repository and cannot be updated due to immutability settings. To push this image, use a different tag." (dev20-not-login-03, kimai/kimai#5791; sergienko4/israeli-bank-importer DOCKER-IMMUTABILITY-FIX.md)'
  },
  // A pull, not a login: the URL names a manifest. Before the wordings it
  // holds (HUB003, HUB006, HUB010). docs/registries.md §10
  {
    id: 'HUB014',
    diagnosis: 'stale-login',
    match: [
      ['/manifests/', 'incorrect username or password'],
      ['/manifests/', 'please use personal access token to login']
    ],
    source:
      'docker pull of a public image with an outdated stored login, fixed by docker logout (firstbatchxyz/dkn-compute-launcher#1, dotnet/dotnet-docker#722, kunickiaj/kudu-docker#7, nodejs/docker-node#553; after 2FA was turned on: docker/hub-feedback#1981)'
  },
  {
    // docs/registries.md §13f (c): BuildKit's (or containerd's) token
    // request for a pull alone, refused 401 by Docker Hub: the credential
    // docker holds for docker.io is wrong, where a pull needs none
    id: 'HUB017',
    diagnosis: 'stale-login',
    match: [
      [
        'failed to fetch oauth token',
        'auth.docker.io/token',
        '%3apull&service=',
        '401 unauthorized'
      ]
    ],
    source:
      'docs/registries.md §13f (c): containerd remotes/docker/auth fetchToken "failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Fnode%3Apull&service=registry.docker.io: 401 Unauthorized" (buildx FROM node:20-alpine); Docker Hub grants a pull of a public image to anyone, so a 401 refuses the credential sent (HUB014\'s reading)'
  },
  {
    id: 'HUB001',
    diagnosis: 'login-locked-out',
    match: ['too many failed login attempts'],
    source: 'Docker Hub 429, docker/hub-feedback#786, #2217'
  },
  {
    id: 'HUB002',
    diagnosis: 'rate-limited',
    match: ['you have reached your pull rate limit'],
    namesRegistry: true,
    source: 'Docker Hub 429, docker/docs usage/pulls.md'
  },
  {
    // the wording of the pull limit for pulls without a login (2025)
    id: 'HUB015',
    diagnosis: 'rate-limited',
    match: ['you have reached your unauthenticated pull rate limit'],
    namesRegistry: true,
    source:
      'Docker Hub 429 for a pull without a login (docs.docker.com/docker-hub/usage/pulls: unauthenticated users are limited per IP address): "toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit" (docker/hub-feedback#2464, docker/hub-feedback#2505, antimony-team/antimony#1)'
  },
  // Must come before the PAT wordings: it contains one of them.
  {
    id: 'HUB003',
    diagnosis: 'password-with-sso',
    match: ['when sso is enforced'],
    source: 'Docker Hub 401 before 2024-09, docker/hub-feedback#2181'
  },
  {
    id: 'HUB004',
    diagnosis: 'password-with-2fa',
    match: [
      'require secondary authentication on mfa enabled account',
      // as a client's user quoted it (docker-archive-public/docker.kitematic#5537)
      'require secondary authentication on mfa enable account'
    ],
    source:
      'Docker Hub API /v2/users/login, docker/hub-tool client.go; microsoft/vscode-docker#1591; docker-archive-public/docker.kitematic#5537'
  },
  {
    id: 'HUB012',
    diagnosis: 'password-with-2fa',
    match: ['two-factor authentication is required'],
    source:
      'the error text Docker Hub 2FA troubleshooting guides are titled by (deverrors.com/errors/docker-login-failed-2fa); not seen in a registry answer (docs/docker-hub.md §6)'
  },
  {
    id: 'HUB013',
    diagnosis: 'password-with-2fa',
    match: ['2fa required, please provide the 6 digit code'],
    source:
      'docker/hub-tool internal/login/login.go: a password login to a 2FA account asks for the code (docker/hub-tool#162)'
  },
  {
    id: 'HUB005',
    diagnosis: 'pat-required',
    match: ['must log in with a personal access token'],
    source: 'Docker Hub 401 since 2024, Ladicle/kubectl-rolesum#49',
    next: 'hub-login'
  },
  {
    id: 'HUB006',
    diagnosis: 'pat-required',
    match: ['please use personal access token to login'],
    source: 'Docker Hub 401 2020-2023, docker/hub-feedback#1981',
    next: 'hub-login'
  },
  {
    id: 'HUB007',
    diagnosis: 'token-expired',
    match: ['personal access token is expired'],
    source: 'Docker Hub 401, sailor-sh/CK-X#60'
  },
  {
    id: 'HUB008',
    diagnosis: 'token-expired',
    match: ['org access token is expired'],
    source: 'Docker Hub 401, linuxarena/control-tower#1007'
  },
  {
    id: 'HUB009',
    diagnosis: 'insufficient-scope',
    match: ['insufficient scopes'],
    source: 'Docker Hub 401 for push scope, docker/cli#4511, moby/moby#45726'
  },
  {
    // docs/registries.md §13c (g): Docker Hub's own API (not the
    // registry) refusing an access token, or a JWT obtained with one
    id: 'HUB016',
    diagnosis: 'unsupported-credential-kind',
    case: 'hub-api-token',
    match: [
      'forbidden with personal access token',
      'token issued from personal access token',
      'forbidden with a jwt issued',
      'cannot be used as a bearer'
    ],
    source:
      'docs/registries.md §13c (g): Docker Hub\'s API with a personal access token: "access to the resource is forbidden with personal access token" ("Personal access token is restricted to registry APIs only", docker/hub-feedback#2006; #2127, #2171; christian-korneck/docker-pushrm#4), "token issued from personal access token is not allowed." (docker/hub-feedback#2478, #2438), "access is forbidden with a JWT issued …" (docker/hub-feedback#2253), "A personal access token or organization access token cannot be used as a bearer. A proper bearer token must be obtained via /v2/auth/token" (jaegertracing/jaeger#3842; docs.docker.com Hub API "Create access token")'
  },
  {
    id: 'HUB010',
    diagnosis: 'invalid-credentials',
    match: ['incorrect username or password'],
    source: 'Docker Hub 401, go-containerregistry transport/error_test.go'
  },
  {
    id: 'HUB011',
    diagnosis: 'invalid-credentials',
    match: ['incorrect authentication credentials'],
    source: 'Docker Hub API /v2/users/login, docker/hub-tool'
  },
  {
    // docs/registries.md §13ss (c): Docker Hub's v1 login refusing the
    // username or password
    id: 'HUB021',
    diagnosis: 'invalid-credentials',
    match: ['wrong login/password, please try again'],
    source:
      'docs/registries.md §13ss (c): docker-py, "docker.errors.APIError: 401 Client Error: Unauthorized ("Wrong login/password, please try again")" from Client.login against Docker Hub (docker/docker-py#689); the docker daemon\'s v1 login (registry/auth.go, "Wrong login/password, please try again")'
  },
  {
    // docs/registries.md §13uu (c): Docker Hub's v1 index refusing a push
    // that would create a repository in a namespace the account may not
    // create in
    id: 'HUB022',
    diagnosis: 'insufficient-scope',
    match: ['not allowed to create repo at given location'],
    source:
      'docs/registries.md §13uu (c): docker 1.x\'s push, "FATA[0001] Error: Status 403 trying to push repository continuumio/miniconda3: "Access Denied: Not allowed to create Repo at given location"", a member of the organization without the right to create its repositories (docs/real-texts.md dev67-docker-hub-05)'
  },
  {
    // docs/registries.md §13vv (c): Docker Hub's refusal of a login whose
    // username is an email address. No wording of its own: `byRequest`
    // (src/operation.ts) reaches it from HUB010 where the text shows the
    // username sent
    id: 'HUB023',
    diagnosis: 'email-as-username',
    match: [],
    source:
      'docs/registries.md §13vv (c): docker login to Docker Hub answered "Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password" after its prompt was given an email address, "Username: user@mycompany.com" (docs/real-texts.md dev86-docker-hub-14): Docker Hub\'s registry login takes the Docker ID, not the account\'s email (docs/docker-hub.md §3, "an email address as username")'
  },
  {
    // docs/registries.md §13gg: a pull of an official image's name (or of
    // a one-part name a client sent without library/) refused 401 by
    // Docker Hub: official images are public, so no such image exists. No
    // wording of its own: `byRequest` (src/operation.ts) reaches it from
    // a 401 read as a pull or as a request with none shown
    id: 'HUB018',
    diagnosis: 'repository-not-found',
    case: 'official-image',
    // the name is Docker Hub's whoever asks (explain --registry elsewhere)
    namesRegistry: true,
    match: [],
    source:
      'docs/registries.md §13gg: Docker Hub answers a pull of a repository that does not exist with 401 UNAUTHORIZED "authentication required" to an anonymous request, as it does a private one (distribution token.md: the token carries no pull scope for it); its official images, library/<name>, are public, so a 401 for one names an image that does not exist: a stray word taken for the image (cosign sign … cosign docker.io/…, crane push … localhost), a build stage name looked up as an image (kaniko, Skaffold), an image only in the local daemon (Trivy), a client that does not add library/ (oras, rules_docker) (docs/real-texts.md dev9-docker-hub-06, dev10-docker-hub-04, dev11-not-login-02, dev14-not-login-08, dev14-not-login-09)'
  },
  {
    // docs/registries.md §13rr (e): a request to Docker Hub for a
    // repository whose first part is a registry's host (…docker.io/v2/
    // nvcr.io/nvidia/pytorch/…): the reference's host was taken for a
    // Docker Hub namespace, which holds no dot. No wording of its own:
    // `byRequest` reaches it from a 401 read as a refused login
    id: 'HUB020',
    diagnosis: 'repository-not-found',
    namesRegistry: true,
    match: [],
    source:
      'docs/registries.md §13rr (e): Docker ID and organization names are 4 to 30 lowercase letters and digits (docs.docker.com, "Create an account"), so no Docker Hub namespace holds a dot; enroot (Slurm pyxis) reads `nvcr.io/nvidia/pytorch:20.12-py3` as a Docker Hub name, wanting `nvcr.io#nvidia/pytorch`, and asks "URL https://registry-1.docker.io/v2/nvcr.io/nvidia/pytorch/manifests/20.12-py3 returned error code: 401 Unauthorized" (docs/real-texts.md dev31-docker-hub-05, dev31-acr-05 with an azurecr.io host)'
  },
  {
    // docs/registries.md §13ww (j): a push to Docker Hub's library/<host>:
    // the image was tagged with a registry host alone. No wording of its
    // own: `byRequest` (src/operation.ts) reaches it from a push's refusal
    id: 'HUB025',
    diagnosis: 'registry-mismatch',
    case: 'host-as-image-name',
    match: [],
    source:
      'docs/registries.md §13ww (j): distribution/reference reads a first component as a registry host only before a "/", so a tag "mycontainerreg.azurecr.io:0.0.1-windows-amd64" is the image "docker.io/library/mycontainerreg.azurecr.io", and docker pushes it to Docker Hub: "The push refers to repository [docker.io/library/mycontainerreg.azurecr.io] … denied: requested access to the resource is denied" (docs/real-texts.md dev103-acr-03)'
  }
]

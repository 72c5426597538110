/**
 * The wordings of Quay (its profile: src/profiles/quay.ts), as rules
 * with stable ids and sources. A rule table, in the rules' chunk
 * (src/profiles/rules/index.ts): loaded only when a text must be read.
 */
import type { TextRule } from '../types.js'

export const RULES: readonly TextRule[] = [
  {
    id: 'QUAY001',
    diagnosis: 'invalid-credentials',
    match: ['invalid username or password', 'invalid username/password'],
    source:
      'Quay /v2/auth 401 for a user (docs/registries.md §3 (d): quay/quay data/users/database.py "Invalid Username or Password", LDAP and Keystone "Invalid username or password."; "invalid username/password" not seen at source)'
  },
  {
    // endpoints/v2/errors.py InvalidLogin's default message
    id: 'QUAY013',
    diagnosis: 'invalid-credentials',
    match: ['specified credentials are invalid'],
    source:
      'docs/registries.md §13c (j): quay/quay endpoints/v2/errors.py InvalidLogin: 401 UNAUTHORIZED "Specified credentials are invalid" (the registry\'s answer to a login it refuses where no more precise message is given)'
  },
  {
    id: 'QUAY002',
    diagnosis: 'invalid-credentials',
    match: ['could not find robot with'],
    source:
      'Quay /v2/auth 401 for a robot: no such robot, or a wrong token (docs/registries.md §3 (d): quay/quay data/model/user.py verify_robot, lookup_robot)'
  },
  {
    id: 'QUAY003',
    diagnosis: 'unsupported-credential-kind',
    match: ['robot account have been disabled'],
    source:
      'Quay with ROBOTS_DISALLOW set: robots refused unless allowed (docs/registries.md §3 (d): quay/quay data/model/user.py verify_robot)'
  },
  {
    id: 'QUAY004',
    diagnosis: 'pat-required',
    match: ['client login with unencrypted passwords is disabled'],
    source:
      'Quay with FEATURE_REQUIRE_ENCRYPTED_BASIC_AUTH: a plain password refused (docs/registries.md §3 (d): quay/quay data/users/__init__.py verify_and_link_user)'
  },
  {
    // a pull (a manifest being retrieved) refused at the ping: the client
    // sent a stored login, which Quay refused; an anonymous pull follows
    // the challenge instead. Before QUAY005, whose words it holds.
    id: 'QUAY006',
    diagnosis: 'stale-login',
    match: [['retrieving manifest', 'quay.io/v2/: unauthorized']],
    source:
      'a pull of a public Quay image with an outdated stored login, fixed by docker logout quay.io: "retrieving manifest for "quay.io/coreos/clair:v2.0.0": Get https://quay.io/v2/: unauthorized: access to the requested resource is not authorized" (jgsqware/clairctl#62); the same mechanism as Docker Hub\'s HUB014'
  },
  {
    // docs/registries.md §13c (d): the same 401 on a pull: Quay answers a
    // missing and a private repository alike; before QUAY005
    id: 'QUAY011',
    diagnosis: 'repository-not-found',
    match: [
      // docs/registries.md §13vv (b): quay.io's page for a repository the
      // visitor may not see
      'you are not authorized to view this resource',
      [
        'reading manifest',
        'access to the requested resource is not authorized'
      ],
      // docker-compose v1's "Pulling %s (%s)..." (compose/service.py); not a
      // bare "pulling", which a build's base image prints before a push
      [
        'pulling ',
        ')...',
        'access to the requested resource is not authorized'
      ],
      [
        'failed to pull image',
        'access to the requested resource is not authorized'
      ],
      ['%3apull&', 'access to the requested resource is not authorized'],
      // docs/registries.md §13t (c): docker's and podman's pull commands
      ['docker pull ', 'access to the requested resource is not authorized'],
      ['trying to pull ', 'access to the requested resource is not authorized'],
      // docker-compose v1's "ERROR: for <service>  <error>" of a pull or an
      // up (compose/parallel.py; docs/registries.md §13uu (b))
      ['error: for ', 'access to the requested resource is not authorized']
    ],
    source:
      'docs/registries.md §13c (d): quay/quay endpoints/v2/__init__.py require_repo_read: "if repository_ref is None or not repository_ref.is_public: raise Unauthorized(repository=…, scopes=[\'pull\'])", one 401 for a missing and for a private repository; docker-compose v1 compose/service.py pull "Pulling %s (%s)...": a compose file naming an image no longer published (BaobabLims/baobab.lims#103), podman pulling a private repository without a login (eclipse-che/che#23919); `byRequest` reaches it from QUAY005 on any text that shows a pull and no push (docs/registries.md §13ll (a), (e)); docker-compose v1\'s "ERROR: for php  unauthorized: access to the requested resource is not authorized" for each service of a compose file naming quay.io images it could not read (docs/real-texts.md dev60-quay-01, dev60-quay-02; docs/registries.md §13uu (b)); quay.io\'s web page for a repository the visitor may not see, private or missing, "403: Unauthorized / You are not authorized to view this resource" (docs/real-texts.md dev83-quay-03; docs/registries.md §13vv (b))'
  },
  {
    // docs/registries.md §13vv (d): a push to an organization that does not
    // exist
    id: 'QUAY015',
    diagnosis: 'repository-not-found',
    case: 'namespace-create-denied',
    match: ['unsupported: cannot create organization'],
    source:
      'docs/registries.md §13vv (d): Red Hat Quay\'s token service (its mirror registry) refusing a push whose organization does not exist and may not be created by it, "GET https://registry-host:8443/v2/auth?scope=repository%3Aocp4%2Foc-mirror%3Apush%2Cpull…: UNSUPPORTED: Cannot create organization" (oc-mirror\'s push check; docs/real-texts.md dev89-quay-06)'
  },
  {
    id: 'QUAY005',
    diagnosis: 'insufficient-scope',
    match: [
      'access to the requested resource is not authorized',
      ['head request to https://quay.io/v2/', '/blobs/', '401 unauthorized'],
      // docs/registries.md §13aaa (i): regclient's refused blob upload
      ['failed to send blob post', 'unauthorized']
    ],
    source:
      'Quay 401 UNAUTHORIZED on a repository the credential may not use, or that does not exist (docs/registries.md §3 (d): quay/quay endpoints/v2/errors.py Unauthorized; jaegertracing/jaeger#2498, operator-framework/operator-sdk#1337, ambient-code/platform#669); regclient (regsync) pushing with a robot account, "failed to send blob post, ref quay.io/daniel/test:latest: unauthorized" (regclient/regclient#731; docs/real-texts.md dev107-quay-07; docs/registries.md §13aaa (i))'
  },
  {
    // w-selfhosted: the namespace's storage quota, not the credential
    id: 'QUAY007',
    diagnosis: 'not-a-login-failure',
    match: ['quota has been exceed'],
    source:
      'Quay with FEATURE_QUOTA_MANAGEMENT refusing a push over the namespace\'s quota: 403 DENIED "Quota has been exceed on namespace" (quay/quay endpoints/v2/errors.py QuotaExceeded, sic; quay/quay#1048)',
    what: "the push would exceed the Quay namespace's storage quota: delete images from the namespace, or have an administrator raise the quota"
  },
  {
    // w-selfhosted: a registry or namespace an administrator froze
    id: 'QUAY008',
    diagnosis: 'not-a-login-failure',
    match: [
      'system is currently read-only',
      'this namespace is disabled',
      // docs/registries.md §13c (j)
      'pushes to the registry are currently disabled',
      'has been geo-ip blocked'
    ],
    source:
      'Quay refusing writes whatever the credential: 405 DENIED "System is currently read-only. Pulls will succeed but all write operations are currently suspended." (ReadOnlyMode) and "This namespace is disabled. Please contact your system administrator." (NamespaceDisabled) (quay/quay endpoints/v2/errors.py); 405 "Pushes to the registry are currently disabled. Please contact the administrator for more information." (PushesDisabled) and 403 DENIED "The region from which you are pulling has been geo-ip blocked. Please contact the namespace owner." (BlobDownloadGeoBlocked) (same file; docs/registries.md §13c (j))',
    what: "Quay refuses this by an administrator's setting (read-only mode, a disabled namespace, pushes disabled, a geo-IP block): ask the Quay administrator or namespace owner"
  },
  {
    // w-selfhosted: the account itself is disabled; no password helps
    id: 'QUAY009',
    diagnosis: 'invalid-credentials',
    case: 'account-disabled',
    match: ['this user has been disabled'],
    source:
      'Quay /v2/auth 401 for a disabled user: "This user has been disabled. Please contact your administrator." (quay/quay data/users/__init__.py; docs/registries.md §3 (d))'
  },
  {
    // w-selfhosted: Quay's API (not its registry) takes OAuth tokens only
    id: 'QUAY010',
    diagnosis: 'unsupported-credential-kind',
    case: 'quay-api-token',
    match: ['csrf token was invalid or missing'],
    source:
      'Quay\'s REST API (not /v2/) refusing a robot token or password sent where an OAuth application token is needed: "CSRF token was invalid or missing" (christian-korneck/docker-pushrm#13, #26: robots "can only do the Docker side of things ... but not use the quay api"; docs/registries.md §3 (a))'
  },
  {
    // docs/registries.md §13c (j): Quay's application registry (cnr,
    // helm registry plugin, operator-courier) refusing a create or push
    id: 'QUAY012',
    diagnosis: 'insufficient-scope',
    match: ['unauthorized access for:'],
    source:
      'docs/registries.md §13c (j): quay/quay endpoints/appr: Forbidden("Unauthorized access for: %s", {"package": …, "scopes": [\'create\']}) when the account may not create or write the package; operator-courier with a robot without create: "Failed to push to app registry: Quay.io answered: \'forbidden\' (Unauthorized access for: cmoulliard/component-operator)" (operator-framework/operator-courier#30)'
  },
  {
    // docs/registries.md §13ss (d): Quay's v1 answer to docker 1.x's pull
    // of a private repository that sent no login
    id: 'QUAY014',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [['status 403 trying to pull repository', 'permission denied']],
    source:
      'docs/registries.md §13ss (d): docker 1.x\'s v1 pull of a private quay.io repository, "Error: Status 403 trying to pull repository <ns>/<repo>: "{\\"error\\": \\"Permission Denied\\"}"", from clients that held a login and did not send it: Watchtower before its registry auth (containrrr/watchtower#6), Shippable\'s pre-CI build (Shippable/support#1716), rancher-compose (rancher/rancher#2110)'
  }
]

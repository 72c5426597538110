/**
 * The last-resort layer (docs/registries.md §13b): rules read from how a
 * client frames a registry's answer — the request (method and path kind),
 * the status as that client prints it, and the distribution error code —
 * for texts no registry's or client's own wording recognised. They are
 * walked after every other table (`rulesFor`), so they never shadow a
 * specific rule; the WORDINGS test in __tests__/profiles.test.ts proves
 * each wording reaches its rule.
 *
 * The client formats (§13b (a)): containerd remotes/docker
 * `unexpected status from <METHOD> request to <url>: <status>` and
 * `failed to do request: <url.Error>`; go-containerregistry
 * `<METHOD> <url>: <CODE>: <message>` or `unexpected status code <n>
 * <text>`; oras-go `<METHOD> "<url>": response status code <n>: <code>:
 * <message>`; containers/image `reading manifest …`, `initiating layer
 * upload to …`, `uploading manifest …`, `StatusCode: <n>, "<body>"`,
 * `invalid status code from registry <n> (<text>)`.
 *
 * A table of the rules' chunk (src/profiles/rules/index.ts), loaded only
 * when a text must be read. The framings of a pull and of a push, which
 * read a 401 by its request, are in src/operation.ts.
 */
import type { TextRule } from '../types.js'

const SECTION = 'docs/registries.md §13b'

export const FALLBACK_RULES: readonly TextRule[] = [
  {
    // Go's net/http returns a proxy's refusal of the CONNECT tunnel as an
    // error of the request (its status text alone); an answer of the
    // registry never does: containerd returns it as an unexpected status
    id: 'FB001',
    diagnosis: 'registry-unreachable',
    // the proxy's refusal, not the registry's (attack-69 A69-02)
    case: 'proxy-unreachable',
    match: [
      ['failed to do request', '": forbidden'],
      ['failed to do request', '": 403 forbidden'],
      // any request's URL, a manifest's too (FB023's 403 until attack-70
      // A70-02: its 5xx forms are the proxy's report on the registry)
      ['/v2/', '": forbidden'],
      // before Go 1.14, without the quotes (§13e (a))
      '/v2/: forbidden'
    ],
    source: `${SECTION} (b): Go net/http transport.go dialConn (a CONNECT answered other than 200 → errors.New(<status text>), e.g. "Forbidden"); containerd core/remotes/docker/resolver.go request.do ("failed to do request: %w" wraps only errors of client.Do, never an HTTP answer)`
  },
  {
    // a push (an upload started, a blob or manifest written) refused with
    // 403 or DENIED: the credential logs in but may not write there
    id: 'FB002',
    diagnosis: 'insufficient-scope',
    match: [
      ['/blobs/uploads/', '403 forbidden'],
      ['/blobs/uploads/', 'status code 403'],
      ['/blobs/uploads/', 'statuscode: 403'],
      ['/blobs/uploads/', 'denied:'],
      ['put request to', '/manifests/', '403 forbidden'],
      ['put https://', '/manifests/', 'denied:'],
      ['put https://', '/manifests/', '403 forbidden'],
      ['put "https://', '/manifests/', 'status code 403'],
      ['uploading manifest', 'statuscode: 403'],
      ['uploading manifest', 'denied:'],
      ['failed commit on ref', '403 forbidden'],
      ['failed to push', '403 forbidden']
    ],
    source: `${SECTION} (c): distribution api.md "403 Forbidden … The client does not have required access to the repository" (DENIED, code-12) on end-4a/end-6/end-7; formats: containerd core/remotes/errors ErrUnexpectedStatus, core/content "failed commit on ref %q"; go-containerregistry transport.Error; oras-go errcode.ErrorResponse; containers/image docker_image_dest.go "initiating layer upload to %s in %s", "uploading manifest %s to %s", docker/errors.go "StatusCode: %d"`
  },
  {
    // containerd's pusher when the token it got still answers 401
    // (ErrInvalidAuthorization "authorization failed")
    id: 'FB003',
    diagnosis: 'insufficient-scope',
    match: [['push access denied', 'repository does not exist or may require']],
    source: `${SECTION} (c): containerd core/remotes/docker/pusher.go "push access denied, repository does not exist or may require authorization: %w" around ErrInvalidAuthorization (authorizer.go: the registry answered the retried request with the same 401 challenge)`
  },
  {
    // a push refused with 401 in the forms REG004 does not read; REG004's
    // own 401 on a push request comes here too (`byRequest`). A 401 says
    // the request carried no credential the registry took: none (the
    // client that pushed read no login for the host), or a wrong one on a
    // Basic-auth registry. A token without push is the rarer reading
    // (docs/registries.md §13m)
    id: 'FB004',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      ['/blobs/uploads/', 'statuscode: 401'],
      ['/blobs/uploads/', 'unauthorized:'],
      ['initiating layer upload to', ': authentication required'],
      ['uploading manifest', ': authentication required'],
      ['uploading manifest', 'statuscode: 401'],
      ['put https://', '/manifests/', 'unauthorized:']
    ],
    source: `${SECTION} (c) and docs/registries.md §13m: RFC 9110 §15.5.2 (401: the request lacks valid credentials); distribution docs/spec/auth/token.md (an anonymous token has no push; a token without the requested push scope also gets 401, code-11); on a Basic-auth registry (registry:2 htpasswd, Nexus, Artifactory) a wrong credential is refused at the upload itself; kaniko's push check answered "UNAUTHORIZED: authentication required" with a config docker used fine, because kaniko read no credential: the config mounted in the wrong place (GoogleContainerTools/kaniko#1209), a Kubernetes secret mounted without config.json (kaniko#3273); containers/image docker/errors.go (the code's default message alone: "authentication required"), go-containerregistry transport.Error ("UNAUTHORIZED: …")`
  },
  {
    // a pull (a manifest read) refused with 403 or DENIED: missing or
    // private, as docker's daemon answers such a pull
    id: 'FB005',
    diagnosis: 'repository-not-found',
    match: [
      ['request to', '/manifests/', '403 forbidden'],
      ['head https://', '/manifests/', '403 forbidden'],
      ['get https://', '/manifests/', '403 forbidden'],
      ['get https://', '/manifests/', 'denied:'],
      ['head "https://', '/manifests/', '403 forbidden'],
      ['get "https://', '/manifests/', 'status code 403'],
      ['head "https://', '/manifests/', 'status code 403'],
      ['reading manifest', 'statuscode: 403'],
      ['reading manifest', 'denied:'],
      // containerd's resolver when a host refused the manifest (§13c (m))
      ['pulling from host', '[manifests', '403 forbidden']
    ],
    source: `${SECTION} (d): moby distribution/errors.go translatePullError (DENIED, NAME_UNKNOWN and MANIFEST_UNKNOWN on a pull → "pull access denied for %s, repository does not exist or may require 'docker login'"), distribution api.md 403 on end-3; formats: containerd ErrUnexpectedStatus (resolver.go HEAD/GET …/manifests/) and resolver.go "pulling from host %s failed with status code %v: %v" ([manifests <ref>], docs/registries.md §13c (m)), go-containerregistry transport.Error, oras-go errcode.ErrorResponse, containers/image docker_client.go "reading manifest %s in %s"`
  },
  {
    // a pull refused with 401 in the forms REG004 does not read; REG004's
    // own 401 on a pull request comes here too (`byRequest`)
    // docs/registries.md §13p: a pull answered 401, in the forms REG004
    // does not read; REG004's own 401 on a pull comes here too (byRequest)
    id: 'FB006',
    diagnosis: 'missing-credentials',
    case: 'anonymous-pull',
    match: [
      ['reading manifest', ': authentication required'],
      ['reading manifest', 'statuscode: 401'],
      ['get https://', '/manifests/', 'unauthorized:'],
      ['get "https://', '/manifests/', 'status code 401'],
      ['head "https://', '/manifests/', 'status code 401'],
      // docs/registries.md §13aaa (i): a client's debug line of the status
      // and the manifest URL (atomic-reactor)
      ['[401] https://', '/manifests/']
    ],
    source: `${SECTION} (d) and docs/registries.md §13p: a 401 on a manifest read (end-3) after the token exchange: the token (anonymous, or of a login) carries no pull on that name — no login sent for the host, or a private or a missing repository, which registries answer alike (moby translatePullError gives both one message); the texts users posted were pulls with no login for the host (an image that needs one: container-registry.oracle.com, registry.redhat.io, a paid mirror) or of a name never published (Tencent's example image, a chart at another path); containers/image docker/errors.go (the default message alone: "authentication required")`
  },
  {
    id: 'FB007',
    diagnosis: 'repository-not-found',
    match: [
      ['/manifests/', '404 not found'],
      ['/manifests/', 'status code 404'],
      ['reading manifest', 'statuscode: 404'],
      ['/blobs/uploads/', '404 not found'],
      ['/blobs/uploads/', 'status code 404'],
      ['initiating layer upload to', 'statuscode: 404']
    ],
    source: `${SECTION} (e): OCI distribution-spec spec.md endpoints end-3 and end-4a fail with 404, "An attempt to pull a nonexistent repository MUST return response code 404 Not Found"; formats: go-containerregistry "unexpected status code 404 Not Found", oras-go "response status code 404", containers/image "StatusCode: 404"`
  },
  {
    id: 'FB008',
    diagnosis: 'not-a-login-failure',
    match: ['blob unknown', ['content at', 'not found: not found']],
    source: `${SECTION} (e): distribution error codes BLOB_UNKNOWN "blob unknown to registry" (code-1) and MANIFEST_BLOB_UNKNOWN (code-5), as containerd and oras-go print them ("blob unknown: …"); containerd core/remotes/docker/resolver.go withErrorCheck "content at %v not found: %w" (a 404 on a blob)`,
    what: 'the registry has no blob (layer or config) with the digest asked for or referenced: check that the image was pushed whole, and push it again'
  },
  {
    id: 'FB009',
    diagnosis: 'not-a-login-failure',
    match: ['invalid repository name', 'name_invalid', 'name invalid:'],
    source: `${SECTION} (e): distribution error code NAME_INVALID "invalid repository name" (code-8); containerd and oras-go print the code lowercased with spaces ("name invalid: …")`,
    what: 'the registry refuses the repository name as invalid (NAME_INVALID): correct the image name'
  },
  {
    id: 'FB010',
    diagnosis: 'not-a-login-failure',
    match: ['the operation is unsupported', ['/v2/', 'unsupported:']],
    source: `${SECTION} (e): distribution error code UNSUPPORTED "the operation is unsupported" (code-13): the registry does not do what the client asked (a media type, a mount, a delete), whatever the credential`,
    what: 'the registry does not support the operation asked for (UNSUPPORTED: e.g. a media type, a mount or a delete): no login changes it; use one it supports'
  },
  {
    // docs/registries.md §13ww (d): the upload session failed
    id: 'FB036',
    diagnosis: 'not-a-login-failure',
    match: [
      'blob_upload_invalid',
      'blob upload invalid',
      'blob_upload_unknown',
      'blob upload unknown'
    ],
    source: `${SECTION} (e), docs/registries.md §13ww (d): distribution error codes BLOB_UPLOAD_INVALID "blob upload invalid" (code-3: the upload can no longer proceed) and BLOB_UPLOAD_UNKNOWN "blob upload unknown to registry" (code-4: no such upload session); ECR's "BLOB_UPLOAD_INVALID: “First byte of the layer part is 10485760 instead of 20971520”" mid-push (docs/real-texts.md dev102-not-login-01, a retry worked)`,
    what: 'the registry dropped or refused a layer upload in progress (BLOB_UPLOAD_INVALID or _UNKNOWN), not the credential: push again'
  },
  {
    // 429s in the forms HTTP001 does not read
    id: 'FB011',
    diagnosis: 'rate-limited',
    match: ['status code 429', 'statuscode: 429', 'status: 429'],
    source: `${SECTION} (e): HTTP 429 (RFC 6585 §4; distribution-spec TOOMANYREQUESTS, code-14) as go-containerregistry, oras-go and containers/image print a bare status`
  },
  {
    // 5xx in the forms NET002 does not read
    id: 'FB012',
    diagnosis: 'registry-unreachable',
    match: [
      'status code 50',
      'statuscode: 50',
      'status: 50',
      // got's HTTPError (Renovate): docs/registries.md §13hh (h)
      'response code 50'
    ],
    source: `${SECTION} (e): HTTP 5xx as go-containerregistry ("unexpected status code 503 …"), oras-go ("response status code 502") and containers/image ("StatusCode: 500") print it: the registry or a proxy in front failed, not the credential`
  },
  {
    // a 401 with no request to say which: read as REG004 reads one
    id: 'FB013',
    diagnosis: 'invalid-credentials',
    match: ['status code 401', 'statuscode: 401'],
    source: `${SECTION} (e): HTTP 401 UNAUTHORIZED (code-11) as go-containerregistry, oras-go and containers/image print a bare status, with no request that shows a pull or a push (helm registry login, oras login)`
  },
  // (h) the last resort by status class: the token endpoint, error bodies
  // quoted without a known wording, pages that are not a registry's API,
  // a login's bare refusal, and the status classes read with a framing
  {
    // a 401 at the token endpoint: "the token server should return a 401
    // Unauthorized response indicating that the provided credentials are
    // invalid" (distribution token.md); containers/image's form of it
    id: 'FB014',
    diagnosis: 'invalid-credentials',
    match: [
      ['/token?', 'unauthorized:'],
      ['/oauth2/token', 'unauthorized:'],
      ['/jwt/auth?', 'unauthorized:']
    ],
    source: `${SECTION} (h): distribution docs/content/spec/auth/token.md ("If an attempt to authenticate to the token server fails, the token server should return a 401 Unauthorized response indicating that the provided credentials are invalid"); go-containerregistry transport.Error "%s %s: " + "%s: %s" on the realm (UNAUTHORIZED with a message of the token service's own); the realms /token, /v2/token, /service/token, ACR's /oauth2/token (§7), GitLab's /jwt/auth (§2). containers/image's "unable to retrieve auth token: invalid username/password" is QUAY001's, a bare 401 FB013's`
  },
  {
    // a 403 at the token endpoint on a pull: the token service would not
    // give the caller (anonymous, or a login) pull on that name
    id: 'FB015',
    diagnosis: 'repository-not-found',
    match: [
      [
        'initializing source',
        'requesting bearer token',
        'status code from registry 403'
      ],
      // containers/image's older spelling, "Requesting bear token" (§13k)
      [
        'initializing source',
        'requesting bear token',
        'status code from registry 403'
      ],
      [
        'initializing source',
        'trying to obtain access token',
        'status code from registry 403'
      ],
      ['/token?', '%3apull&', '403 forbidden'],
      ['/token?', '%3apull&', 'status code 403']
    ],
    source: `${SECTION} (h): a token service that refuses a scope outright answers 403 (GHCR, GAR, GitLab: §1, §6, §2; not in token.md, which asks for a token with fewer rights instead); on a pull that is a private or a missing repository ("Requesting bearer token: invalid status code from registry 403 (Forbidden)" for a package never published, a test found through the code index); containers/image docker_client.go getBearerToken httpResponseToError(res, "Requesting bearer token"), getBearerTokenOAuth2 "Trying to obtain access token", copy "initializing source %s: %w" (older releases spell it "Requesting bear token", as CRI-O and podman printed it: §13k); a scope asking pull alone (scope=repository%3A<name>%3Apull&) in go-containerregistry's "%s %s: " and containerd's "unexpected status from GET request to %s: %s"`
  },
  {
    // a 403 at the token endpoint with no pull to show: read as REG003
    // reads containerd's token refusals
    id: 'FB016',
    diagnosis: 'insufficient-scope',
    match: [
      ['requesting bearer token', 'status code from registry 403'],
      ['requesting bear token', 'status code from registry 403'],
      ['trying to obtain access token', 'status code from registry 403'],
      ['/token?', '403 forbidden'],
      ['/token?', 'status code 403'],
      ['/token?', 'statuscode: 403'],
      ['/token?', ': denied:'],
      ['/jwt/auth?', '403 forbidden'],
      ['/oauth2/token', '403 forbidden']
    ],
    source: `${SECTION} (h): the token service refused the scope asked for (GAR's token endpoint without the reader or writer role, §6 (e): google/ax#140; GitLab's 403 "access forbidden", §2; a skopeo sync guide: "Requesting bearer token: invalid status code from registry 403 (Forbidden)" when the stored login is invalid or expired, found through the code index); containers/image docker_client.go httpResponseToError(res, "Requesting bearer token") "%sinvalid status code from registry %d (%s)"; go-containerregistry transport.Error; containerd ErrUnexpectedStatus on the realm (/token, /v2/token, /oauth2/token, /jwt/auth, /service/token)`
  },
  {
    // Google's token endpoint answers 404 for a repository that does not
    // exist (§6 (e)): before FB018's reading of a token 404
    id: 'FB017',
    diagnosis: 'repository-not-found',
    match: [
      ['-docker.pkg.dev/v2/token', '404 not found'],
      ['gcr.io/v2/token', '404 not found']
    ],
    source: `${SECTION} (h): docs/registries.md §6 (e): a repository that does not exist, asked for by a caller with access to the project, answered 404 Not Found at /v2/token (a live test found through the code index; docker/setup-buildx-action#155)`
  },
  {
    // a 404 at the token endpoint elsewhere: no token service at the
    // realm the registry named (a wrong realm, a web server or a proxy)
    id: 'FB018',
    diagnosis: 'registry-unreachable',
    case: 'not-a-registry',
    match: [
      ['requesting bearer token', 'status code from registry 404'],
      ['requesting bear token', 'status code from registry 404'],
      ['trying to obtain access token', 'status code from registry 404'],
      ['/token?', '404 not found'],
      ['/token?', 'status code 404'],
      ['/jwt/auth?', '404 not found']
    ],
    source: `${SECTION} (h): RFC 9110 §15.5.5 (404: "the origin server did not find a current representation for the target resource"): the realm named in the registry's WWW-Authenticate challenge (distribution token.md, "How to authenticate") has no token service; containers/image "invalid status code from registry %d (%s)", go-containerregistry "unexpected status code %d %s", containerd ErrUnexpectedStatus`
  },
  {
    // the distribution error body quoted as JSON or as Go's %v of a
    // decoded map, with no known message: UNAUTHORIZED (code-11)
    id: 'FB019',
    diagnosis: 'invalid-credentials',
    match: [
      '"code":"unauthorized"',
      '"code": "unauthorized"',
      '\\"code\\":\\"unauthorized\\"',
      'map[code:unauthorized'
    ],
    source: `${SECTION} (h): OCI distribution-spec spec.md "Error Codes" ({"errors":[{"code":"UNAUTHORIZED","message":…}]}, "authentication required", code-11), read as REG004 reads "unauthorized: authentication required"; quoted as JSON, as Go's %q of it (docker/distribution registry/client/errors.go "error parsing HTTP %d response body: %s: %q") or as fmt %v of a decoded map ("map[code:UNAUTHORIZED detail:… message:…]")`
  },
  {
    // DENIED (code-12) quoted so: read as REG002 reads its message
    id: 'FB020',
    diagnosis: 'insufficient-scope',
    match: [
      '"code":"denied"',
      '"code": "denied"',
      '\\"code\\":\\"denied\\"',
      'map[code:denied'
    ],
    source: `${SECTION} (h): OCI distribution-spec spec.md "Error Codes" (DENIED "requested access to the resource is denied", code-12: the caller may not do this), read as REG002 reads its default message; quoted as JSON, as Go's %q or as fmt %v of a decoded map`
  },
  {
    // a 401 whose body is not the registry's JSON: a login refused by the
    // registry or by the web server that guards it (nginx auth_basic)
    id: 'FB021',
    diagnosis: 'invalid-credentials',
    match: [
      'error parsing http 401 response body',
      '401 authorization required'
    ],
    source: `${SECTION} (h): docker/distribution registry/client/errors.go "error parsing HTTP %d response body: %s: %q" (a 4xx body that is not the errcode JSON); nginx's own 401 page "<title>401 Authorization Required</title>" (nginx src/http/ngx_http_special_response.c), as in front of a registry with auth_basic (distribution docs "Authenticate proxy with nginx"); RFC 9110 §15.5.2 (401: the request lacks valid credentials)`
  },
  {
    // a web page or a bare status text where the registry answers JSON: a
    // proxy, a firewall, a WAF or a load balancer answered, not the registry
    id: 'FB022',
    diagnosis: 'registry-unreachable',
    case: 'not-a-registry',
    match: [
      'request forbidden by administrative rules',
      'your client does not have permission to get url',
      '<h1>403 forbidden</h1>',
      '<title>403 forbidden</title>',
      '<title>error 403 (forbidden)',
      // a page, not a registry's empty 403 ("unexpected end of JSON
      // input": docs/registries.md §13o (h))
      ['error parsing http 403 response body', "invalid character '<'"],
      // §13kk (c): nginx answering a push itself (a 405 page)
      ['error parsing http 405 response body', "invalid character '<'"],
      '<h1>404 not found</h1>',
      '<title>404 not found</title>',
      '404 page not found',
      // §13c (n): a web application's own 404 page on a registry request
      "the page you're looking for could not be found",
      ['status 404', '<!doctype html']
    ],
    source: `${SECTION} (h): a registry answers its errors as the spec's JSON (a 4xx body "MAY" be in any format, but "If the response body is in JSON format, it MUST be" the errors object, spec.md "Error Codes"; containers/image docker/errors.go quotes it), and these pages are the default pages of what stands in front [I: read as a proxy, firewall, WAF or load balancer that answered]: HAProxy's default 403 page "<h1>403 Forbidden</h1> Request forbidden by administrative rules." (docker/hub-feedback#528 on docker login, moby/moby#14462), Google's front end "<title>Error 403 (Forbidden)!!1</title> … Your client does not have permission to get URL" (rpardini/docker-registry-proxy#152; isard-vdi/isard#448 "error parsing HTTP 403 response body: invalid character '<' …"), nginx's "<h1>404 Not Found</h1>" (goharbor/harbor#1089, NET004), Go net/http NotFound "404 page not found"; docs/registries.md §13c (n): GitLab's public/404.html "<title>The page you're looking for could not be found (404)</title>" where a self-managed GitLab's registry address served GitLab itself, in docker's v1 push "Error: Status 404 trying to push repository %s: %q" (sameersbn/docker-gitlab#876)`
  },
  {
    // Go's net/http: a proxy's refusal of the CONNECT tunnel is the status
    // text alone inside the url.Error of the request (FB001's reading, on
    // any registry request and for the other refusals)
    id: 'FB023',
    diagnosis: 'registry-unreachable',
    // a proxy's 502, 503 or 504: it could not reach the registry, whose
    // name or state is what to check (attack-70 A70-02); its 403 is FB001's
    match: [
      ['/v2/', '": bad gateway'],
      ['/v2/', '": service unavailable'],
      ['/v2/', '": gateway timeout'],
      // Go before 1.14 printed the url.Error without quotes (§13e (a))
      ['/v2/', ': bad gateway'],
      ['/v2/', ': service unavailable'],
      ['/v2/', ': gateway timeout']
    ],
    source: `${SECTION} (h) and (b): Go net/http transport.go dialConn (a CONNECT answered other than 200 → errors.New(<status text>): "Forbidden", "Bad Gateway", …), printed by url.Error as Head "https://…/v2/<name>/manifests/<ref>": Forbidden; a registry's own answer is a response, never an error of the request; before Go 1.14 (its release notes: net/url Error now quotes the URL) the same error read Get https://…/v2/: Service Unavailable (docs/registries.md §13e (a); goharbor/harbor#10721)`
  },
  {
    // docker's login answered 401 with a body docker does not print (the
    // token request refused): the bare code of the distribution client
    id: 'FB024',
    diagnosis: 'invalid-credentials',
    match: ['/v2/": unauthorized', '/v2/: unauthorized'],
    source: `${SECTION} (h): docker/distribution registry/client/errors.go HandleErrorResponse (a 401 → errcode UNAUTHORIZED, printed lower case) inside the url.Error of the login's GET /v2/ ("Error response from daemon: Get \\"https://<host>/v2/\\": unauthorized"), seen for Gitea, Harbor, Scaleway, JFrog, ACR and GHCR logins in projects' troubleshooting notes found through the code index (not citable by repository); distribution token.md (a 401 from the token server: the credentials are invalid)`
  },
  {
    // the remaining status classes, each with a registry request: a tags
    // list not found; a token, tags or blob request answered 5xx or 429
    id: 'FB025',
    diagnosis: 'repository-not-found',
    match: [
      ['/tags/list', '404 not found'],
      ['/tags/list', 'status code 404'],
      ['fetching tags list', 'status code from registry 404']
    ],
    source: `${SECTION} (h): OCI distribution-spec spec.md end-8a (GET /v2/<name>/tags/list) fails with 404 for a repository that does not exist; containers/image docker_image.go httpResponseToError(res, "fetching tags list"), go-containerregistry and containerd status formats (§13b (a))`
  },
  {
    id: 'FB026',
    diagnosis: 'registry-unreachable',
    match: ['status code from registry 50', 'error parsing http 50'],
    source: `${SECTION} (h): RFC 9110 §15.6 (5xx: the server failed to fulfil a valid request): containers/image "invalid status code from registry %d (%s)" on a token, tags-list or partial-blob request, docker/distribution "error parsing HTTP %d response body" (an HTML page of a load balancer): the registry or a proxy failed, not the credential`
  },
  {
    id: 'FB027',
    diagnosis: 'rate-limited',
    match: [
      'error parsing http 429 response body',
      'status code from registry 429'
    ],
    source: `${SECTION} (h): RFC 6585 §4 (429 Too Many Requests) with a body that is not the registry's JSON (docker/distribution "error parsing HTTP %d response body"; containers/image "invalid status code from registry %d (%s)")`
  },
  // (i) the very last: what a text says in words, where it also speaks of a
  // registry, a repository or a registry request, and nothing else read it
  {
    // §13c (o): a refusal that names the caller as anonymous is about the
    // missing credential, whatever the verb: before FB028
    id: 'FB031',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      ['anonymous user', 'denied'],
      ['anonymous user', 'not allowed'],
      ['anonymous user', 'only allowed'],
      ['anonymous user', 'not permitted'],
      ['anonymous user', 'not authorized'],
      ['anonymous user', 'unauthorized']
    ],
    source: `${SECTION} (i), docs/registries.md §13c (o): RFC 9110 §15.5.2 (401: the request lacks valid authentication credentials); Oracle Cloud Infrastructure Registry "denied: Anonymous users are only allowed read access on public repos" on a push or a private pull without docker login (oracle-quickstart/oci-observability-and-management#21; a pull "pull access denied for phx.ocir.io/…: denied: Anonymous users are only allowed read access on public repos" fixed by docker login, found through the code index); JFrog's anonymous user (its permission targets) [I]`
  },
  {
    id: 'FB028',
    diagnosis: 'insufficient-scope',
    match: [
      ['access denied', '/v2/'],
      ['access denied', 'registry'],
      ['not authorized to', 'repository'],
      ['not authorized to', 'registry'],
      ['do not have permission', 'repository'],
      ['do not have permission', 'registry'],
      ["don't have permission", 'repository'],
      ["don't have permission", 'registry'],
      ['does not have permission', 'repository'],
      ['does not have permission', 'registry'],
      ['insufficient permission', 'repository'],
      ['insufficient permission', 'registry'],
      // §13c (o): more words of a refused permission
      ['do not have access', 'repository'],
      ['do not have access', 'registry'],
      ["don't have access", 'repository'],
      ["don't have access", 'registry'],
      ['is unauthorized to', 'repository'],
      ['is unauthorized to', 'registry'],
      'denied: permission denied'
    ],
    source: `${SECTION} (i): RFC 9110 §15.5.4 (403: the server understood the request and refuses it; "the client does not have access rights"), distribution-spec DENIED ("requested access to the resource is denied"): words of a refused permission about a registry or a repository, when no registry's own wording read them [I]; docs/registries.md §13c (o): DigitalOcean's API 403 "you do not have access for the attempted action" for a token without registry scope (digitalocean/action-doctl#83), Artifactory "Could not push image: error from registry: User is unauthorized to upload to <repo>/…/_uploads" (jfrog/teamcity-artifactory-plugin#177), Container Registry (gcr.io) "denied: Permission denied for "<tag>" from request "/v2/…/manifests/…"" (Shopify/buildkit#11): the distribution DENIED code printed before a message of permission`
  },
  {
    id: 'FB029',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      ['anonymous', 'not allowed to', 'registry'],
      ['anonymous', 'not allowed to', 'repository'],
      ['requires authentication', 'registry'],
      ['requires authentication', 'repository'],
      ['authentication is required', 'registry'],
      ['authentication is required', 'repository'],
      ['login required', 'registry'],
      ['not logged in', 'registry'],
      ['no credentials', 'registry'],
      ['unauthenticated', '/v2/']
    ],
    source: `${SECTION} (i): RFC 9110 §15.5.2 (401: the request "lacks valid authentication credentials"), distribution docs/spec/auth/token.md (an anonymous client gets a token without the scope): words of a request made without credentials, about a registry or a repository, when no registry's own wording read them [I]`
  },
  {
    id: 'FB030',
    diagnosis: 'token-expired',
    match: [
      'token has expired',
      'token is expired',
      'token expired',
      'expired token',
      'credentials have expired',
      'credentials expired'
    ],
    source: `${SECTION} (i): RFC 6750 §3.1 (invalid_token: "expired"), distribution docs/spec/auth/token.md (expires_in; a client asks again when its token has expired): a token or credentials said to have expired, when no registry's own wording (ECR, Docker Hub, Entra) read them [I]`
  },
  {
    // §13c (p): a registry's or hub's login endpoint answered 401: the
    // login itself was refused (a web API's login, not /v2/)
    id: 'FB032',
    diagnosis: 'invalid-credentials',
    match: [
      ['/users/login', 'status 401'],
      ['/users/login', '401 client error']
    ],
    source: `${SECTION} (h), docs/registries.md §13c (p): RFC 9110 §15.5.2 (401 on a request that carried credentials: they were refused); Docker Hub POST /v2/users/login and Quay's app-registry POST /cnr/api/v1/users/login; python-requests raise_for_status "401 Client Error: UNAUTHORIZED for url: https://quay.io/cnr/api/v1/users/login" (app-registry/appr-helm-plugin#9), the VS Code Docker extension "Request to https://hub.docker.com/v2/users/login failed with status 401: Unauthorized" (microsoft/vscode-docker#3280)`
  },
  {
    // docs/registries.md §13dd: REG004's or FB013's bare 401 in a text that
    // shows no login, no token request, no pull and no push (`byRequest`
    // in src/operation.ts): a client's own request — a build plugin, a
    // controller, a scanner, a proxy — sent without a credential the
    // registry took. No wording of its own: only `byRequest` reaches it
    id: 'FB033',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [],
    source: `${SECTION} (f), docs/registries.md §13dd: RFC 9110 §15.5.2 (401: the request "lacks valid authentication credentials"); distribution docs/spec/auth/token.md (a client first sends its request without a token and is answered 401 with a challenge; "authentication required" is UNAUTHORIZED's message); a client that is not logging in got it: the login a CLI made is one the client did not read (Jib's FAQ, "What should I do when the registry responds with UNAUTHORIZED?": "often due to credential misconfiguration … You did not configure auth information in the default places where Jib searches"); a token request's 401 (the realm shown) and a login's (its /v2/ ping) keep REG004's reading`
  },
  {
    // docs/registries.md §13ff (g): the kubelet's own framing of a pull
    // that failed with no credential for the image's registry; the details
    // it wraps (a certificate, a refusal) are read first by every other rule
    id: 'FB034',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['this may be because there are no credentials on this request'],
    source: `${SECTION} (i), docs/registries.md §13ff (g): the kubelet's docker puller (kubernetes pkg/kubelet/dockertools, before the CRI), "image pull failed for %s, this may be because there are no credentials on this request.  details: (%v)" when it pulled with no credential for an explicit registry: "Failed to pull image "quay.io/foo/bar:baz": image pull failed for quay.io/foo/bar:baz, this may be because there are no credentials on this request.  details: (Error: Status 403 trying to pull repository foo/bar: …)" (docs/real-texts.md dev14-quay-02)`
  },
  {
    // docs/registries.md §13ff (f): a tool's own registry client (Keel,
    // Trivy 0.1, Bank-Vaults, akv2k8s) answered 401: it sent no credential
    // the registry took, its /v2/ ping included (no user's login)
    id: 'FB035',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['http: non-successful response (status=401'],
    source: `${SECTION} (i), docs/registries.md §13ff (f): heroku/docker-registry-client's HttpStatusError, "http: non-successful response (status=%d body=%q)", the registry client of tools that read images on their own: Keel polling a private Docker Hub repository with no matching pull secret ("Get https://index.docker.io/v2/…/manifests/1.0.1: http: non-successful response (status=401 …)", dev14-docker-hub-03), the akv2k8s and Bank-Vaults webhooks inspecting an image with no registry credential ("Get https://…/v2/: http: non-successful response (status=401 …)", dev4-acr-05, dev14-harbor-02); docs/real-texts.md`
  }
]

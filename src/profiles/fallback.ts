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
 * Also the framings of a pull and of a push: a 401 that a generic rule
 * reads as a refused login (REG004, FB013) is, on a pull or a push
 * request, better read by the request (src/operation.ts, for `judgeText`).
 */
import type { TextRule, Wording } from './types.js'

const SECTION = 'docs/registries.md §13b'

export const FALLBACK_RULES: readonly TextRule[] = [
  {
    // Go's net/http returns a proxy's refusal of the CONNECT tunnel as an
    // error of the request (its status text alone); an answer of the
    // registry never does: containerd returns it as an unexpected status
    id: 'FB001',
    diagnosis: 'registry-unreachable',
    match: [
      ['failed to do request', '": forbidden'],
      ['failed to do request', '": 403 forbidden'],
      '/v2/": forbidden',
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
    // own 401 on a push request comes here too (`byRequest`)
    id: 'FB004',
    diagnosis: 'insufficient-scope',
    match: [
      ['/blobs/uploads/', 'statuscode: 401'],
      ['/blobs/uploads/', 'unauthorized:'],
      ['initiating layer upload to', ': authentication required'],
      ['uploading manifest', ': authentication required'],
      ['uploading manifest', 'statuscode: 401'],
      ['put https://', '/manifests/', 'unauthorized:']
    ],
    source: `${SECTION} (c): distribution docs/spec/auth/token.md (a token without the requested push scope gets 401 UNAUTHORIZED, code-11; a wrong credential fails at the token endpoint first); containers/image docker/errors.go (prints the code's default message alone: "authentication required"), go-containerregistry transport.Error ("UNAUTHORIZED: …")`
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
      ['reading manifest', 'denied:']
    ],
    source: `${SECTION} (d): moby distribution/errors.go translatePullError (DENIED, NAME_UNKNOWN and MANIFEST_UNKNOWN on a pull → "pull access denied for %s, repository does not exist or may require 'docker login'"), distribution api.md 403 on end-3; formats: containerd ErrUnexpectedStatus (resolver.go HEAD/GET …/manifests/), go-containerregistry transport.Error, oras-go errcode.ErrorResponse, containers/image docker_client.go "reading manifest %s in %s"`
  },
  {
    // a pull refused with 401 in the forms REG004 does not read; REG004's
    // own 401 on a pull request comes here too (`byRequest`)
    id: 'FB006',
    diagnosis: 'repository-not-found',
    match: [
      ['reading manifest', ': authentication required'],
      ['reading manifest', 'statuscode: 401'],
      ['get https://', '/manifests/', 'unauthorized:'],
      ['get "https://', '/manifests/', 'status code 401'],
      ['head "https://', '/manifests/', 'status code 401']
    ],
    source: `${SECTION} (d): a 401 on a manifest read (end-3) after the token exchange: the token (anonymous, or of a login) carries no pull on that name — a private or a missing repository, which registries answer alike (moby translatePullError gives both one message); containers/image docker/errors.go (the default message alone: "authentication required")`
  },
  {
    id: 'FB007',
    diagnosis: 'repository-not-found',
    match: [
      ['failed to resolve reference', ': not found'],
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
    source: `${SECTION} (e): distribution error codes BLOB_UNKNOWN "blob unknown to registry" (code-1) and MANIFEST_BLOB_UNKNOWN (code-5), as containerd and oras-go print them ("blob unknown: …"); containerd core/remotes/docker/resolver.go withErrorCheck "content at %v not found: %w" (a 404 on a blob)`
  },
  {
    id: 'FB009',
    diagnosis: 'not-a-login-failure',
    match: ['invalid repository name', 'name_invalid', 'name invalid:'],
    source: `${SECTION} (e): distribution error code NAME_INVALID "invalid repository name" (code-8); containerd and oras-go print the code lowercased with spaces ("name invalid: …")`
  },
  {
    id: 'FB010',
    diagnosis: 'not-a-login-failure',
    match: ['the operation is unsupported', ['/v2/', 'unsupported:']],
    source: `${SECTION} (e): distribution error code UNSUPPORTED "the operation is unsupported" (code-13): the registry does not do what the client asked (a media type, a mount, a delete), whatever the credential`
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
    match: ['status code 50', 'statuscode: 50', 'status: 50'],
    source: `${SECTION} (e): HTTP 5xx as go-containerregistry ("unexpected status code 503 …"), oras-go ("response status code 502") and containers/image ("StatusCode: 500") print it: the registry or a proxy in front failed, not the credential`
  },
  {
    // a 401 with no request to say which: read as REG004 reads one
    id: 'FB013',
    diagnosis: 'invalid-credentials',
    match: ['status code 401', 'statuscode: 401'],
    source: `${SECTION} (e): HTTP 401 UNAUTHORIZED (code-11) as go-containerregistry, oras-go and containers/image print a bare status, with no request that shows a pull or a push (helm registry login, oras login)`
  }
]

/** What a client was doing when the registry answered, by its framing. */
export type Operation = 'pull' | 'push'

/**
 * Framings of a push: an upload, a manifest written, a push step of a
 * client (§13b (a)). A push also reads (containerd's HEAD existence
 * checks, go-containerregistry's detail lists pull and push), so a push
 * framing wins over a pull one.
 */
export const PUSH_FRAMINGS: readonly Wording[] = [
  '/blobs/uploads/',
  ['put request to', '/manifests/'],
  ['put https://', '/manifests/'],
  ['put "https://', '/manifests/'],
  'initiating layer upload to',
  'uploading manifest',
  'failed commit on ref',
  'failed to push',
  'push access denied',
  'action:push'
]

/** Framings of a pull: a manifest read, a client resolving a reference. */
export const PULL_FRAMINGS: readonly Wording[] = [
  ['head request to', '/manifests/'],
  ['get request to', '/manifests/'],
  ['head https://', '/manifests/'],
  ['get https://', '/manifests/'],
  ['head "https://', '/manifests/'],
  ['get "https://', '/manifests/'],
  'reading manifest',
  'failed to resolve reference',
  'action:pull'
]

/**
 * Rules that read a bare 401 as a refused login. That holds for a login;
 * on a push request the credential (or none) was accepted by the token
 * service and the token did not cover the push.
 */
export const LOGIN_READINGS: readonly string[] = ['REG004', 'FB013']

/**
 * The rule that reads such a 401 by its request, per operation. A pull
 * keeps the login reading: re-read as FB006 (`repository-not-found`), it
 * turned right answers on real texts wrong (a pull with a wrong or an
 * expired credential answers 401 too) and made none right
 * (docs/registries.md §13b (f)).
 */
export const BY_OPERATION: Readonly<Partial<Record<Operation, string>>> = {
  push: 'FB004'
}

/**
 * The last-resort layer (src/profiles/rules/fallback.ts, docs/registries.md
 * §13b): texts built from each client's format strings — not texts users
 * posted; the placeholders (`r.example.com`, `a`, `<message>`) are ours —
 * read by their request, status and error code; texts the layer must not
 * take (a specific rule wins, or nothing is about a login); the operation a
 * framing shows, a 401 read by its request, and `explain` in process.
 */
import { describe, expect, it } from '@jest/globals'
import type { DiagnosisId } from '../src/diagnosis.js'
import { judgeText } from '../src/judge.js'
import { byRequest, pullFramingOf, pushFramingOf } from '../src/operation.js'
import { FALLBACK_RULES } from '../src/profiles/rules/fallback.js'
import {
  GENERIC,
  loadRules,
  PROFILES,
  profileById,
  rulesFor
} from '../src/profiles/index.js'
import type {
  Profile,
  RemediationCase,
  Wording
} from '../src/profiles/types.js'
import { matchRule } from '../src/rules.js'
import { eachOnEveryProfile, explain } from '../__fixtures__/explain.js'

// the rule tables are a chunk the code loads before reading a text
await loadRules()

const DIGEST = `sha256:${'9f86d081884c7d65'.repeat(4)}`

interface Row {
  /** what the text is */
  name: string
  /** the format it is built from (file and format string) */
  format: string
  text: string
  diagnosis: DiagnosisId
  rule: string | null
  case?: RemediationCase
}

/** Texts the fallback reads, one per client format (constructed). */
const CAUGHT: Row[] = [
  // containerd core/remotes (BuildKit, nerdctl, the kubelet's CRI)
  {
    name: 'containerd: a layer upload refused with 403',
    format:
      'containerd core/content "failed commit on ref %q: %w" + core/remotes/errors ErrUnexpectedStatus "unexpected status from %s request to %s: %s"',
    text: `failed commit on ref "layer-${DIGEST}": unexpected status from PUT request to https://r.example.com/v2/a/blobs/uploads/5d0c?digest=${DIGEST}: 403 Forbidden`,
    diagnosis: 'insufficient-scope',
    rule: 'FB002'
  },
  {
    name: 'BuildKit over containerd: the upload POST refused with 403',
    format:
      'BuildKit "failed to push" + containerd pusher.go POST …/blobs/uploads/ ErrUnexpectedStatus',
    text: 'ERROR: failed to solve: failed to push r.example.com/a:1: unexpected status from POST request to https://r.example.com/v2/a/blobs/uploads/: 403 Forbidden',
    diagnosis: 'insufficient-scope',
    // REG008 (§13a (g)), earlier in the table, reads it the same
    rule: 'REG008'
  },
  {
    name: 'containerd: a manifest PUT refused with 403',
    format: 'containerd pusher.go PUT …/manifests/<tag> ErrUnexpectedStatus',
    text: 'unexpected status from PUT request to https://r.example.com/v2/a/manifests/1: 403 Forbidden',
    diagnosis: 'insufficient-scope',
    rule: 'FB002'
  },
  {
    name: "containerd: a push's HEAD existence check refused with 403",
    format:
      'containerd pusher.go HEAD existCheck → NewUnexpectedStatusErr, wrapped by BuildKit "failed to push"',
    text: `failed to push r.example.com/a:1: unexpected status from HEAD request to https://r.example.com/v2/a/manifests/${DIGEST}: 403 Forbidden`,
    diagnosis: 'insufficient-scope',
    rule: 'FB002'
  },
  {
    name: 'containerd (older): a manifest commit refused with 403',
    format:
      'containerd content.Copy "failed commit on ref %q" + older remotes "unexpected status: %s"',
    text: `failed commit on ref "manifest-${DIGEST}": unexpected status: 403 Forbidden`,
    diagnosis: 'insufficient-scope',
    rule: 'FB002'
  },
  {
    name: "containerd: the pusher's repeated 401",
    format:
      'containerd pusher.go "push access denied, repository does not exist or may require authorization: %w" + authorizer.go "server message: %s: %w" (ErrInvalidAuthorization)',
    text: 'failed to push r.example.com/a:1: push access denied, repository does not exist or may require authorization: server message: invalid_token: authorization failed',
    diagnosis: 'insufficient-scope',
    rule: 'FB003'
  },
  {
    name: 'containerd: a resolve refused with 403',
    format:
      'containerd resolver.go "failed to resolve reference" (ctr, nerdctl) + HEAD …/manifests/ ErrUnexpectedStatus',
    text: 'failed to resolve reference "r.example.com/a:1": unexpected status from HEAD request to https://r.example.com/v2/a/manifests/1: 403 Forbidden',
    diagnosis: 'repository-not-found',
    rule: 'FB005'
  },
  {
    name: 'containerd: a resolve answered 401 after the token exchange',
    format:
      'containerd resolver.go HEAD …/manifests/ ErrUnexpectedStatus with 401 (REG004 read as a pull: FB006, §13p)',
    text: 'failed to resolve reference "r.example.com/a:1": unexpected status from HEAD request to https://r.example.com/v2/a/manifests/1: 401 Unauthorized',
    diagnosis: 'missing-credentials',
    rule: 'FB006',
    case: 'anonymous-pull'
  },
  {
    name: 'containerd: a resolve answered 404',
    format:
      'containerd resolver.go 404 → fmt.Errorf("%s: %w", ref, errdefs.ErrNotFound)',
    text: 'failed to resolve reference "r.example.com/a:1": r.example.com/a:1: not found',
    // a manifest's 404, as the daemon's "manifest for … not found"
    // (docs/registries.md §13rr (p))
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK001',
    case: 'manifest-unknown'
  },
  {
    name: "containerd: a proxy's refusal of the tunnel",
    format:
      'containerd request.do "failed to do request: %w" + Go net/http CONNECT refusal errors.New(<status text>) in url.Error',
    text: 'failed to resolve reference "r.example.com/a:1": failed to do request: Head "https://r.example.com/v2/a/manifests/1": Forbidden',
    diagnosis: 'registry-unreachable',
    rule: 'FB001',
    // the proxy named, not the registry address (attack-69 A69-02)
    case: 'proxy-unreachable'
  },
  {
    name: 'containerd: a blob the registry does not have',
    format:
      'containerd resolver.go withErrorCheck "content at %v not found: %w"',
    text: `failed to copy: content at https://r.example.com/v2/a/blobs/${DIGEST} not found: not found`,
    diagnosis: 'not-a-login-failure',
    rule: 'FB008'
  },
  // go-containerregistry transport.Error (crane, ko, kaniko)
  {
    name: 'go-containerregistry: an upload DENIED',
    format: 'transport.Error "%s %s: " + Diagnostic "%s: %s"',
    text: 'POST https://r.example.com/v2/a/blobs/uploads/: DENIED: <message>',
    diagnosis: 'insufficient-scope',
    rule: 'FB002'
  },
  {
    name: 'go-containerregistry: a manifest PUT UNAUTHORIZED (its detail lists push)',
    format:
      'transport.Error Diagnostic "%s: %s; %v" with the token spec\'s access detail (REG004 read by its request)',
    text: 'PUT https://r.example.com/v2/a/manifests/1: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:a Type:repository] map[Action:push Class: Name:a Type:repository]]',
    diagnosis: 'missing-credentials',
    rule: 'FB004',
    case: 'no-login'
  },
  {
    name: 'go-containerregistry: a manifest GET UNAUTHORIZED (pull only)',
    format:
      'transport.Error Diagnostic "%s: %s; %v" (REG004 read as a pull: FB006, §13p)',
    text: 'GET https://r.example.com/v2/a/manifests/1: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:a Type:repository]]',
    diagnosis: 'missing-credentials',
    rule: 'FB006',
    case: 'anonymous-pull'
  },
  {
    name: 'go-containerregistry: a manifest HEAD refused with 403',
    format:
      'transport.Error "unexpected status code %d %s (HEAD responses have no body, use GET for details)"',
    text: 'HEAD https://r.example.com/v2/a/manifests/1: unexpected status code 403 Forbidden (HEAD responses have no body, use GET for details)',
    diagnosis: 'repository-not-found',
    rule: 'FB005'
  },
  {
    name: 'go-containerregistry: a manifest HEAD answered 404',
    format: 'transport.Error "unexpected status code %d %s (HEAD responses …)"',
    text: 'HEAD https://r.example.com/v2/a/manifests/1: unexpected status code 404 Not Found (HEAD responses have no body, use GET for details)',
    diagnosis: 'repository-not-found',
    rule: 'FB007'
  },
  {
    name: 'go-containerregistry: NAME_INVALID',
    format: 'transport.Error Diagnostic "%s: %s"',
    text: 'PUT https://r.example.com/v2/A/manifests/1: NAME_INVALID: invalid repository name',
    diagnosis: 'not-a-login-failure',
    rule: 'FB009'
  },
  {
    name: 'go-containerregistry: MANIFEST_BLOB_UNKNOWN',
    format: 'transport.Error Diagnostic "%s: %s; %v"',
    text: `PUT https://r.example.com/v2/a/manifests/1: MANIFEST_BLOB_UNKNOWN: blob unknown to registry; ${DIGEST}`,
    diagnosis: 'not-a-login-failure',
    rule: 'FB008'
  },
  {
    name: 'go-containerregistry: UNSUPPORTED',
    format: 'transport.Error Diagnostic "%s: %s"',
    text: 'PUT https://r.example.com/v2/a/manifests/1: UNSUPPORTED: the operation is unsupported',
    diagnosis: 'not-a-login-failure',
    rule: 'FB010'
  },
  {
    name: 'go-containerregistry: BLOB_UPLOAD_UNKNOWN',
    format: 'transport.Error Diagnostic "%s: %s"',
    text: 'PATCH https://r.example.com/v2/a/blobs/uploads/0b2e: BLOB_UPLOAD_UNKNOWN: blob upload unknown to registry',
    diagnosis: 'not-a-login-failure',
    rule: 'FB036'
  },
  {
    name: "moby: an upload the registry refused, in its message's words",
    format:
      'docker push, "<message>" of the error code (docs/registries.md §13ww (d))',
    text: 'The push refers to repository [r.example.com/a]\n5f70bf18a086: Pushing\nblob upload invalid',
    diagnosis: 'not-a-login-failure',
    rule: 'FB036'
  },
  {
    name: 'containers/image: a login answered 401 with a body that is not JSON',
    format:
      'podman login: "authenticating creds for %q: %w" around docker/errors.go "StatusCode: %d, %q" (a body that is not JSON)',
    text: 'Error: authenticating creds for "r.example.com": StatusCode: 401, "<html><body>401 Authorization Required</body></html>"',
    diagnosis: 'invalid-credentials',
    rule: 'FB013'
  },
  // the kubelet's docker puller (before the CRI) framing a refused pull
  // (docs/registries.md §13ff (g))
  {
    name: 'the kubelet: a pull with no credential for an explicit registry',
    format:
      'pkg/kubelet/dockertools "image pull failed for %s, this may be because there are no credentials on this request.  details: (%v)"',
    text: 'Failed to pull image "r.example.com/a:1": image pull failed for r.example.com/a:1, this may be because there are no credentials on this request.  details: (Error: Status 403 trying to pull repository a: "{}")',
    diagnosis: 'missing-credentials',
    rule: 'FB034',
    case: 'no-login'
  },
  // heroku/docker-registry-client, the client of tools that read images
  // on their own (docs/registries.md §13ff (f))
  {
    name: "a tool's registry client: its /v2/ ping answered 401",
    format:
      'HttpStatusError "http: non-successful response (status=%d body=%q)"',
    text: 'cannot create client for registry: Get https://r.example.com/v2/: http: non-successful response (status=401 body="{}")',
    diagnosis: 'missing-credentials',
    rule: 'FB035',
    case: 'no-login'
  },
  // go-containerregistry's bare status from a tool's own request, with no
  // request, login or token realm shown (Skaffold, a controller): §13dd
  {
    name: 'go-containerregistry: a 401 with no request shown',
    format:
      'remote.Image "unsupported status code %d; body: %s" from a client that is not logging in (docs/registries.md §13dd)',
    text: 'build failed: building [r.example.com/app]: build artifact: getting image: unsupported status code 401; body: ',
    diagnosis: 'missing-credentials',
    rule: 'FB033',
    case: 'no-login'
  },
  // oras-go errcode.ErrorResponse (oras, helm 3.8+ push and pull)
  {
    name: 'oras-go: an upload refused with 403 and a message',
    format: 'ErrorResponse "%s %q: response status code %d: %s"',
    text: 'POST "https://r.example.com/v2/a/blobs/uploads/": response status code 403: denied: <message>',
    diagnosis: 'insufficient-scope',
    // REG008 (§13a (g)), earlier in the table, reads it the same
    rule: 'REG008'
  },
  {
    name: 'oras-go: a manifest HEAD answered 401 with no body',
    format:
      'ErrorResponse "%s %q: response status code %d: %s" with http.StatusText',
    text: 'HEAD "https://r.example.com/v2/a/manifests/1": response status code 401: Unauthorized',
    // REG004's oras-go wording, read as a pull (§13p)
    diagnosis: 'missing-credentials',
    rule: 'FB006',
    case: 'anonymous-pull'
  },
  {
    name: 'oras-go: a manifest GET answered 404 with no body',
    format: 'ErrorResponse with http.StatusText',
    text: 'GET "https://r.example.com/v2/a/manifests/1": response status code 404: Not Found',
    diagnosis: 'repository-not-found',
    rule: 'FB007'
  },
  {
    name: 'oras-go: a 502 with no body',
    format: 'ErrorResponse with http.StatusText',
    text: 'GET "https://r.example.com/v2/a/manifests/1": response status code 502: Bad Gateway',
    diagnosis: 'registry-unreachable',
    rule: 'FB012'
  },
  {
    name: 'oras-go: a login (the /v2/ ping) answered 401',
    format:
      'ErrorResponse with http.StatusText (helm registry login, oras login)',
    text: 'Error: GET "https://r.example.com/v2/": response status code 401: Unauthorized',
    diagnosis: 'invalid-credentials',
    // REG004's oras-go wording (§13a (g)), earlier in the table, reads it the same
    rule: 'REG004'
  },
  // containers/image (podman, buildah, skopeo)
  {
    name: 'containers/image: an upload refused with a non-JSON 403',
    format:
      'docker_image_dest.go "initiating layer upload to %s in %s: %w" + errors.go "StatusCode: %d, %q"',
    text: 'Error: writing blob: initiating layer upload to /v2/a/blobs/uploads/ in r.example.com: StatusCode: 403, "<html><body><h1>403 Forbidden</h1>…"',
    diagnosis: 'insufficient-scope',
    rule: 'FB002'
  },
  {
    name: 'containers/image: a manifest upload answered UNAUTHORIZED with its default message',
    format:
      'docker_image_dest.go "uploading manifest %s to %s: %w" + errors.go (the default message alone)',
    text: 'Error: uploading manifest 1 to r.example.com/a: authentication required',
    diagnosis: 'missing-credentials',
    rule: 'FB004',
    case: 'no-login'
  },
  {
    name: 'containers/image: a manifest read answered UNAUTHORIZED with its default message',
    format:
      'docker_client.go "reading manifest %s in %s: %w" + errors.go (the default message alone)',
    text: 'Error: initializing source docker://r.example.com/a:1: reading manifest 1 in r.example.com/a: authentication required',
    diagnosis: 'missing-credentials',
    rule: 'FB006',
    case: 'anonymous-pull'
  },
  {
    name: 'containers/image: a manifest read refused with a non-JSON 403',
    format:
      'docker_client.go "reading manifest %s in %s: %w" + "StatusCode: %d, %q"',
    text: 'reading manifest 1 in r.example.com/a: StatusCode: 403, "Forbidden"',
    diagnosis: 'repository-not-found',
    rule: 'FB005'
  },
  {
    name: 'containers/image: an upload answered 404',
    format:
      'docker_image_dest.go "initiating layer upload …" + "StatusCode: %d, %q"',
    text: 'initiating layer upload to /v2/a/blobs/uploads/ in r.example.com: StatusCode: 404, "404 page not found"',
    diagnosis: 'repository-not-found',
    rule: 'FB007'
  },
  {
    name: 'containers/image: a 429 with a non-JSON body',
    format: 'errors.go "StatusCode: %d, %q"',
    text: 'reading manifest 1 in r.example.com/a: StatusCode: 429, "<html>slow down</html>"',
    diagnosis: 'rate-limited',
    rule: 'FB011'
  },
  // (h) the last resort by status class (docs/registries.md §13b (h))
  {
    name: 'go-containerregistry: the token endpoint answers UNAUTHORIZED with a message of its own',
    format:
      'transport.Error "%s %s: " + Diagnostic "%s: %s" on the realm (token.md: a 401 there means the credentials are invalid)',
    text: 'GET https://r.example.com/token?scope=repository%3Aa%3Apull&service=r.example.com: UNAUTHORIZED: <message>',
    diagnosis: 'invalid-credentials',
    rule: 'FB014'
  },
  {
    name: 'containers/image: a pull whose token request is answered 403',
    format:
      'copy "initializing source %s: %w" + docker_client.go httpResponseToError(res, "Requesting bearer token") "%sinvalid status code from registry %d (%s)"',
    text: 'Error: initializing source docker://r.example.com/a:1: Requesting bearer token: invalid status code from registry 403 (Forbidden)',
    diagnosis: 'repository-not-found',
    rule: 'FB015'
  },
  {
    name: 'go-containerregistry: a pull-only token request answered 403',
    format:
      'transport.Error "%s %s: unexpected status code %d %s" on the realm, scope asking pull alone',
    text: 'GET https://r.example.com/token?scope=repository%3Aa%3Apull&service=r.example.com: unexpected status code 403 Forbidden',
    diagnosis: 'repository-not-found',
    rule: 'FB015'
  },
  {
    name: 'containers/image: a token request answered 403, no operation shown',
    format:
      'docker_client.go httpResponseToError(res, "Requesting bearer token")',
    text: 'Error: Requesting bearer token: invalid status code from registry 403 (Forbidden)',
    diagnosis: 'insufficient-scope',
    rule: 'FB016'
  },
  {
    name: 'go-containerregistry: a push-scoped token request answered 403',
    format:
      'transport.Error "%s %s: unexpected status code %d %s" on the realm, scope asking push and pull',
    text: 'GET https://r.example.com/token?scope=repository%3Aa%3Apush%2Cpull&service=r.example.com: unexpected status code 403 Forbidden',
    diagnosis: 'insufficient-scope',
    rule: 'FB016'
  },
  {
    name: 'oras-go: a token request answered 403 with DENIED',
    format: 'ErrorResponse "%s %q: response status code %d: %s" on the realm',
    text: 'GET "https://r.example.com/token?scope=repository%3Aa%3Apush%2Cpull&service=r.example.com": response status code 403: denied: <message>',
    diagnosis: 'insufficient-scope',
    rule: 'FB016'
  },
  {
    name: "Google's token endpoint: 404 for a repository that does not exist",
    format:
      'transport.Error "unexpected status code %d %s" on GAR\'s /v2/token (docs/registries.md §6 (e))',
    text: 'GET https://europe-docker.pkg.dev/v2/token?scope=repository%3Ap%2Fr%2Fa%3Apull&service=europe-docker.pkg.dev: unexpected status code 404 Not Found',
    diagnosis: 'repository-not-found',
    rule: 'FB017'
  },
  {
    name: 'containers/image: no token service at the realm',
    format:
      'docker_client.go httpResponseToError(res, "Requesting bearer token") with 404',
    text: 'Error: initializing source docker://r.example.com/a:1: Requesting bearer token: invalid status code from registry 404 (Not Found)',
    diagnosis: 'registry-unreachable',
    rule: 'FB018',
    case: 'not-a-registry'
  },
  {
    name: 'containerd: the realm answered 404',
    format:
      'containerd ErrUnexpectedStatus "unexpected status from %s request to %s: %s" on the realm',
    text: 'unexpected status from GET request to https://r.example.com/service/token?scope=repository%3Aa%3Apull&service=harbor-registry: 404 Not Found',
    diagnosis: 'registry-unreachable',
    rule: 'FB018',
    case: 'not-a-registry'
  },
  {
    name: 'the distribution error body as JSON: UNAUTHORIZED with an unknown message',
    format: 'distribution-spec "Error Codes" JSON, printed as received',
    text: 'Error: {"errors":[{"code":"UNAUTHORIZED","message":"<message>","detail":null}]}',
    diagnosis: 'invalid-credentials',
    rule: 'FB019'
  },
  {
    name: 'the same JSON, indented, with spaces',
    format: 'distribution-spec "Error Codes" JSON, pretty-printed',
    text: '{\n  "errors": [\n    {\n      "code": "UNAUTHORIZED",\n      "message": "<message>"\n    }\n  ]\n}',
    diagnosis: 'invalid-credentials',
    rule: 'FB019'
  },
  {
    name: "the JSON quoted by docker's distribution client",
    format:
      'docker/distribution registry/client/errors.go "error parsing HTTP %d response body: %s: %q"',
    text: 'error parsing HTTP 400 response body: json: cannot unmarshal string into Go struct field: "{\\"errors\\":[{\\"code\\":\\"UNAUTHORIZED\\",\\"message\\":\\"<message>\\"}]}"',
    diagnosis: 'invalid-credentials',
    rule: 'FB019'
  },
  {
    name: "a push's JSON UNAUTHORIZED is read by its request",
    format:
      'go-containerregistry "%s %s: " + the body as JSON (FB019 is a login reading: §13b (f))',
    text: 'PUT https://r.example.com/v2/a/manifests/1: {"errors":[{"code":"UNAUTHORIZED","message":"<message>"}]}',
    diagnosis: 'missing-credentials',
    rule: 'FB004',
    case: 'no-login'
  },
  {
    name: "the distribution error body as Go's %v of a decoded map: DENIED",
    format: 'fmt "%v" of map[string]interface{} (keys sorted)',
    text: 'error: map[errors:[map[code:DENIED detail:<nil> message:<message>]]]',
    diagnosis: 'insufficient-scope',
    rule: 'FB020'
  },
  {
    name: 'the distribution error body as JSON: DENIED with an unknown message',
    format: 'distribution-spec "Error Codes" JSON',
    text: '{"errors": [{"code": "DENIED", "message": "<message>"}]}',
    diagnosis: 'insufficient-scope',
    rule: 'FB020'
  },
  {
    name: "docker's daemon: a 401 whose body is not JSON",
    format: 'docker/distribution "error parsing HTTP %d response body: %s: %q"',
    text: 'Error response from daemon: error parsing HTTP 401 response body: unexpected end of JSON input: ""',
    diagnosis: 'invalid-credentials',
    rule: 'FB021'
  },
  {
    name: "nginx's own 401 page in front of a registry",
    format: 'nginx ngx_http_special_response.c 401 page',
    text: '<html>\n<head><title>401 Authorization Required</title></head>\n<body>\n<center><h1>401 Authorization Required</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>',
    diagnosis: 'invalid-credentials',
    rule: 'FB021'
  },
  {
    name: "HAProxy's 403 page on a login",
    // the daemon quoting the registry's page in its own words: the page
    // alone after "Error response from daemon: " is the daemon API's own
    // answer (CLI077, docs/registries.md §13qq (g))
    format:
      'HAProxy default 403 errorfile (docker-archive/toolbox#400, docker/hub-feedback#528)',
    text: 'Error response from daemon: Unexpected status code [403] : <html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>',
    diagnosis: 'registry-unreachable',
    rule: 'FB022',
    case: 'not-a-registry'
  },
  {
    name: "Google's front end 403 page quoted by docker's daemon",
    format:
      'docker/distribution "error parsing HTTP %d response body: %s: %q" around the GFE page (isard-vdi/isard#448)',
    text: 'Error response from daemon: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<!DOCTYPE html>\\n<html lang=en>\\n  <title>Error 403 (Forbidden)!!1</title>"',
    diagnosis: 'registry-unreachable',
    rule: 'FB022',
    case: 'not-a-registry'
  },
  {
    name: "nginx's 403 page quoted by containers/image (first 50 characters)",
    format: 'docker/errors.go "StatusCode: %d, %q" on a tags list',
    text: 'Error: fetching tags list: StatusCode: 403, "<html>\\r\\n<head><title>403 Forbidden</title></head>..."',
    diagnosis: 'registry-unreachable',
    rule: 'FB022',
    case: 'not-a-registry'
  },
  {
    name: "Go's 404 page where the registry should answer",
    format: 'Go net/http NotFound "404 page not found" as a body',
    text: 'Error: GET https://r.example.com/v2/_catalog: unexpected status code 404 Not Found: 404 page not found',
    diagnosis: 'registry-unreachable',
    rule: 'FB022',
    case: 'not-a-registry'
  },
  {
    name: "a proxy's refusal of the tunnel for a manifest, in docker's daemon",
    format:
      'Go net/http CONNECT refusal errors.New(<status text>) in url.Error, without containerd\'s "failed to do request"',
    text: 'Error response from daemon: Head "https://r.example.com/v2/a/manifests/1": Forbidden',
    diagnosis: 'registry-unreachable',
    // the 403 is FB001's, with the proxy's case (attack-70 A70-02)
    rule: 'FB001',
    case: 'proxy-unreachable'
  },
  {
    name: "a proxy's 502 to the tunnel",
    format:
      'Go net/http CONNECT refusal errors.New("Bad Gateway") in url.Error',
    text: 'Error response from daemon: Get "https://r.example.com/v2/": Bad Gateway',
    diagnosis: 'registry-unreachable',
    // a proxy's 5xx: its report on the registry, no proxy case (A70-02)
    rule: 'FB023'
  },
  {
    name: "a proxy's 503 to the tunnel, from an older docker (no quotes)",
    format:
      'Go < 1.14 url.Error "%s %s: %s" without quotes around errors.New("Service Unavailable") (docs/registries.md §13e (a))',
    text: 'The push refers to repository [r.example.com/a]\nGet https://r.example.com/v2/: Service Unavailable',
    diagnosis: 'registry-unreachable',
    // a proxy's 5xx: its report on the registry, no proxy case (A70-02)
    rule: 'FB023'
  },
  {
    name: "docker login's bare refusal",
    format:
      'docker/distribution HandleErrorResponse: errcode UNAUTHORIZED without a message, in the url.Error of GET /v2/',
    text: 'Error response from daemon: Get "https://r.example.com/v2/": unauthorized',
    diagnosis: 'invalid-credentials',
    rule: 'FB024'
  },
  {
    name: "an older docker's bare refusal (no quotes)",
    format: 'Go < 1.14 url.Error "%s %s: %s" without quotes',
    text: 'Error response from daemon: Get https://r.example.com/v2/: unauthorized: <message>',
    diagnosis: 'invalid-credentials',
    rule: 'FB024'
  },
  {
    name: 'go-containerregistry: a tags list not found',
    format: 'transport.Error "%s %s: unexpected status code %d %s"',
    text: 'Error: reading tags for r.example.com/a: GET https://r.example.com/v2/a/tags/list: unexpected status code 404 Not Found',
    diagnosis: 'repository-not-found',
    rule: 'FB025'
  },
  {
    name: 'containers/image: a token request answered 502',
    format:
      'docker_client.go httpResponseToError(res, "Trying to obtain access token")',
    text: 'Error: Trying to obtain access token: invalid status code from registry 502 (Bad Gateway)',
    diagnosis: 'registry-unreachable',
    rule: 'FB026'
  },
  {
    name: "docker's daemon: a 503 page that is not JSON",
    format: 'docker/distribution "error parsing HTTP %d response body: %s: %q"',
    text: 'error parsing HTTP 503 response body: invalid character \'<\' looking for beginning of value: "<html><body>maintenance</body></html>"',
    diagnosis: 'registry-unreachable',
    rule: 'FB026'
  },
  {
    name: "docker's daemon: a 429 page that is not JSON",
    format: 'docker/distribution "error parsing HTTP %d response body: %s: %q"',
    text: 'error parsing HTTP 429 response body: invalid character \'<\' looking for beginning of value: "<html>slow down</html>"',
    diagnosis: 'rate-limited',
    rule: 'FB027'
  },
  // (i) the last resort by words: constructed from the vocabulary the
  // sources define (RFC 9110, RFC 6750), about a registry or a repository
  {
    name: 'words of a refused permission, about a registry',
    format: 'RFC 9110 §15.5.4 (403), "access denied" + "registry"',
    text: 'error: access denied to registry r.example.com for octocat',
    diagnosis: 'insufficient-scope',
    rule: 'FB028'
  },
  {
    name: 'words of a refused permission, about a repository',
    format: 'RFC 9110 §15.5.4 (403), "not authorized to" + "repository"',
    text: 'the service account is not authorized to push to repository acme/app',
    diagnosis: 'insufficient-scope',
    rule: 'FB028'
  },
  {
    name: 'words of a request without credentials, about a registry',
    format: 'RFC 9110 §15.5.2 (401), "requires authentication" + "registry"',
    text: 'ERROR: registry r.example.com requires authentication',
    diagnosis: 'missing-credentials',
    rule: 'FB029',
    case: 'no-login'
  },
  {
    name: 'a token said to have expired',
    format: 'RFC 6750 §3.1 (invalid_token, expired), "token has expired"',
    text: 'error: failed to push: registry token has expired, log in again',
    diagnosis: 'token-expired',
    rule: 'FB030'
  },
  // docs/registries.md §13c: more forms of the same classes
  {
    name: "containerd's resolver: a host refused the manifest with 403",
    format:
      'containerd resolver.go "pulling from host %s failed with status code %v: %v" (§13c (m))',
    text: 'failed to resolve reference "r.example.com/a:1": pulling from host r.example.com failed with status code [manifests 1]: 403 Forbidden',
    diagnosis: 'repository-not-found',
    rule: 'FB005'
  },
  {
    name: "a web application's 404 page where a push went",
    format:
      'docker v1 push "Error: Status %d trying to push repository %s: %q" with an HTML page (§13c (n))',
    text: 'Error: Status 404 trying to push repository a/b: "<!DOCTYPE html>\\n<html>\\n<head>\\n  <title>Not here</title>"',
    diagnosis: 'registry-unreachable',
    rule: 'FB022',
    case: 'not-a-registry'
  },
  {
    name: "GitLab's own 404 page",
    format: 'GitLab public/404.html title (§13c (n))',
    text: "<title>The page you're looking for could not be found (404)</title>",
    diagnosis: 'registry-unreachable',
    rule: 'FB022',
    case: 'not-a-registry'
  },
  {
    name: 'words of access refused, about a registry',
    format: '"do not have access" + "registry" (§13c (o))',
    text: 'Error: GET https://api.example.com/v2/registry/credentials: 403 you do not have access for the attempted action',
    diagnosis: 'insufficient-scope',
    rule: 'FB028'
  },
  {
    name: 'a user said to be unauthorized to upload, by a registry',
    format: '"is unauthorized to" + "registry" (§13c (o))',
    text: 'Could not push image: error from registry: User is unauthorized to upload to docker-local/a/_uploads',
    diagnosis: 'insufficient-scope',
    rule: 'FB028'
  },
  {
    name: 'DENIED printed before a message of permission',
    format: 'distribution DENIED "denied: <message>" (§13c (o))',
    text: 'Error response from daemon: denied: Permission denied for "1.0" from request "/v2/p/a/manifests/1.0".',
    diagnosis: 'insufficient-scope',
    rule: 'FB028'
  },
  {
    name: 'a refusal that names the caller anonymous',
    format: '"anonymous user" + a refusal (§13c (o))',
    text: 'denied: Anonymous users are only allowed read access on public repos',
    diagnosis: 'missing-credentials',
    rule: 'FB031',
    case: 'no-login'
  },
  {
    name: "a login endpoint's 401, as python-requests prints it",
    format:
      'requests raise_for_status "%s Client Error: %s for url: %s" on …/users/login (§13c (p))',
    text: 'error: 401 Client Error: UNAUTHORIZED for url: https://r.example.com/api/v1/users/login',
    diagnosis: 'invalid-credentials',
    rule: 'FB032'
  }
]

/** Texts the fallback must not take. */
const NOT_CAUGHT: Row[] = [
  {
    name: "GHCR's own 403 on an upload",
    format: 'GHCR007 (docs/registries.md §1 (f))',
    text: 'failed to push ghcr.io/o/a:1: unexpected status from POST request to https://ghcr.io/v2/o/a/blobs/uploads/: 403 Forbidden',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR007'
  },
  {
    name: "a push's DENIED stays REG002's",
    format: 'REG009 reads a pull only (docs/registries.md §13c (d))',
    text: 'The push refers to repository [r.example.com/a/b]\n5f70bf18a086: Preparing\ndenied: requested access to the resource is denied',
    diagnosis: 'insufficient-scope',
    rule: 'REG002'
  },
  {
    name: "a pull's DENIED is REG009's, before the fallback's FB005",
    format: 'containers/image "reading manifest %s in %s" (§13c (d))',
    text: 'Error: initializing source docker://r.example.com/a:1: reading manifest 1 in r.example.com/a: requested access to the resource is denied',
    diagnosis: 'repository-not-found',
    rule: 'REG009'
  },
  {
    name: "podman's pull refused with DENIED is REG009's",
    format:
      'podman 1.x–2.x "error pulling image %q: unable to pull %s: …" (§13e (b))',
    text: 'Trying to pull r.example.com/a/b...\n  denied: requested access to the resource is denied\nError: error pulling image "r.example.com/a/b": unable to pull r.example.com/a/b: 1 error occurred:',
    diagnosis: 'repository-not-found',
    rule: 'REG009'
  },
  {
    name: "containerd's token request answered 404",
    format: 'REG010 before REG003 (§13c (e))',
    text: 'ERROR: failed to authorize: failed to fetch oauth token: unexpected status: 404 Not Found',
    diagnosis: 'registry-unreachable',
    rule: 'REG010',
    case: 'not-a-registry'
  },
  {
    name: "containerd's token request answered 503",
    format: 'REG011 before REG003 (§13c (e))',
    text: 'failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://r.example.com/token?scope=repository%3Aa%3Apull&service=r: 503 Service Unavailable',
    diagnosis: 'registry-unreachable',
    rule: 'REG011'
  },
  {
    name: "an anonymous token refused stays CLI008's",
    format: 'CLI008 before FB031 (§13c (o))',
    text: 'failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
    diagnosis: 'missing-credentials',
    rule: 'CLI008',
    case: 'anonymous-pull'
  },
  {
    name: "containerd's pull of a missing or private repository",
    format: 'LOOK004',
    text: 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    diagnosis: 'repository-not-found',
    rule: 'LOOK004'
  },
  {
    name: "the pusher's repeated 401 that names insufficient_scope",
    format: 'REG001 before FB003',
    text: 'push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    diagnosis: 'insufficient-scope',
    rule: 'REG001'
  },
  {
    name: 'a MANIFEST_UNKNOWN on a manifest GET',
    format: 'LOOK001',
    text: 'GET https://r.example.com/v2/a/manifests/1: MANIFEST_UNKNOWN: manifest unknown; map[Tag:1]',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK001',
    case: 'manifest-unknown'
  },
  {
    name: 'a NAME_UNKNOWN on a manifest GET',
    format: 'REG005',
    text: 'GET https://r.example.com/v2/a/manifests/1: NAME_UNKNOWN: repository name not known to registry',
    diagnosis: 'repository-not-found',
    rule: 'REG005'
  },
  {
    name: 'a 429 with its status text',
    format: 'HTTP001',
    text: 'GET https://r.example.com/v2/a/manifests/1: unexpected status code 429 Too Many Requests',
    diagnosis: 'rate-limited',
    rule: 'HTTP001'
  },
  {
    name: 'a 503 with its status text',
    format: 'NET002',
    text: 'HEAD https://r.example.com/v2/a/manifests/1: unexpected status code 503 Service Unavailable',
    diagnosis: 'registry-unreachable',
    rule: 'NET002'
  },
  {
    name: 'an anonymous token refused (no credential for the host)',
    format: 'CLI008, not read by its request',
    text: 'failed to resolve reference "r.example.com/a:1": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://r.example.com/token?scope=repository%3Aa%3Apull&service=r.example.com: 401 Unauthorized',
    diagnosis: 'missing-credentials',
    rule: 'CLI008',
    case: 'anonymous-pull'
  },
  {
    name: "a push's token request refused",
    format: 'REG003 before FB002',
    text: 'failed to push r.example.com/a:1: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://r.example.com/token: 403 Forbidden',
    diagnosis: 'insufficient-scope',
    rule: 'REG003'
  },
  {
    name: "a login's 401 stays a refused login",
    format: 'REG004 with no pull or push request',
    text: 'Error response from daemon: login attempt to https://r.example.com/v2/ failed with status: 401 Unauthorized',
    diagnosis: 'invalid-credentials',
    rule: 'REG004'
  },
  {
    name: 'a stale Docker Hub login on a pull',
    format: 'HUB014, a specific rule, is not read by its request',
    text: 'Error response from daemon: Head "https://registry-1.docker.io/v2/library/alpine/manifests/latest": unauthorized: incorrect username or password',
    diagnosis: 'stale-login',
    rule: 'HUB014'
  },
  {
    name: "BuildKit's authorization status, deliberately unknown",
    format: 'explain-texts development set (docker/build-push-action#556)',
    text: 'error: failed to solve: authorization status: 401: authorization failed',
    diagnosis: 'unknown',
    rule: null
  },
  {
    name: 'a 403 on a blob download (a storage redirect): no reading',
    format: 'containerd fetcher; the login and the manifest read succeeded',
    text: `failed to copy: httpReadSeeker: failed open: unexpected status code https://r.example.com/v2/a/blobs/${DIGEST}: 403 Forbidden`,
    diagnosis: 'unknown',
    rule: null
  },
  {
    name: 'a bare 403 with no request',
    format: 'no framing: no reading',
    text: 'Error: status: 403',
    diagnosis: 'unknown',
    rule: null
  },
  {
    name: 'a manifest read that succeeded',
    format: 'no status, no code',
    text: 'GET https://r.example.com/v2/a/manifests/1 200 OK',
    diagnosis: 'not-a-login-failure',
    rule: null
  },
  {
    name: 'a build step',
    format: 'no registry at all',
    text: 'Step 3/7 : RUN make install',
    diagnosis: 'not-a-login-failure',
    rule: null
  },
  // (h): what the status classes must not take
  {
    name: 'a digest with 403 in it, and nothing refused',
    format: 'a BuildKit push step',
    text: `#14 pushing layer ${DIGEST.slice(0, 20)}403403 0.4s done`,
    diagnosis: 'not-a-login-failure',
    rule: null
  },
  {
    name: 'a build log line with 404 in a file name',
    format: 'a Dockerfile COPY step',
    text: '#9 [4/6] COPY public/404.html /usr/share/nginx/html/404.html',
    diagnosis: 'not-a-login-failure',
    rule: null
  },
  {
    name: 'a size with 401 in it',
    format: 'a pull progress line',
    text: `${DIGEST.slice(7, 19)}: Downloading  401.5MB/1.2GB`,
    // no rule; judgeText's word list sees a 401 and says unknown, as before
    diagnosis: 'unknown',
    rule: null
  },
  {
    name: "containerd's token refusal stays REG003's",
    format: 'REG003 before FB016',
    text: 'failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://r.example.com/token?scope=repository%3Aa%3Apull&service=r.example.com: 403 Forbidden',
    diagnosis: 'insufficient-scope',
    rule: 'REG003',
    // a token asked for pull alone: a pull's texts (§13tt (i))
    case: 'read-denied'
  },
  {
    name: "containers/image's 401 on a token request stays QUAY001's",
    format:
      'docker/errors.go ErrUnauthorizedForCredentials (QUAY001 reads "invalid username/password" first)',
    text: 'Error: initializing source docker://r.example.com/a:1: unable to retrieve auth token: invalid username/password: <message>',
    diagnosis: 'invalid-credentials',
    rule: 'QUAY001'
  },
  {
    name: "a podman push's token refusal stays REG007's",
    format: 'REG007 before FB016',
    text: `Error: trying to reuse blob ${DIGEST} at destination: Requesting bearer token: invalid status code from registry 403 (Forbidden)`,
    diagnosis: 'insufficient-scope',
    rule: 'REG007'
  },
  {
    name: "NAME_UNKNOWN in JSON stays REG005's",
    format: 'REG005 "name_unknown" before the JSON codes of FB019 and FB020',
    text: '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]}',
    diagnosis: 'repository-not-found',
    rule: 'REG005'
  },
  {
    name: "TOOMANYREQUESTS in JSON stays HTTP001's",
    format: 'HTTP001 before FB027',
    text: '{"errors":[{"code":"TOOMANYREQUESTS","message":"<message>"}]}',
    diagnosis: 'rate-limited',
    rule: 'HTTP001'
  },
  {
    name: "a login's 403 stays unknown (cloud-profiles: not called a network failure)",
    format:
      'docker/cli loginV2 "login attempt to %s failed with status: %d %s"',
    text: 'Error response from daemon: login attempt to https://r.example.com/v2/ failed with status: 403 Forbidden',
    diagnosis: 'unknown',
    rule: null
  },
  {
    name: "a login's 401 with the status text stays REG004's",
    format: 'REG004 "401 unauthorized"',
    text: 'Error response from daemon: Get "https://r.example.com/v2/": 401 Unauthorized',
    diagnosis: 'invalid-credentials',
    rule: 'REG004'
  },
  {
    name: 'a file the client may not write is no registry permission',
    format: 'FB028 needs a registry, a repository or a /v2/ request',
    text: 'open /root/.docker/config.json: permission denied',
    diagnosis: 'unknown',
    rule: null
  },
  {
    name: "the docker socket's permission stays LOOK003's",
    format: 'LOOK003 before FB028',
    text: 'permission denied while trying to connect to the docker daemon socket at unix:///var/run/docker.sock',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK003',
    case: 'filesystem'
  },
  {
    name: "an empty 403 is no web page: FB022 reads a page's '<' only",
    format:
      'docker/distribution "error parsing HTTP %d response body: %s: %q" with an empty body (docs/registries.md §13o (h))',
    text: 'error parsing HTTP 403 response body: unexpected end of JSON input: ""',
    diagnosis: 'unknown',
    rule: null
  },
  {
    name: "a repository's file denied is no registry permission",
    format:
      'FB028 reads "access denied" with a registry or a /v2/ request only',
    text: 'access denied: the repository README could not be written',
    diagnosis: 'unknown',
    rule: null
  }
]

describe('the fallback reads a text by its request, status and code', () => {
  eachOnEveryProfile(CAUGHT, (row) => `${row.name} (${row.format})`)

  it('every fallback rule is read by at least one client format above', () => {
    const read = new Set(CAUGHT.map((row) => row.rule))
    expect(
      FALLBACK_RULES.map((rule) => rule.id).filter((id) => !read.has(id))
    ).toEqual([])
  })

  it('every fallback rule cites §13b and is walked after every other table', () => {
    for (const rule of FALLBACK_RULES) {
      expect(rule.source).toContain('docs/registries.md §13b')
    }
    for (const profile of PROFILES) {
      const table = rulesFor(profile)
      expect(table.slice(-FALLBACK_RULES.length)).toEqual(FALLBACK_RULES)
    }
  })
})

describe('what the fallback must not take', () => {
  eachOnEveryProfile(NOT_CAUGHT, (row) => `${row.name} (${row.format})`)
})

describe('pushFramingOf: the push a text shows, and only a push', () => {
  it.each([
    ['POST https://r.example.com/v2/a/blobs/uploads/: DENIED: x', '/blobs/uploads/'],
    ['unexpected status from PUT request to https://r/v2/a/manifests/1', ['put request to', '/manifests/']],
    ['uploading manifest 1 to r.example.com/a: x', 'uploading manifest'],
    ['failed to push r.example.com/a:1: x', 'failed to push'],
    // a push's HEAD check reads: still a push
    ['failed to push r/a:1: unexpected status from HEAD request to https://r/v2/a/manifests/1: x', 'failed to push'],
    // go-containerregistry's detail lists pull and push for a push
    ['x [map[Action:pull Name:a] map[Action:push Name:a]]', 'action:push'],
    // pulls, logins and the rest show none
    ['GET https://r.example.com/v2/a/manifests/1: x', undefined],
    ['HEAD "https://r.example.com/v2/a/manifests/1": x', undefined],
    ['reading manifest 1 in r.example.com/a: x', undefined],
    ['failed to resolve reference "r/a:1": x', undefined],
    ['x [map[Action:pull Name:a]]', undefined],
    ['login attempt to https://r.example.com/v2/ failed with status: 401', undefined],
    ['GET "https://r.example.com/v2/": response status code 401', undefined],
    ['Step 3/7 : RUN make install', undefined]
  ] as [string, Wording | undefined][])('%s → %j', (text, framing) => {
    expect(pushFramingOf(text)).toEqual(framing)
  }) // prettier-ignore
})

describe('byRequest: a 401 read as a refused login, read by its request', () => {
  /** A text as judgeText reads it under a profile's table, before texts. */
  const readAs = (profile: Profile) => {
    const table = rulesFor(profile)
    return (text: string) => byRequest(matchRule(text, table), text)
  }
  const table = rulesFor(GENERIC)
  const read = readAs(GENERIC)

  it('on a pull: FB006, with the framing as the wording (§13p)', () => {
    const text =
      'HEAD https://r.example.com/v2/a/manifests/1: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)'
    expect(pushFramingOf(text)).toBeUndefined()
    expect(matchRule(text, table)?.rule.id).toBe('REG004')
    expect(read(text)?.rule.id).toBe('FB006')
    expect(read(text)?.wording).toBe('/manifests/')
    const bare = 'reading manifest 1 in r.example.com/a: status code 401'
    expect(read(bare)?.rule.id).toBe('FB006')
  })

  it('a name that holds "pull" is no pull', () => {
    const text =
      'The push refers to repository [r.example.com/team/pullman]\nunauthorized: authentication required'
    expect(pullFramingOf(text)).toBeUndefined()
    // docker push's own first line is the push (attack-20 repro-03)
    expect(read(text)?.rule.id).toBe('FB004')
    expect(pullFramingOf('on: pull_request\nError: Get "https://r/v2/": unauthorized')).toBeUndefined()
  }) // prettier-ignore

  it("a pull's words beside a login's keep the login reading", () => {
    const text =
      'Error response from daemon: Get "https://r.example.com/v2/": unauthorized: authentication required (docker pull r.example.com/a)'
    expect(pullFramingOf(text)).toBeUndefined()
    expect(read(text)?.rule.id).toBe('REG004')
  })

  it('on a push: FB004, with the framing as the wording', () => {
    const text =
      'failed commit on ref "manifest-sha256:1": unexpected status: 401 Unauthorized'
    expect(matchRule(text, table)?.rule.id).toBe('REG004')
    const found = read(text)
    expect(found?.rule.id).toBe('FB004')
    expect(found?.wording).toEqual('failed commit on ref')
  })

  it("FB013's bare 401 too, on a push", () => {
    const text = 'uploading manifest 1 to r.example.com/a: status code 401'
    expect(matchRule(text, table)?.rule.id).toBe('FB013')
    expect(read(text)?.rule.id).toBe('FB004')
  })

  it('a login keeps its reading; other rules and no match are left alone', () => {
    const login =
      'login attempt to https://r/v2/ failed with status: 401 Unauthorized'
    expect(read(login)?.rule.id).toBe('REG004')
    // DENIED on a pull is REG009's (docs/registries.md §13c (d)): no login
    // reading, left alone
    const denied =
      'GET https://r/v2/a/manifests/1: denied: requested access to the resource is denied'
    expect(read(denied)?.rule.id).toBe('REG009')
    expect(
      byRequest(undefined, 'GET https://r/v2/a/manifests/1')
    ).toBeUndefined()
  })

  it('a bare 401 that shows no request: FB033, with its own wording (§13dd)', () => {
    const bare = 'unauthorized: authentication required'
    expect(read(bare)?.rule.id).toBe('FB033')
    expect(read(bare)?.wording).toBe('unauthorized: authentication required')
    const status = 'getting image: unsupported status code 401; body: '
    expect(matchRule(status, table)?.rule.id).toBe('FB013')
    expect(read(status)?.rule.id).toBe('FB033')
  })

  it("a token request's or a login's 401 keeps the login reading; so does FB019's body", () => {
    for (const text of [
      'GET https://r.example.com/oauth2/token?scope=repository%3Aa%3Apull&service=r.example.com: UNAUTHORIZED: authentication required',
      'http://r.example.com/service/token?account=u&service=harbor-registry request failed with status: 401 Unauthorized',
      'Error: authenticating creds for "r.example.com": StatusCode: 401, "<html></html>"',
      'helm registry login r.example.com: response status code 401: unauthorized: authentication required',
      'Error response from daemon: Get "https://r.example.com/v2/": unauthorized: authentication required'
    ]) {
      expect([text, read(text)?.rule.id]).toEqual([text, matchRule(text, table)?.rule.id])
      expect(read(text)?.rule.diagnosis).toBe('invalid-credentials')
    }
    const body = '{"errors":[{"code":"UNAUTHORIZED","message":"the token provided is not valid"}]}'
    expect(read(body)?.rule.id).toBe('FB019')
  }) // prettier-ignore

  it("containerd's oauth 401 with no scope shown, on a BuildKit push: REG003, as a token that may not push (attack-18 repro-06)", () => {
    const text = '#20 [auth] octo/app:pull,push token for registry-1.docker.io\n#19 pushing layers 0.8s done\n#19 ERROR: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized'
    expect(pushFramingOf(text)).toBeDefined()
    expect(read(text)?.rule.id).toBe('REG003')
    // on a pull it stays REG020, the stored credential refused
    expect(read('#3 [internal] load metadata for docker.io/library/alpine:3.19\n#3 ERROR: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized')?.rule.id).toBe('REG020')
  }) // prettier-ignore

  it("oras-go's copy error on the destination is a push (attack-17 repro-03)", () => {
    const text = 'Error: failed to perform "Exists" on destination: HEAD "https://quay.io/v2/my-org/charts/my-chart/manifests/sha256:0123": response status code 401: Unauthorized'
    expect(pushFramingOf(text)).toBe('on destination')
    expect(read(text)?.rule.id).toBe('FB004')
    expect(judgeText(text, GENERIC).evidence[1]).toMatch(/but the request was a push$/)
  }) // prettier-ignore

  it("GHCR's `denied` to a pull after a logout of ghcr.io is a pull without a login (GHCR008), not a stale one (§13vv (a))", () => {
    const readGhcr = readAs(profileById('ghcr'))
    const pull = 'Error response from daemon: Head "https://ghcr.io/v2/acme/app/manifests/1.0": denied: denied'
    expect(readGhcr(pull)?.rule.id).toBe('GHCR003')
    for (const logout of ['$ docker logout ghcr.io', 'Removing login credentials for ghcr.io', 'Not logged in to ghcr.io', '$ podman logout ghcr.io', '# sudo docker logout ghcr.io']) {
      const text = `${logout}\n$ docker pull ghcr.io/acme/app:1.0\n${pull}`
      expect([logout, readGhcr(text)?.rule.id]).toEqual([logout, 'GHCR008'])
    }
    const verdict = judgeText(`$ docker logout ghcr.io\n${pull}`, profileById('ghcr'))
    expect([verdict.diagnosis, verdict.case]).toEqual(['repository-not-found', 'anonymous-pull'])
    expect(verdict.evidence[1]).toMatch(/rule GHCR003: a refusal read as a stale stored login, but the text logged out of ghcr\.io before the pull/)
    expect(verdict.evidence[2]).toMatch(/^after a logout "\/manifests\/ … denied: denied", rule GHCR008/)
    // a logout after the refusal, of another host, or followed by a login
    // that succeeded: the stored login may have gone with the pull
    expect(readGhcr(`${pull}\n$ docker logout ghcr.io`)?.rule.id).toBe('GHCR003')
    expect(readGhcr(`$ docker logout docker.io\n${pull}`)?.rule.id).toBe('GHCR003')
    expect(readGhcr(`$ docker logout ghcr.io\n$ docker login ghcr.io -u octo --password-stdin\nLogin Succeeded\n${pull}`)?.rule.id).toBe('GHCR003')
    // a logout a step's script only lists (GitHub's Run header: it never
    // ran), and helm's token request, whose logins docker's logout does
    // not touch (attack-42 A42-06, A42-02)
    expect(readGhcr(`Run docker pull ghcr.io/acme/app:1.0\n  docker pull ghcr.io/acme/app:1.0\n  docker logout ghcr.io\n${pull}`)?.rule.id).toBe('GHCR003')
    const helm = 'Error: failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden'
    expect(readGhcr(`$ docker logout ghcr.io\nRemoving login credentials for ghcr.io\n$ helm pull oci://ghcr.io/acme/charts/app --version 1.0.0\n${helm}`)?.rule.id).toBe('GHCR003')
  }) // prettier-ignore

  it("Docker Hub's refusal of a login that sent an email address for the Docker ID is email-as-username (HUB023, §13vv (c))", () => {
    const readHub = readAs(profileById('docker-hub'))
    const refused = 'Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password'
    expect(readHub(refused)?.rule.id).toBe('HUB010')
    for (const sent of ['Username: user@mycompany.com\nPassword:', '$ docker login -u octo.cat@example.org --password-stdin', 'docker login --username=octo@example.co.uk']) {
      expect([sent, readHub(`${sent}\n${refused}`)?.rule.id]).toEqual([sent, 'HUB023'])
    }
    const verdict = judgeText(`Username: user@mycompany.com\nPassword:\n${refused}`, profileById('docker-hub'))
    expect(verdict.diagnosis).toBe('email-as-username')
    expect(verdict.evidence[2]).toMatch(/^username sent "incorrect username or password", rule HUB023/)
    // the email tried, then the Docker ID, both refused: the Docker ID's
    // refusal decides (attack-42 A42-01)
    expect(readHub(`$ docker login -u jane.doe@acme-corp.com\n${refused}\n$ docker login -u janedoe42\nPassword:\n${refused}`)?.rule.id).toBe('HUB010')
    expect(readHub(`$ docker login -u janedoe42\n${refused}\n$ docker login -u jane.doe@acme-corp.com\n${refused}`)?.rule.id).toBe('HUB023')
    // a Docker ID, a default shown in the prompt, or another registry's login
    expect(readHub(`Username: octocat\nPassword:\n${refused}`)?.rule.id).toBe('HUB010')
    expect(readHub(`Username (octo@example.com): octocat\n${refused}`)?.rule.id).toBe('HUB010')
    expect(readHub('Username: me@example.com\nError response from daemon: Get "https://registry.example.com/v2/": unauthorized: incorrect username or password')?.rule.id).toBe('HUB010')
  }) // prettier-ignore

  it("Quay's refusal on any pull is QUAY011's private or missing image, on a push no push right (§13ll (a))", () => {
    const run = "Unable to find image 'quay.io/acme/app:1.0' locally\ndocker: Error response from daemon: unauthorized: access to the requested resource is not authorized."
    expect(pullFramingOf(run)).toEqual(['unable to find image', 'locally'])
    expect(read(run)?.rule.id).toBe('QUAY011')
    expect(judgeText(run, GENERIC).evidence[1]).toMatch(/but the request was a pull: a repository the request may not read, or that does not exist/)
    const pull = '$ docker pull quay.io/acme/app:1.0\nError response from daemon: unauthorized: access to the requested resource is not authorized'
    expect(read(pull)?.rule.id).toBe('QUAY011')
    const push = 'The push refers to repository [quay.io/acme/app]\nunauthorized: access to the requested resource is not authorized'
    expect(read(push)?.rule.id).toBe('QUAY005')
    // no request shown: QUAY005 as before
    expect(read('unauthorized: access to the requested resource is not authorized')?.rule.id).toBe('QUAY005')
    // a push after a pull (a build's base image, skopeo run by docker run):
    // the push decides (attack-20 repro-03)
    const built = 'Step 1/3 : FROM quay.io/acme/base:1\n1: Pulling from acme/base\nThe push refers to repository [quay.io/acme/app]\n5f70bf18a086: Preparing\nunauthorized: access to the requested resource is not authorized'
    expect(read(built)?.rule.id).toBe('QUAY005')
    const copied = "Unable to find image 'quay.io/skopeo/stable:latest' locally\nlatest: Pulling from skopeo/stable\nFATA[0003] trying to reuse blob sha256:9a0b0ce99936 at destination: checking whether a blob sha256:9a0b0ce99936 exists in quay.io/acme/app: unauthorized: access to the requested resource is not authorized"
    expect(read(copied)?.rule.id).toBe('QUAY005')
    // a build's base image, classic and BuildKit: a pull (dev18)
    const from = 'Step 1/6 : FROM quay.io/ansible/molecule:3.1.5\nunauthorized: access to the requested resource is not authorized'
    expect(read(from)?.rule.id).toBe('QUAY011')
    expect(pullFramingOf('#3 [internal] load metadata for quay.io/acme/base:1')).toBe('load metadata for ')
    // docker-compose v1's build: its base images, a pull (§13qq (i), dev29)
    const composeBuild = "Service 'web' failed to build: Unauthorized: access to the requested resource is not authorized"
    expect(pullFramingOf(composeBuild)).toEqual(["service '", "' failed to build"])
    expect(read(composeBuild)?.rule.id).toBe('QUAY011')
    // a job log's login step before the refused pull: still the pull
    // (attack-20 repro-04)
    expect(read(`Logging into quay.io...\nLogin Succeeded!\n${run}`)?.rule.id).toBe('QUAY011')
  }) // prettier-ignore

  it("a script's manifest fetch is a pull (§13ii (d))", () => {
    const text = "[-] Cannot fetch manifest for foo/bar [HTTP 401]\nb'{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\",\"detail\":[{\"Type\":\"repository\",\"Class\":\"\",\"Name\":\"foo/bar\",\"Action\":\"pull\"}]}]}\\n'"
    expect(pullFramingOf(text)).toBe('fetch manifest')
    expect(read(text)?.rule.id).toBe('FB006')
  }) // prettier-ignore

  it("HUB018's steps say where to look when the official image exists (attack-18 repro-03)", async () => {
    const run = await explain('GET https://registry-1.docker.io/v2/library/alpine/manifests/3.7: unauthorized: authentication required\n', ['--json'])
    const out = JSON.parse(run.stdout) as { rule: string; steps: string[] }
    expect(out.rule).toBe('HUB018')
    expect(out.steps.join(' ')).toContain('dockerstatus.com')
  }) // prettier-ignore

  it("a registry's host taken for a Docker Hub namespace: HUB020, whatever the request (§13rr (e))", () => {
    const enroot = '[INFO] Authenticating with user: <anonymous>\n[INFO] Authentication succeeded\n[ERROR] URL https://registry-1.docker.io/v2/nvcr.io/nvidia/pytorch/manifests/20.12-py3 returned error code: 401 Unauthorized'
    expect(read(enroot)?.rule.id).toBe('HUB020')
    expect(judgeText(enroot, GENERIC).diagnosis).toBe('repository-not-found')
    // a host with a port, on index.docker.io, on a push
    expect(read('PUT https://index.docker.io/v2/registry.example.com:5000/app/manifests/1: UNAUTHORIZED: authentication required')?.rule.id).toBe('HUB020')
    // a repository with a dot below a namespace is Docker Hub's own name
    expect(read('GET https://index.docker.io/v2/acme/app.v2/manifests/1: UNAUTHORIZED: authentication required')?.rule.id).toBe('FB006')
    // another registry's request is not Docker Hub's
    expect(read('GET https://ghcr.io/v2/nvcr.io/app/manifests/1: UNAUTHORIZED: authentication required')?.rule.id).not.toBe('HUB020')
  }) // prettier-ignore

  it("enroot's credential from its file or its cache, refused: the login reading (§13rr (i))", () => {
    const file = "[INFO] Querying registry for permission grant\n[INFO] Authenticating with user: $oauthtoken\n[INFO] Using credentials from file: /root/.config/enroot/.credentials\n[ERROR] URL https://nvcr.io/proxy_auth returned error code: 401 Unauthorized"
    expect(read(file)?.rule.id).toBe('REG004')
    expect(judgeText(file, GENERIC).diagnosis).toBe('invalid-credentials')
    const cache = '[INFO] Querying registry for permission grant\n[INFO] Found valid credentials in cache\n[INFO] Fetching image manifest\n[ERROR] URL https://gcr.io/v2/acme/app/manifests/latest returned error code: 401 Unauthorized'
    expect(judgeText(cache, GENERIC).diagnosis).toBe('invalid-credentials')
    // anonymous: a pull that carried no login, as before
    expect(read(cache.replace('Found valid credentials in cache', 'Authenticating with user: <anonymous>'))?.rule.id).toBe('FB006')
  }) // prettier-ignore

  it("a pull of a Docker Hub official image's name answered 401: HUB018, no such image (§13gg)", () => {
    const cosign = 'accessing entity: GET https://index.docker.io/v2/library/cosign/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/cosign Type:repository]]'
    expect(read(cosign)?.rule.id).toBe('HUB018')
    const oras = 'Error: failed to resolve latest: GET "https://registry-1.docker.io/v2/nginx/manifests/latest": response status code 401: unauthorized: authentication required'
    expect(read(oras)?.rule.id).toBe('HUB018')
    // a stage name looked up with no request shown, only the detail
    const stage = 'retrieving image config: getting image: UNAUTHORIZED: authentication required; [map[Type:repository Class: Name:library/base Action:pull]]'
    expect(read(stage)?.rule.id).toBe('HUB018')
    const verdict = judgeText(cosign, GENERIC)
    expect([verdict.diagnosis, verdict.case]).toEqual(['repository-not-found', 'official-image'])
    // an official image that exists refused so: Docker Hub or a proxy
    // (attack-18 repro-03); the steps say where to look
    expect(verdict.rule).toBe('HUB018')
    // an organisation's repository: private or missing, FB006 as before
    expect(read('GET https://index.docker.io/v2/acme/app/manifests/1: UNAUTHORIZED: authentication required')?.rule.id).toBe('FB006')
    // a mirror that names library/* in its own answer: not Docker Hub's
    expect(read('Head "https://mirror.example.com/v2/acme/app/manifests/latest": unauthorized: {"errors":[{"code":"UNAUTHORIZED","message":"login","detail":[{"Type":"repository","Name":"library/app","Action":"pull"}]}]}')?.rule.id).not.toBe('HUB018')
    // a push to library/ is a push
    expect(read('PUT https://index.docker.io/v2/library/app/manifests/1: UNAUTHORIZED: authentication required')?.rule.id).toBe('FB004')
  }) // prettier-ignore

  it("the evidence of a re-reading says what it re-read (Red Hat's words at a login, a token's 401 on a push)", () => {
    const login = judgeText('Login did not succeed, error: Error response from daemon: Get https://registry.redhat.io/v2/: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials.', GENERIC)
    expect(login.rule).toBe('GEN012')
    expect(login.evidence[1]).toMatch(/rule GEN010: words of a request without a login, but the text shows a login: the credential it sent was refused$/)
    const push = judgeText('#19 pushing layers 0.8s done\n#19 ERROR: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized', GENERIC)
    expect(push.rule).toBe('REG003')
    expect(push.evidence[1]).toMatch(/rule REG020: a token request refused 401, read as a refused credential, but the request was a push/)
    expect(push.evidence[1]).not.toMatch(/no login, no token request/)
  }) // prettier-ignore

  it('the evidence says which request, or that none shows', () => {
    const pull = judgeText('HEAD https://r.example.com/v2/a/manifests/1: unexpected status code 401 Unauthorized', GENERIC)
    expect(pull.evidence[1]).toMatch(/rule REG004: a 401 read as a refused login, but the request was a pull$/)
    const bare = judgeText('unauthorized: authentication required', GENERIC)
    expect(bare.diagnosis).toBe('missing-credentials')
    expect(bare.case).toBe('no-login')
    expect(bare.evidence[1]).toMatch(/rule REG004: a 401 read as a refused login, but the text shows no login, no token request, no pull and no push/)
    expect(bare.evidence[2]).toMatch(/^no request shown "unauthorized: authentication required", rule FB033 \(docs\/registries\.md §13b \(f\), docs\/registries\.md §13dd/)
  }) // prettier-ignore

  it('the evidence names both readings', () => {
    const verdict = judgeText(
      'PUT https://r.example.com/v2/a/manifests/1: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:a Type:repository] map[Action:push Class: Name:a Type:repository]]',
      GENERIC
    )
    expect(verdict.evidence).toHaveLength(3)
    expect(verdict.evidence[1]).toMatch(
      /^known wording "unauthorized: authentication required", rule REG004: a 401 read as a refused login, but the request was a push$/
    )
    expect(verdict.evidence[2]).toMatch(
      /^request "put https:\/\/ … \/manifests\/", rule FB004 \(docs\/registries\.md §13b/
    )
  })
})

// ---------------------------------------------------------------------------
// explain, in process

describe('explain reads the examples of the brief (docs/registries.md §13b (g))', () => {
  it.each([
    [
      'Error: failed to do request: Head "https://r.example.com/v2/a/b/manifests/1": 403 Forbidden',
      'registry-unreachable',
      'FB001'
    ],
    [
      'failed commit on ref "layer-sha256:abc": unexpected status from PUT request to https://r.example.com/v2/a/blobs/uploads/x: 403 Forbidden',
      'insufficient-scope',
      'FB002'
    ],
    [
      'GET https://r.example.com/v2/a/manifests/1: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:a Type:repository]]',
      'missing-credentials',
      'FB006'
    ]
  ])('%s → %s (%s)', async (text, diagnosis, rule) => {
    const run = await explain(`${text}\n`, [
      '--registry',
      'r.example.com',
      '--json'
    ])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    const out = JSON.parse(run.stdout) as {
      diagnosis: string
      rule: string | null
      title: string
      evidence: string[]
    }
    expect([out.diagnosis, out.rule]).toEqual([diagnosis, rule])
    expect(out.evidence[0]).toMatch(/^seen: "/)
    expect(out.evidence.at(-1)).toContain(`rule ${rule} (`)
  })

  it('prints the texts of that diagnosis for the registry, in text', async () => {
    const run = await explain(
      'Error: initializing source docker://r.example.com/a:1: reading manifest 1 in r.example.com/a: authentication required\n',
      ['--registry', 'r.example.com']
    )
    expect(run.exitCode).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(
      'Diagnosis: missing-credentials — The image needs a login to pull'
    )
    expect(run.stdout).toContain('Log in to r.example.com before the pull')
    expect(run.stdout).not.toMatch(/docker hub|hub\.docker\.com/i)
  })
})

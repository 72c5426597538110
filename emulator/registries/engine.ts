/**
 * A registry of any family on loopback, as its spec describes it: the
 * `/v2/` ping and its challenge, a token service (JWT or opaque tokens) or
 * Basic authentication on every request, and the start and cancellation of
 * blob uploads, which is where registries with opaque tokens refuse a push
 * (docs/registries.md §0, §11). Each family's spec (`ghcr.ts`, …) holds its
 * accounts and canned answers, each citing its source. No secret is ever
 * recorded.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { signJwt, verifyJwt } from '../jwt.js'

/** An action on a repository. */
export type Action = 'pull' | 'push'

/** A canned answer and where it was seen. */
export interface Answer {
  status: number
  body: string
  headers?: Readonly<Record<string, string>>
  /**
   * `headers` are all the registry sends: no `content-type` or
   * `docker-distribution-api-version` of distribution's are added (Quay's
   * Flask answers, docs/registries.md §14 (a), (b))
   */
  bare?: boolean
  /** where the wording and status come from (docs/…, an issue) */
  source: string
}

/** An upload session a registry has just opened. */
export interface UploadSession {
  /** the session's id (a UUID) */
  id: string
  repository: string
  /** the registry's host[:port] */
  host: string
}

/**
 * The headers of the `202 Accepted` that opens an upload session (the
 * body is empty).
 */
export type UploadStarted = (
  session: UploadSession
) => Readonly<Record<string, string>>

/**
 * distribution's `202` to `POST /v2/<name>/blobs/uploads/`: the API version
 * header it sets on every answer, `Docker-Upload-UUID`, `Location`,
 * `Content-Length: 0` and `Range: 0-0` (the size received, 0, as
 * `0-<size>`), and no `Content-Type` (docs/registries.md §14 (a):
 * distribution/distribution registry/handlers/blobupload.go
 * `StartBlobUpload`, `blobUploadResponse`; docs/content/spec/api.md
 * "Initiate Resumable Blob Upload"). The `Location` stays relative with
 * its `_state`, as §11 allows (distribution writes it absolute).
 */
export const DISTRIBUTION_UPLOAD: UploadStarted = ({ id, repository }) => ({
  'docker-distribution-api-version': 'registry/2.0',
  'docker-upload-uuid': id,
  location: `/v2/${repository}/blobs/uploads/${id}?_state=${randomBytes(8).toString('hex')}`,
  'content-length': '0',
  range: '0-0'
})

/**
 * distribution's answer to a path no route of its serves: Go's
 * `http.NotFound` (gorilla/mux's default), `404 page not found` in plain
 * text, with the API version header distribution sets before routing
 * (docs/registries.md §14 (b)).
 */
export const DISTRIBUTION_NOT_FOUND: Answer = {
  status: 404,
  body: '404 page not found\n',
  headers: {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff'
  },
  source:
    'docs/registries.md §14 (b): distribution/distribution registry/handlers/app.go (no NotFoundHandler), gorilla/mux mux.go (http.NotFoundHandler); balena-io-modules/balena-preload#46, distribution/distribution#857'
}

/** One account of a family's registry (fake test data). */
export interface RegistryAccount {
  username: string
  secret: string
  /**
   * What it may do, by repository: an exact name, a `namespace/*` prefix,
   * or `*` for every repository.
   */
  grants: Readonly<Record<string, readonly Action[]>>
  /** the registry refuses this credential so (instead of a token) */
  refusal?: Answer
  /** the registry refuses this account's uploads so (else the spec's) */
  uploadDenied?: Answer
  /**
   * the token service refuses this account's request for push it lacks so
   * (else the spec's `scopeDenied`)
   */
  scopeDenied?: Answer
}

/** How a family's registry answers. */
export interface RegistrySpec {
  family: string
  /** `bearer`: a token service at `realmPath`; `basic`: Basic on every request */
  auth: 'bearer' | 'basic'
  /** the token service's path (`/token`, `/jwt/auth`, `/oauth2/token`…) */
  realmPath?: string
  /** the challenge's `service`, from the registry's host[:port] */
  service?: (host: string) => string
  /** the challenge's Basic realm (`auth: 'basic'`) */
  basicRealm?: (host: string) => string
  /**
   * the token's form, the JSON fields it is given in, and what else the
   * token service's `200` body holds
   */
  tokens?: {
    format: 'jwt' | 'opaque'
    fields: readonly string[]
    /**
     * the body's other fields (`expires_in`, `issued_at`…), where the
     * registry sends them (docs/registries.md §14 (c)); absent: the token
     * fields alone
     */
    extra?: (issued: Date) => Readonly<Record<string, unknown>>
    /** a JWT's lifetime, for its `exp` (default 300 s) */
    lifetimeSeconds?: number
  }
  /**
   * the headers of the `202` that opens an upload session; default
   * distribution's (`DISTRIBUTION_UPLOAD`)
   */
  uploadStarted?: UploadStarted
  /**
   * the answer to a path the registry serves no route for; default
   * distribution's (`DISTRIBUTION_NOT_FOUND`)
   */
  notFound?: Answer
  answers: {
    /** `/v2/` (or an upload) without a usable credential: a 401 */
    unauthorized: Answer
    /**
     * `/v2/` or an upload whose Bearer token the registry cannot use (not
     * one it issued); absent: `unauthorized` (GHCR, docs/registries.md
     * §14 (e))
     */
    unusableToken?: Answer
    /** a wrong username or password at the token service or Basic ping */
    badCredentials: Answer
    /**
     * the refusal of a wrong credential by its username, where the
     * registry words it by kind (Quay: robots and users); else
     * `badCredentials`
     */
    badCredentialsFor?: (username: string) => Answer | undefined
    /** an upload started without push on the repository */
    uploadDenied: Answer
    /** an upload to a repository the registry does not have */
    nameUnknown?: Answer
    /** the cancellation of an upload (`DELETE`): 204, or a refusal */
    cancel: Answer
    /**
     * When set, the token service refuses (with this answer) a request
     * that asks for push on a repository the account may not push to,
     * instead of granting what it may (Artifact Registry checks IAM when a
     * token is asked for, docs/registries.md §6 (e)). Absent: the intersection
     * is granted, as distribution does.
     */
    scopeDenied?: Answer
  }
  /**
   * a wrong credential that asks for scopes gets a JWT for nobody (`sub`
   * empty) granting nothing, instead of a refusal; without scopes it is
   * refused (Harbor's token service, docs/registries.md §4 (d))
   */
  anonymousTokens?: boolean
  /**
   * the repositories that exist, where a push creates none (ECR); absent:
   * every name may be pushed to
   */
  repositories?: readonly string[]
  accounts: readonly RegistryAccount[]
}

/** A request the registry received; never a credential. */
export interface RegistryRequest {
  method: string
  path: string
  step: 'ping' | 'token' | 'upload' | 'cancel' | 'other'
  /** the `Authorization` scheme, never its value */
  authorization?: string
  /** token requests: the scopes asked */
  scopes?: string[]
  status: number
}

/** A running registry. */
export interface FamilyRegistry {
  /** base URL, `http://127.0.0.1:<port>` */
  url: string
  /** host:port */
  host: string
  requests: RegistryRequest[]
  /** upload sessions started and not cancelled */
  openUploads(): number
  reset(): void
  close(): Promise<void>
}

/** What a token (or a Basic credential) lets its bearer do. */
interface Grant {
  account: RegistryAccount
  /** repository → actions granted */
  access: Map<string, Action[]>
}

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'docker-distribution-api-version': 'registry/2.0'
}

/** The actions an account has on a repository. */
export function actionsOn(
  account: RegistryAccount,
  repository: string
): Action[] {
  const found = new Set<Action>()
  for (const [pattern, actions] of Object.entries(account.grants)) {
    const matches =
      pattern === '*' ||
      pattern === repository ||
      (pattern.endsWith('/*') && repository.startsWith(pattern.slice(0, -1)))
    if (matches) for (const action of actions) found.add(action)
  }
  return [...found]
}

/** `repository:<name>:<actions>` scopes → name → actions asked. */
function scopesAsked(url: URL): Map<string, Action[]> {
  const asked = new Map<string, Action[]>()
  for (const scope of url.searchParams
    .getAll('scope')
    .flatMap((s) => s.split(' '))) {
    const match = /^repository:([^:]+):(.*)$/.exec(scope)
    if (!match) continue
    const actions = match[2]
      .split(',')
      .filter((a): a is Action => a === 'pull' || a === 'push')
    asked.set(match[1], [...(asked.get(match[1]) ?? []), ...actions])
  }
  return asked
}

/** The Basic credentials of a request, if any. */
function basicOf(
  req: IncomingMessage
): { username: string; secret: string } | undefined {
  const header = req.headers.authorization ?? ''
  if (!/^basic /i.test(header)) return undefined
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon === -1) return undefined
  return { username: decoded.slice(0, colon), secret: decoded.slice(colon + 1) }
}

/** Starts a family's registry on 127.0.0.1 and a free port. */
export async function startFamilyRegistry(
  spec: RegistrySpec,
  options: { port?: number } = {}
): Promise<FamilyRegistry> {
  const key = randomBytes(32)
  const opaque = new Map<string, Grant>()
  const uploads = new Set<string>()
  const requests: RegistryRequest[] = []
  const sockets = new Set<Socket>()
  let host = ''

  const send = (
    res: ServerResponse,
    answer: Pick<Answer, 'status' | 'body' | 'headers' | 'bare'>,
    extra: Record<string, string> = {}
  ): number => {
    res.writeHead(answer.status, {
      ...(answer.bare ? {} : JSON_HEADERS),
      ...answer.headers,
      ...extra
    })
    res.end(answer.body)
    return answer.status
  }

  /** The token service's `200` body for a token (§14 (c)). */
  const tokenBody = (token: string): string =>
    JSON.stringify({
      ...Object.fromEntries(
        (spec.tokens?.fields ?? ['token']).map((field) => [field, token])
      ),
      ...spec.tokens?.extra?.(new Date())
    })
  const lifetime = spec.tokens?.lifetimeSeconds ?? 300

  /**
   * The answer to a request without a credential the registry can use: a
   * Bearer token it did not issue gets `unusableToken`, where the
   * registry words it so.
   */
  const unauthorizedFor = (req: IncomingMessage): Answer =>
    (spec.auth === 'bearer' &&
      /^bearer /i.test(req.headers.authorization ?? '') &&
      spec.answers.unusableToken) ||
    spec.answers.unauthorized

  const challenge = (): Record<string, string> =>
    spec.auth === 'basic'
      ? {
          'www-authenticate': `Basic realm="${spec.basicRealm?.(host) ?? `https://${host}/`}"${spec.service ? `,service="${spec.service(host)}"` : ''}`
        }
      : {
          'www-authenticate': `Bearer realm="http://${host}${spec.realmPath ?? '/token'}",service="${spec.service?.(host) ?? host}"`
        }

  /** The account a Basic credential names, or the answer refusing it. */
  const login = (
    req: IncomingMessage
  ): { account: RegistryAccount } | { refused: Answer } => {
    const given = basicOf(req)
    const account = spec.accounts.find(
      (a) => a.username === given?.username && a.secret === given?.secret
    )
    if (!account) {
      const named = spec.answers.badCredentialsFor?.(given?.username ?? '')
      return { refused: named ?? spec.answers.badCredentials }
    }
    if (account.refusal) return { refused: account.refusal }
    return { account }
  }

  /** What the request's credential grants, or undefined. */
  const grantOf = (req: IncomingMessage): Grant | undefined => {
    const header = req.headers.authorization ?? ''
    if (spec.auth === 'basic') {
      const found = login(req)
      if (!('account' in found)) return undefined
      const access = new Map<string, Action[]>()
      return { account: found.account, access }
    }
    if (!/^bearer /i.test(header)) return undefined
    const token = header.slice(7).trim()
    if (spec.tokens?.format === 'opaque') return opaque.get(token)
    const claims = verifyJwt(token, key) as
      | { sub?: string; access?: { name: string; actions: Action[] }[] }
      | undefined
    const account = spec.accounts.find((a) => a.username === claims?.sub)
    if (!claims || !account) return undefined
    return {
      account,
      access: new Map((claims.access ?? []).map((e) => [e.name, e.actions]))
    }
  }

  /**
   * May the grant push to the repository? Basic: the account's rights; a
   * JWT: what it grants; an opaque token: asked for push, and the
   * account's rights.
   */
  const mayPush = (grant: Grant, repository: string): boolean => {
    const rights = actionsOn(grant.account, repository).includes('push')
    if (spec.auth === 'basic') return rights
    const asked = (grant.access.get(repository) ?? []).includes('push')
    return spec.tokens?.format === 'opaque' ? asked && rights : asked
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', `http://${host}`)
    const path = url.pathname
    const method = req.method ?? 'GET'
    const scheme = (req.headers.authorization ?? '').split(' ')[0].toLowerCase()
    const record = (
      step: RegistryRequest['step'],
      status: number,
      scopes?: string[]
    ): void => {
      requests.push({
        method,
        path,
        step,
        ...(scheme ? { authorization: scheme } : {}),
        ...(scopes ? { scopes } : {}),
        status
      })
    }
    req.resume()

    if (path === '/v2/' || path === '/v2') {
      if (spec.auth === 'basic' && basicOf(req)) {
        const found = login(req)
        if ('refused' in found) {
          record('ping', send(res, found.refused, challenge()))
          return
        }
        record('ping', send(res, { status: 200, body: '{}' }))
        return
      }
      const grant = spec.auth === 'bearer' ? grantOf(req) : undefined
      if (grant) {
        record('ping', send(res, { status: 200, body: '{}' }))
        return
      }
      record('ping', send(res, unauthorizedFor(req), challenge()))
      return
    }

    if (spec.auth === 'bearer' && path === (spec.realmPath ?? '/token')) {
      const asked = scopesAsked(url)
      const scopes = url.searchParams.getAll('scope')
      const found = login(req)
      if (
        'refused' in found &&
        spec.anonymousTokens &&
        spec.tokens?.format !== 'opaque' &&
        asked.size > 0
      ) {
        // a token for nobody: what anonymous users may do (nothing here)
        const token = signJwt(
          {
            iss: host,
            sub: '',
            aud: spec.service?.(host) ?? host,
            exp: Math.floor(Date.now() / 1000) + lifetime,
            access: [...asked.keys()].map((name) => ({
              type: 'repository',
              name,
              actions: []
            }))
          },
          key
        )
        record(
          'token',
          send(res, { status: 200, body: tokenBody(token) }),
          scopes
        )
        return
      }
      if ('refused' in found) {
        record('token', send(res, found.refused), scopes)
        return
      }
      // a registry that checks the push asked for at the token request
      const scopeDenied = found.account.scopeDenied ?? spec.answers.scopeDenied
      const overreach = [...asked].some(
        ([name, actions]) =>
          actions.includes('push') &&
          !actionsOn(found.account, name).includes('push')
      )
      if (scopeDenied && overreach) {
        record('token', send(res, scopeDenied), scopes)
        return
      }
      // the intersection of what was asked and what the account may do
      // (docs/registries.md §0: a subset is not an error)
      // (opaque tokens keep what was asked: the upload checks the rights)
      const access = new Map<string, Action[]>()
      for (const [name, actions] of asked) {
        const allowed = actionsOn(found.account, name)
        access.set(
          name,
          spec.tokens?.format === 'opaque'
            ? actions
            : actions.filter((a) => allowed.includes(a))
        )
      }
      let token: string
      if (spec.tokens?.format === 'opaque') {
        token = randomBytes(24).toString('base64url')
        // opaque tokens are issued whatever they ask; the upload decides
        opaque.set(token, { account: found.account, access })
      } else {
        token = signJwt(
          {
            iss: host,
            sub: found.account.username,
            aud: spec.service?.(host) ?? host,
            exp: Math.floor(Date.now() / 1000) + lifetime,
            access: [...access].map(([name, actions]) => ({
              type: 'repository',
              name,
              actions
            }))
          },
          key
        )
      }
      record(
        'token',
        send(res, { status: 200, body: tokenBody(token) }),
        scopes
      )
      return
    }

    const upload = /^\/v2\/(.+)\/blobs\/uploads\/?$/.exec(path)
    if (upload && method === 'POST') {
      const repository = upload[1]
      const grant = grantOf(req)
      if (!grant) {
        record('upload', send(res, unauthorizedFor(req), challenge()))
        return
      }
      if (spec.repositories && !spec.repositories.includes(repository)) {
        const missing = spec.answers.nameUnknown ?? {
          status: 404,
          body: '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]}',
          source: 'opencontainers/distribution-spec, Error Codes'
        }
        record('upload', send(res, missing))
        return
      }
      if (!mayPush(grant, repository)) {
        const denied = grant.account.uploadDenied ?? spec.answers.uploadDenied
        record('upload', send(res, denied))
        return
      }
      const id = randomUUID()
      uploads.add(id)
      // the registry's own headers (§14 (a)), distribution's by default
      const started = (spec.uploadStarted ?? DISTRIBUTION_UPLOAD)({
        id,
        repository,
        host
      })
      record(
        'upload',
        send(res, { status: 202, body: '', headers: started, bare: true })
      )
      return
    }
    const session = /^\/v2\/.+\/blobs\/uploads\/([0-9a-f-]{36})$/.exec(path)
    if (session && method === 'DELETE') {
      const status = send(res, spec.answers.cancel)
      if (status >= 200 && status < 300) uploads.delete(session[1])
      record('cancel', status)
      return
    }
    // a path no route serves (§14 (b))
    record('other', send(res, spec.notFound ?? DISTRIBUTION_NOT_FOUND))
  }

  const server = createServer(handle)
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((done) =>
    server.listen(options.port ?? 0, '127.0.0.1', done)
  )
  const { port } = server.address() as AddressInfo
  host = `127.0.0.1:${port}`
  return {
    url: `http://${host}`,
    host,
    requests,
    openUploads: () => uploads.size,
    reset() {
      requests.length = 0
    },
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => done())
      })
  }
}

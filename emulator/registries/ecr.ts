/**
 * Amazon ECR as its users saw it answer (docs/registries.md §5): the
 * registry (Basic authentication with user `AWS` and a 12-hour token on
 * every request, repositories that must exist, IAM refusals when an upload
 * starts) and the ECR API's GetAuthorizationToken, which exchanges AWS
 * access keys for such a token (AWS JSON 1.1, SigV4-signed). The registry
 * and the API share their tokens: the API hands out the accounts' tokens.
 * All keys and tokens are fake test data; no secret is ever recorded.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto'
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { errors } from './ghcr.js'
import {
  DISTRIBUTION_UPLOAD,
  type Answer,
  type RegistryAccount,
  type RegistrySpec
} from './engine.js'

/** The account the registry belongs to (fake). */
export const ECR_ACCOUNT_ID = '123456789012'
export const ECR_REGION = 'us-east-1'
/** The registry's host as users name it. */
export const ECR_HOST_NAME = `${ECR_ACCOUNT_ID}.dkr.ecr.${ECR_REGION}.amazonaws.com`
/** The ECR API's host for the region. */
export const ECR_API_HOST = `api.ecr.${ECR_REGION}.amazonaws.com`
/** ECR Public's API host (us-east-1 only, docs/registries.md §5 (f)). */
export const ECR_PUBLIC_API_HOST = 'api.ecr-public.us-east-1.amazonaws.com'

/** Token lifetime: 12 hours (AWS ECR API Reference, AuthorizationData). */
const TOKEN_SECONDS = 12 * 3600

/**
 * An ECR token's password: base64 of `{"payload","datakey","version":"2",
 * "type":"DATA_KEY","expiration"}` (docs/registries.md §5 (b)), fake.
 */
export function ecrToken(expiration: number): string {
  const json = {
    payload: randomBytes(96).toString('base64'),
    datakey: randomBytes(48).toString('base64'),
    version: '2',
    type: 'DATA_KEY',
    expiration
  }
  return Buffer.from(JSON.stringify(json)).toString('base64')
}

const now = (): number => Math.floor(Date.now() / 1000)

/** The registry's refusals, by what they mean. */
export const ECR_ANSWERS = {
  // `unexpected status code 401 Unauthorized: Not Authorized` without a login
  unauthorized: {
    status: 401,
    body: 'Not Authorized',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    source:
      'docs/registries.md §5 (g): a public write-up of Wiz\'s "EKS Cluster Games" (crane against ECR without a login); the challenge §5 (a)'
  },
  // `login attempt to https://…/v2/ failed with status: 400 Bad Request`:
  // a token of another region or account (the body was not seen)
  badCredentials: {
    status: 400,
    body: '',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    source:
      'docs/registries.md §5 (g): aws/aws-cli#5317, aws/eks-anywhere#3919 (status only; the empty body is [I])'
  },
  expired: {
    status: 403,
    body: errors(
      'DENIED',
      'Your authorization token has expired. Reauthenticate and try again.'
    ),
    source:
      'docs/registries.md §5 (c), (g): flipt-io/flipt#3043 ("response status code 403: denied: Your authorization token has expired…"), aws/aws-cli#6580'
  },
  // an IAM identity without ecr:InitiateLayerUpload, on repository `app`
  uploadDenied: {
    status: 403,
    body: errors(
      'DENIED',
      `User: arn:aws:sts::${ECR_ACCOUNT_ID}:assumed-role/ci-pull-only/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:${ECR_REGION}:${ECR_ACCOUNT_ID}:repository/app because no identity-based policy allows the ecr:InitiateLayerUpload action`
    ),
    source:
      "docs/registries.md §5 (g): ministryofjustice/cloud-platform#7245, aws/amazon-sagemaker-examples#1257 (the status is distribution's DENIED, 403 [I])"
  },
  // a push to repository `missing`, which nobody created
  nameUnknown: {
    status: 404,
    body: errors(
      'NAME_UNKNOWN',
      `The repository with name 'missing' does not exist in the registry with id '${ECR_ACCOUNT_ID}'`
    ),
    source:
      'docs/registries.md §5 (e): actions/starter-workflows#2647, moby/moby#24520; distribution-spec end-4a (404)'
  },
  // ECR's answer to an upload's cancellation is not known
  cancel: {
    status: 204,
    body: '',
    source: 'docs/registries.md §11: distribution-spec end-14 (204) [I]'
  }
} satisfies Record<string, Answer>

/** The registry's logins (user AWS and a token), fake test data. */
export const ECR_LOGINS = {
  /** may push to every repository */
  pusher: {
    username: 'AWS',
    secret: ecrToken(now() + TOKEN_SECONDS),
    grants: { '*': ['pull', 'push'] }
  },
  /** a role that may pull only: IAM refuses its uploads */
  puller: {
    username: 'AWS',
    secret: ecrToken(now() + TOKEN_SECONDS),
    grants: { '*': ['pull'] },
    uploadDenied: ECR_ANSWERS.uploadDenied
  },
  /** a token past its 12 hours (the registry says so, if it is sent) */
  expired: {
    username: 'AWS',
    secret: ecrToken(now() - 3600),
    grants: { '*': ['pull', 'push'] },
    refusal: ECR_ANSWERS.expired
  }
} satisfies Record<string, RegistryAccount>

/** Amazon ECR's registry (private). */
export const ECR_SPEC: RegistrySpec = {
  family: 'ecr',
  auth: 'basic',
  // docs/registries.md §5 (a): mayflower/docker-ls#28
  basicRealm: (host) => `https://${host}/`,
  service: () => 'ecr.amazonaws.com',
  // "Some registries, such as ECR don't provide a `Docker-Upload-UUID`
  // HTTP header when starting a blob upload" (docs/registries.md §14 (a):
  // distribution/distribution#2927); the rest is distribution's [I]
  uploadStarted: (session) => {
    const { 'docker-upload-uuid': _, ...rest } = DISTRIBUTION_UPLOAD(session)
    return rest
  },
  answers: {
    unauthorized: ECR_ANSWERS.unauthorized,
    badCredentials: ECR_ANSWERS.badCredentials,
    uploadDenied: ECR_ANSWERS.uploadDenied,
    nameUnknown: ECR_ANSWERS.nameUnknown,
    cancel: ECR_ANSWERS.cancel
  },
  // ECR does not create a repository on push (§5 (e))
  repositories: ['app', 'team/api'],
  accounts: Object.values(ECR_LOGINS)
}

// ---------------------------------------------------------------------------
// The ECR API: GetAuthorizationToken

/** One pair of AWS access keys the API knows (fake). */
export interface ApiKeys {
  accessKeyId: string
  secretAccessKey: string
  /** temporary keys: the session token that must go with them */
  sessionToken?: string
  /** the identity's ARN, as refusals name it */
  arn: string
  /**
   * `token`: the login's token is handed out; `denied`: IAM refuses
   * GetAuthorizationToken; `expired`: the session has ended
   */
  outcome: 'token' | 'denied' | 'expired'
  /** the registry login whose token is handed out */
  login?: RegistryAccount
}

/** An access key id of the given prefix (`AKIA`, `ASIA`), fake. */
function keyId(prefix: string, mark: string): string {
  return `${prefix}${mark}${'EXAMPLE7Q2'.repeat(2)}`.slice(0, 20)
}

/** The access keys the API knows, fake test data. */
export const API_KEYS = {
  /** an IAM user's long-term keys that may push */
  pusher: {
    accessKeyId: keyId('AKIA', 'P'),
    secretAccessKey: randomBytes(30).toString('base64'),
    arn: `arn:aws:iam::${ECR_ACCOUNT_ID}:user/ci`,
    outcome: 'token',
    login: ECR_LOGINS.pusher
  },
  /** a role's temporary keys (as configure-aws-credentials exports them) */
  session: {
    accessKeyId: keyId('ASIA', 'S'),
    secretAccessKey: randomBytes(30).toString('base64'),
    sessionToken: randomBytes(120).toString('base64'),
    arn: `arn:aws:sts::${ECR_ACCOUNT_ID}:assumed-role/ci/GitHubActions`,
    outcome: 'token',
    login: ECR_LOGINS.pusher
  },
  /** keys of a role that may pull only */
  puller: {
    accessKeyId: keyId('AKIA', 'R'),
    secretAccessKey: randomBytes(30).toString('base64'),
    arn: `arn:aws:sts::${ECR_ACCOUNT_ID}:assumed-role/ci-pull-only/GitHubActions`,
    outcome: 'token',
    login: ECR_LOGINS.puller
  },
  /** an identity without ecr:GetAuthorizationToken */
  denied: {
    accessKeyId: keyId('AKIA', 'D'),
    secretAccessKey: randomBytes(30).toString('base64'),
    arn: `arn:aws:iam::${ECR_ACCOUNT_ID}:user/no-ecr`,
    outcome: 'denied'
  },
  /** temporary keys whose session has ended */
  expiredSession: {
    accessKeyId: keyId('ASIA', 'X'),
    secretAccessKey: randomBytes(30).toString('base64'),
    sessionToken: randomBytes(120).toString('base64'),
    arn: `arn:aws:sts::${ECR_ACCOUNT_ID}:assumed-role/ci/GitHubActions`,
    outcome: 'expired'
  }
} satisfies Record<string, ApiKeys>

/** AWS's JSON 1.1 errors, each as seen. */
export const API_ERRORS = {
  unrecognized: {
    status: 400,
    type: 'UnrecognizedClientException',
    message: 'The security token included in the request is invalid.',
    source: 'docs/registries.md §5 (f): aws/aws-sdk-php#1114 (400, this body)'
  },
  signature: {
    status: 400,
    type: 'InvalidSignatureException',
    message:
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    source:
      'docs/registries.md §5 (f): teralytics/prometheus-ecs-discovery#7 (400), smithy545/aws-apps-scripts#12'
  },
  expired: {
    status: 403,
    type: 'ExpiredTokenException',
    message: 'The security token included in the request is expired',
    source:
      'docs/registries.md §5 (f): cloudquery/cq-provider-aws#1171 (403), grafana/timestream-datasource#92'
  },
  denied: {
    status: 400,
    type: 'AccessDeniedException',
    message:
      'User: {arn} is not authorized to perform: {action} on resource: * because no identity-based policy allows the {action} action',
    source:
      'docs/registries.md §5 (f): terraform-aws-modules/terraform-aws-iam#514 (400, this wording)'
  },
  // AWS_ACCOUNT_IDS with an id that is not 12 digits
  invalidRegistryId: {
    status: 400,
    type: 'InvalidParameterException',
    message:
      "Invalid parameter at 'registryIds' failed to satisfy constraint: 'Member must satisfy constraint: [Member must satisfy regular expression pattern: [0-9]{12}]'",
    source:
      'docs/registries.md §5 (h): aws-actions/amazon-ecr-login#225 (this wording); the type and 400 from the API reference (InvalidParameterException)'
  },
  // docs/registries.md §13nn (a): AWS's throttling of an account's calls
  throttled: {
    status: 400,
    type: 'ThrottlingException',
    message: 'Rate exceeded',
    source:
      'docs/registries.md §13nn (a): AWS "Troubleshooting Amazon ECR error messages" (ThrottleException, 20 TPS for GetAuthorizationToken); the wording of AWS008 (aws/amazon-ecs-agent#498, Shippable/support#2950)'
  },
  // docs/registries.md §13nn (b): a request signed by a clock more than
  // 5 minutes off the service's; {signed}, {limit}, {now}: X-Amz-Date forms
  skewed: {
    status: 400,
    type: 'InvalidSignatureException',
    message:
      'Signature expired: {signed} is now earlier than {limit} ({now} - 5 min.)',
    source:
      'docs/registries.md §13nn (b): aws/aws-sdk-php#1780 (400, this JSON body, a JSON 1.1 API), aws/aws-sdk-php#537 (a clock 6-7 minutes behind)'
  },
  unknownOperation: {
    status: 400,
    type: 'UnknownOperationException',
    message: '',
    source: 'AWS JSON 1.1: an X-Amz-Target the service has not [I]'
  }
} as const

/** The targets of GetAuthorizationToken (AWS SDK for JavaScript v3). */
const TARGETS = {
  'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken': 'ecr',
  'SpencerFrontendService.GetAuthorizationToken': 'ecr-public'
} as const

/** A request the API received; never a key, a signature or a token. */
export interface ApiRequest {
  target: string
  accessKeyId?: string
  /** the service and region the request was signed for */
  scope?: string
  status: number
  error?: string
}

/** A running ECR API. */
/** How the API misbehaves, as the real one may. */
export interface EcrApiOptions {
  /** the first this many signed requests are throttled (ThrottlingException) */
  throttle?: number
  /** the service's clock minus the runner's, milliseconds */
  clockOffsetMs?: number
}

/** How far a request's X-Amz-Date may be from the service's clock. */
const SKEW_MS = 5 * 60_000

/** `20261128T120000Z`, as X-Amz-Date writes a time. */
function amzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '')
}

/** The time of an X-Amz-Date, or undefined. */
function amzDateMs(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  if (!m) return undefined
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])
}

export interface EcrApi {
  url: string
  requests: ApiRequest[]
  reset(): void
  close(): Promise<void>
}

/** Parses `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`. */
function authorizationOf(header: string | undefined):
  | {
      accessKeyId: string
      date: string
      region: string
      service: string
      signedHeaders: string[]
      signature: string
    }
  | undefined {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      header ?? ''
    )
  if (!match) return undefined
  return {
    accessKeyId: match[1],
    date: match[2],
    region: match[3],
    service: match[4],
    signedHeaders: match[5].split(';'),
    signature: match[6]
  }
}

/** The SigV4 signature of a request (AWS Signature Version 4). */
function signatureOf(
  req: IncomingMessage,
  body: string,
  auth: NonNullable<ReturnType<typeof authorizationOf>>,
  secret: string
): string {
  const url = new URL(req.url ?? '/', 'http://x')
  const headers = auth.signedHeaders
    .map((name) => {
      const value = req.headers[name]
      const text = Array.isArray(value) ? value.join(',') : (value ?? '')
      return `${name}:${text.trim().replace(/\s+/g, ' ')}\n`
    })
    .join('')
  const query = [...url.searchParams]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&')
  const canonical = [
    req.method ?? 'POST',
    url.pathname,
    query,
    headers,
    auth.signedHeaders.join(';'),
    createHash('sha256').update(body).digest('hex')
  ].join('\n')
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`
  const toSign = [
    'AWS4-HMAC-SHA256',
    String(req.headers['x-amz-date'] ?? ''),
    scope,
    createHash('sha256').update(canonical).digest('hex')
  ].join('\n')
  const hmac = (key: string | Buffer, data: string): Buffer =>
    createHmac('sha256', key).update(data).digest()
  const key = ['aws4_request'].reduce(
    (k, part) => hmac(k, part),
    hmac(hmac(hmac(`AWS4${secret}`, auth.date), auth.region), auth.service)
  )
  return createHmac('sha256', key).update(toSign).digest('hex')
}

/** At most this many registry ids in one request (API reference). */
const MAX_REGISTRY_IDS = 10

/**
 * The accounts a GetAuthorizationToken request asks for: its `registryIds`
 * (docs/registries.md §5 (h): AWS_ACCOUNT_IDS), else the caller's own
 * account, the default registry ("If you do not specify a registry, the
 * default registry is assumed", API reference); undefined when an id is
 * not 12 digits or there are too many (answered with the pattern's
 * wording, the one seen [I: too many ids' own wording is not known]).
 */
function accountsAsked(body: string, arn: string): string[] | undefined {
  let ids: unknown
  try {
    ids = (JSON.parse(body || '{}') as { registryIds?: unknown }).registryIds
  } catch {
    return undefined
  }
  if (ids === undefined) return [arn.split(':')[4]]
  if (
    !Array.isArray(ids) ||
    ids.length < 1 ||
    ids.length > MAX_REGISTRY_IDS ||
    !ids.every((id) => typeof id === 'string' && /^[0-9]{12}$/.test(id))
  ) {
    return undefined
  }
  return ids as string[]
}

/**
 * Starts the ECR API (and ECR Public's: the target tells) on 127.0.0.1.
 * Signatures are verified with the known keys' secrets.
 *
 * GetAuthorizationToken answers one entry per account asked, "a list of
 * authorization token data objects that correspond to the registryIds
 * values in the request" (AWS ECR API Reference, GetAuthorizationToken,
 * docs/registries.md §5 (h)), each with the proxyEndpoint
 * `https://<account>.dkr.ecr.<region>.amazonaws.com` of the region signed
 * for (API reference, AuthorizationData). Every account gets an entry,
 * the identity's own and any other, known or not: a token "represents
 * your IAM authentication credentials and can be used to access any
 * Amazon ECR registry that your IAM principal has access to", and
 * "specifying a registry ID doesn't change the permissions scope"; what
 * the identity may do there is the registry's to say when docker logs in
 * (§5 (g): a registry it may not use refuses the login with 400). So each
 * entry holds the identity's one token [I: whether AWS hands out the same
 * string in each entry is not known].
 */
export async function startEcrApi(
  keys: readonly ApiKeys[] = Object.values(API_KEYS),
  options: EcrApiOptions = {}
): Promise<EcrApi> {
  const requests: ApiRequest[] = []
  const sockets = new Set<Socket>()
  let throttle = options.throttle ?? 0

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    // the service's clock, which its Date header tells (the SDK sets its
    // own by it, docs/registries.md §13nn (b))
    const serviceNow = Date.now() + (options.clockOffsetMs ?? 0)
    res.setHeader('date', new Date(serviceNow).toUTCString())
    const target = String(req.headers['x-amz-target'] ?? '')
    const auth = authorizationOf(req.headers.authorization)
    const record: ApiRequest = { target, status: 0 }
    if (auth) {
      record.accessKeyId = auth.accessKeyId
      record.scope = `${auth.service}/${auth.region}`
    }
    const reply = (status: number, json: unknown): void => {
      record.status = status
      requests.push(record)
      res.writeHead(status, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': randomBytes(16).toString('hex')
      })
      res.end(JSON.stringify(json))
    }
    const fail = (
      error: (typeof API_ERRORS)[keyof typeof API_ERRORS],
      fill: Record<string, string> = {}
    ): void => {
      let message: string = error.message
      for (const [name, value] of Object.entries(fill)) {
        message = message.replaceAll(`{${name}}`, value)
      }
      record.error = error.type
      reply(error.status, { __type: error.type, message })
    }
    const service = TARGETS[target as keyof typeof TARGETS]
    if (req.method !== 'POST' || !service) {
      fail(API_ERRORS.unknownOperation)
      return
    }
    const known = keys.find((k) => k.accessKeyId === auth?.accessKeyId)
    if (!auth || !known) {
      fail(API_ERRORS.unrecognized)
      return
    }
    const given = req.headers['x-amz-security-token']
    if (known.sessionToken !== undefined && given !== known.sessionToken) {
      fail(API_ERRORS.unrecognized)
      return
    }
    if (
      auth.service !== service ||
      signatureOf(req, body, auth, known.secretAccessKey) !== auth.signature
    ) {
      fail(API_ERRORS.signature)
      return
    }
    const signed = amzDateMs(String(req.headers['x-amz-date'] ?? ''))
    if (signed === undefined || Math.abs(serviceNow - signed) > SKEW_MS) {
      fail(API_ERRORS.skewed, {
        signed: String(req.headers['x-amz-date'] ?? ''),
        limit: amzDate(serviceNow - SKEW_MS),
        now: amzDate(serviceNow)
      })
      return
    }
    if (throttle > 0) {
      throttle -= 1
      fail(API_ERRORS.throttled)
      return
    }
    if (known.outcome === 'expired') {
      fail(API_ERRORS.expired)
      return
    }
    if (known.outcome === 'denied' || !known.login) {
      fail(API_ERRORS.denied, {
        arn: known.arn,
        action:
          service === 'ecr'
            ? 'ecr:GetAuthorizationToken'
            : 'ecr-public:GetAuthorizationToken'
      })
      return
    }
    const login = known.login
    const data = {
      authorizationToken: Buffer.from(
        `${login.username}:${login.secret}`
      ).toString('base64'),
      expiresAt: now() + TOKEN_SECONDS
    }
    if (service === 'ecr-public') {
      reply(200, { authorizationData: data })
      return
    }
    const accounts = accountsAsked(body, known.arn)
    if (!accounts) {
      fail(API_ERRORS.invalidRegistryId)
      return
    }
    reply(200, {
      authorizationData: accounts.map((account) => ({
        ...data,
        proxyEndpoint: `https://${account}.dkr.ecr.${auth.region}.amazonaws.com`
      }))
    })
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString()))
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
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

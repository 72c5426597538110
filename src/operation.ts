/**
 * A 401 that a generic rule reads as a refused login, read by the request
 * it answered when the text shows a push (docs/registries.md §13b (a), (f)).
 * Pure; `judgeText` uses it.
 */
import { DOCKER_HUB_HOSTS } from './profiles/docker-hub.js'
import { recognise, ruleById } from './profiles/index.js'
import type { Wording } from './profiles/types.js'
import { holds, wordingParts, type RuleMatch } from './rules.js'
import { referenceHost } from './text.js'

/** A push's commands, which a step's script may list without running */
const PUSH_COMMANDS: readonly Wording[] = ['docker push ', 'compose push']

/** docker pull's last line when the pull succeeded (moby, pull.go) */
const PULL_SUCCEEDED: readonly Wording[] = [
  'status: downloaded newer image for',
  'status: image is up to date for'
]

/**
 * Framings of a push: an upload, a manifest written, a push step of a
 * client (§13b (a)). A push reads too (containerd's HEAD existence checks,
 * go-containerregistry's detail lists pull and push), so a push framing
 * counts wherever a pull's shows as well.
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
  'action:push',
  // oras-go's CopyError for the push target (helm push): attack-17 repro-03
  'on destination',
  // BuildKit's push step and its token line (attack-18 repro-06)
  'pushing layers',
  ':pull,push token for',
  // docker push's first line, and skopeo's blob check at the copy's
  // destination (attack-20 repro-03)
  'the push refers to repository',
  'at destination',
  // docs/registries.md §13tt (i): more words of a push, which keep a log
  // that also shows a build's pull of its FROM a push's (attack-35
  // repro-01, 02): the CLI's and compose's push steps, the refused action
  // a registry names, the write permissions ECR's and Artifact Registry's
  // IAM name, a token scope with push
  'action: push',
  'pushing ',
  // PUSH_COMMANDS, written out: a spread would keep the list in the
  // action's start-up, which never reads it
  'docker push ',
  'compose push',
  'ecr:initiatelayerupload',
  'ecr:uploadlayerpart',
  'ecr:completelayerupload',
  'ecr:putimage',
  'ecr:batchchecklayeravailability',
  'artifactregistry.repositories.uploadartifacts',
  '%3apush',
  ':push,',
  ',push'
]

/**
 * Framings of a pull: a manifest or tags request, a client's pull step
 * (§13p). Read only where no push framing shows, and no login's.
 */
export const PULL_FRAMINGS: readonly Wording[] = [
  '/manifests/',
  '/tags/list',
  'reading manifest',
  // a client's pull step, as words (never a name that holds "pull")
  'docker pull ',
  'helm pull ',
  'podman pull ',
  'pulling ',
  'failed to pull',
  'trying to pull',
  'error pulling',
  // a script's or a library's manifest read (docs/registries.md §13ii (d))
  'fetch manifest',
  // docker run's line before it pulls an image it does not have (§13ll (a))
  ['unable to find image', 'locally'],
  // a build's base image: the classic builder's step, BuildKit's metadata
  // request (docs/real-texts.md dev18 Measured)
  ' : from ',
  'load metadata for ',
  // docker-compose v1's build (compose/service.py BuildError "Service '%s'
  // failed to build: %s"): a build pulls its base images, never pushes
  // (docs/registries.md §13qq (i))
  ["service '", "' failed to build"]
]

/**
 * Framings of a login: its `/v2/` ping, the CLI's login words. A text that
 * shows one keeps the login reading of a 401.
 */
const LOGIN_FRAMINGS: readonly Wording[] = [
  '/v2/"',
  '/v2/:',
  '/v2/ ',
  'login attempt',
  'docker login',
  'logging in',
  // containers/common pkg/auth Login: podman, buildah and skopeo login
  'authenticating creds for',
  // helm registry login, oras login (docs/registries.md §13a (g))
  'registry login',
  // enroot (Slurm pyxis) sending a credential of its .credentials file, or
  // a token of its cache (docs/registries.md §13rr (i))
  ['authenticating with user:', 'using credentials from file'],
  ['querying registry for permission grant', 'found valid credentials in cache']
]

/**
 * Framings of a token request: the realm of a registry's challenge
 * (distribution token.md; ACR's /oauth2/token, GitLab's /jwt/auth,
 * Harbor's /service/token). Its 401 refused the credential the client
 * sent: a 401 that shows one keeps the login reading.
 */
const TOKEN_FRAMINGS: readonly Wording[] = [
  '/token?',
  '/oauth2/token',
  '/jwt/auth',
  '/service/token',
  '/v2/token'
]

/**
 * Rules that read a bare 401 as a refused login. That holds for a login;
 * on a push it is read as a push that carried no credential the registry
 * took (FB004, §13m), on a pull as a pull of a name the request had no
 * right to read without a login (FB006, §13p): no login sent for the host,
 * or a private or missing repository, which registries answer alike.
 */
export const LOGIN_READINGS: readonly string[] = ['REG004', 'FB013', 'FB019']

/**
 * The login readings of a bare 401, "authentication required" or a status
 * alone, that a text showing no request at all reads as a request sent
 * with no credential the registry took (FB033, docs/registries.md §13dd):
 * FB019's quoted body may carry a message of its own, and keeps it.
 */
const BARE_READINGS: readonly string[] = ['REG004', 'FB013']

/** The rule a login reading of a 401 becomes on a push. */
const ON_A_PUSH = 'FB004'

/** The rule a login reading of a 401 becomes on a pull. */
const ON_A_PULL = 'FB006'

/** The rule a bare 401 becomes where the text shows no request. */
const ON_NO_REQUEST = 'FB033'

/**
 * Words of a request without a login that a text shows at a login (its
 * `/v2/` ping, docker login's words): the credential sent was refused
 * (attack-17 repro-01: registry.redhat.io says "Please login" to both).
 */
const NO_LOGIN_WORDS: readonly string[] = ['GEN010']

/** The rule such words become at a login. */
const AT_A_LOGIN = 'GEN012'

/** containerd's oauth token refused 401 with no scope shown (REG020)… */
const OAUTH_401 = 'REG020'

/** …read on a push as a token that may not push (REG003). */
const OAUTH_ON_A_PUSH = 'REG003'

/** Quay's refusal of a repository (QUAY005)… */
const QUAY_REFUSAL = 'QUAY005'

/**
 * …read on a pull as a private or missing image, as QUAY011 reads it where
 * its wordings name the pull (§13ll (a)): any pull framing counts.
 */
const QUAY_ON_A_PULL = 'QUAY011'

/**
 * GHCR's `read_package` (GHCR012) and what it is in a text: a package
 * private to the credential (docs/registries.md §13aab (c)).
 */
const READ_PACKAGE = 'GHCR012'
const READ_PACKAGE_PRIVATE = 'GHCR024'
/**
 * GHCR's push to a package that does not grant the pushing repository
 * access (GHCR005): what `read_package` is on a push (attack-67 A67-01).
 */
const PACKAGE_ACCESS = 'GHCR005'

/** GHCR's `denied` to a pull, read as a stale stored login (GHCR003)… */
const GHCR_STALE = 'GHCR003'

/**
 * …read as a pull with no login (GHCR008) where the text logged out of
 * ghcr.io before it: no stored login was sent.
 */
const GHCR_ANONYMOUS = 'GHCR008'

/** Docker Hub's "incorrect username or password" (HUB010)… */
const HUB_REFUSAL = 'HUB010'

/**
 * …read as an email address given for the Docker ID (HUB023) where the
 * text shows the username the login sent: docker login's prompt answered
 * (`Username: me@example.com`) or its `-u`/`--username`, where no other
 * registry's request shows (docs/registries.md §13vv (c)).
 */
const AS_EMAIL = 'HUB023'
const USERNAME_SENT =
  /(?:^|\s)(?:username:[ \t]*|-u[ \t]+|--username[ =][ \t]*)["']?([^\s"']+)/gim

/** An email address, as a username. */
const EMAIL = /^[^@(),;:]+@[^@(),;:]+\.[a-z]{2,}$/i

/**
 * Whether the username of the last login before Docker Hub's refusal is an
 * email address: a paste of two attempts, the email's then the Docker ID's,
 * both refused, is the Docker ID's refusal (attack-42 A42-01).
 */
function sentAnEmail(text: string): boolean {
  const refused = text
    .toLowerCase()
    .lastIndexOf('incorrect username or password')
  const sent = [...text.matchAll(USERNAME_SENT)].filter(
    (match) => match.index < refused
  )
  const last = sent.at(-1)?.[1]
  return last !== undefined && EMAIL.test(last)
}

/**
 * docker push's `unauthorized: authentication required` (REG039: no login
 * for that host), in a text where a login succeeded: the credential that
 * logged in is refused the push, REG007 (attack-46 A46-01).
 */
const PUSH_NO_LOGIN = 'REG039'
const PUSH_REFUSED = 'REG007'

/**
 * The Dev Containers CLI's anonymous token refused (REG036)… unless the
 * refusal names another registry than the one it went anonymous for: that
 * registry's refusal is REG032's, a token it found and sent (attack-43
 * A43-04: a public Feature read anonymously from ghcr.io, then GitLab's).
 */
const DEVCONTAINERS_ANONYMOUS = 'REG036'
const DEVCONTAINERS_REFUSED = 'REG032'

/** Whether the anonymous line and the 401 name the same registry. */
function anonymousForRefused(text: string): boolean {
  const lower = text.toLowerCase()
  const refused = [
    ...lower.matchAll(
      /401 on reattempt after auth(?: at)?:? (?:https?:\/\/)?([^\s/'"]+)/g
    )
  ].at(-1)?.[1]
  const anonymous = [
    ...lower.matchAll(
      /no authentication credentials found for registry '([^']+)'/g
    )
  ].map((match) => match[1])
  return refused === undefined || anonymous.includes(refused)
}

/** The rule a pull's 401 becomes for a Docker Hub official image's name. */
const ON_OFFICIAL_NAME = 'HUB018'

/**
 * A pull of a Docker Hub official image's name (docs/registries.md §13gg):
 * a manifest, tags or blob request to registry-1.docker.io or
 * index.docker.io for `library/<name>` or a one-part name, or the
 * `library/<name>` a client's error detail names. Read on the lower-case
 * text.
 */
const OFFICIAL_NAME =
  /(?:registry-1|index)\.docker\.io\/v2\/(?:library\/)?[a-z0-9._-]+\/(?:manifests|tags|blobs)\//

/**
 * The `library/<name>` a client's error detail names (go-containerregistry's
 * `Name:library/base`, the registry's JSON `"Name":"library/app"`), counted
 * only where no other registry's `/v2/` request shows: a Docker Hub mirror
 * uses the same names.
 */
const OFFICIAL_DETAIL: readonly RegExp[] = [
  /name:library\/[a-z0-9._-]+[\s\]]/,
  /\\*"name\\*"\s*:\s*\\*"library\/[a-z0-9._-]+\\*"/
]

/**
 * A registry host as docker compares them: Docker Hub's under one name
 * (its hosts, and login-action's `Logging into Docker Hub...`).
 */
function hostKey(host: string): string {
  const bare = host
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '')
  return DOCKER_HUB_HOSTS.includes(bare) || bare === 'docker hub'
    ? 'docker.io'
    : bare
}

/**
 * A login host the text does not show: a variable a CI system prints
 * unexpanded (GitLab's `$CI_REGISTRY`), a host GitHub masked as a secret
 * (`***`), a command GitLab collapsed or a line continued (attack-48 A48-01,
 * attack-49 A49-01, A49-02). It counts as any host.
 */
const ANY_HOST = '*'

/**
 * GitLab's `$CI_REGISTRY`, printed unexpanded: the instance's own registry,
 * a host GitLab's profile knows or one that names GitLab; a self-managed
 * instance's registry under another name cannot be told from a Harbor or a
 * Nexus, so it does not count (attack-50 A50-01, attack-51 A51-01).
 */
const GITLAB_REGISTRY = '$ci_registry'

/**
 * Whether a host GitHub masked in part (`***.dkr.ecr…`) can be `host`:
 * each `***` stands for one character or more. Read part by part, each
 * at its first place after the last (a wildcard's leftmost match), so in
 * time linear in the hosts: a pattern of many masks (`^.+x.+x…$`) took
 * exponential time (attack-54 A54-01).
 */
function maskedMatches(masked: string, host: string): boolean {
  const parts = masked.split('***')
  const first = parts[0]
  const last = parts[parts.length - 1]
  if (parts.length < 2 || !host.startsWith(first)) return host === masked
  let at = first.length
  for (const part of parts.slice(1, -1)) {
    const found = host.indexOf(part, at + 1)
    if (found < 0) return false
    at = found + part.length
  }
  return host.length - last.length > at && host.endsWith(last)
}

/**
 * Whether a login host counts for the host a push went to: the same host,
 * any host where the login's is not shown, GitLab's registry for a GitLab
 * host, and a host GitHub masked in part, on either side, as a pattern
 * (attack-50 A50-01, attack-51 A51-02).
 */
function loggedInFor(pushed: string, login: string): boolean {
  if (login === ANY_HOST || login === pushed) return true
  if (login === GITLAB_REGISTRY) {
    return recognise(pushed) === 'gitlab' || /gitlab/i.test(pushed)
  }
  if (login.includes('***')) return maskedMatches(login, pushed)
  return pushed.includes('***') && maskedMatches(pushed, login)
}

/**
 * The host docker's last push went to (`The push refers to repository
 * [<name>]`, the one the refusal that ended the job answered; attack-48
 * A48-02): a name's first part where it holds a dot or a port or is
 * localhost, and comes before a `/`; docker.io otherwise; undefined where
 * the text does not tell (no push shown, a host masked as `***`).
 */
function pushHostOf(text: string): string | undefined {
  const name = [
    ...text.matchAll(/push refers to (?:a )?repository \[([^\]\s]+)\]/gi)
  ].at(-1)?.[1]
  if (name === undefined || name.startsWith('***/')) return undefined
  // a host GitHub masked whole tells nothing; in part, a pattern
  // (`registry.***.com`, a host by its dot)
  return hostKey(referenceHost(name))
}

/** The server argument of a login command's words, if it names one. */
function serverOf(words: readonly string[]): string | undefined {
  let server: string | undefined
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    // an option with its value, a redirection with its target (`<<<
    // "$TOKEN"`, attack-49 A49-03)
    if (
      /^-(?:u|p)$|^--(?:username|password)$|^\d*(?:<<<|<<|>>|[<>])&?$/.test(
        word
      )
    )
      i++
    else if (!/^-|^\d*[<>]/.test(word)) server = word
  }
  return server
}

/**
 * The hosts the text logs in to: a `docker login` (podman, buildah,
 * nerdctl) command's server argument, docker.io where it names none, and
 * login-action's `Logging into <host>...`; `ANY_HOST` where the text does
 * not show it.
 */
function loginHostsOf(text: string): string[] {
  const hosts: string[] = []
  for (const match of text.matchAll(
    /(?:^|[\s;&|$#>])(?:sudo\s+)?(?:docker|podman|buildah|nerdctl)\s+login\b([^\n|;]*)/gi
  )) {
    // this project's own log lines (`docker login output (exit code 0)`,
    // `docker login succeeded`) are no command (attack-50 A50-02)
    if (/^\s*(?:output|succeeded|failed|attempt)\b/i.test(match[1])) continue
    if (/#\s*collapsed multi-line command|\\\s*$/.test(match[1])) {
      hosts.push(ANY_HOST)
      continue
    }
    const server = serverOf(
      match[1]
        .split(/\s#/)[0]
        .split('&&')[0]
        .trim()
        .split(/\s+/)
        .map((word) => word.replace(/^["']|["']$/g, ''))
        .filter(Boolean)
    )
    hosts.push(
      /^\$\{?ci_registry\}?$/i.test(server ?? '')
        ? GITLAB_REGISTRY
        : server?.startsWith('$') || server === '***'
          ? ANY_HOST
          : hostKey(server ?? 'docker.io')
    )
  }
  // login-action's `Logging into <host>...`; this action's and its command
  // line's `Logged in to <host> as <user>` (attack-50 A50-02)
  for (const match of text.matchAll(
    /logging into ([^\n]+?)\.\.\.|logged in to (\S+) as /gi
  )) {
    const host = match[1] ?? match[2]
    hosts.push(host === '***' ? ANY_HOST : hostKey(host))
  }
  return hosts
}

/**
 * Whether a push went to Docker Hub's `library/<host>`, in docker's or
 * BuildKit's words: an image tagged with a registry host and no repository
 * path (`myreg.azurecr.io:1.0`), which docker reads as an official image's
 * name. A host is an address, localhost, a name of three labels or more
 * ending in letters, or a name the text logs in to (port aside): a dotted
 * name of two labels is often an image's (`catalog.api`; attack-48 A48-03,
 * attack-49 A49-04).
 */
function pushedHostAsName(text: string): boolean {
  const name =
    /(?:push refers to (?:a )?repository \[|failed to push )docker\.io\/library\/([a-z0-9.-]+)[\]:]/i
      .exec(text)?.[1]
      ?.toLowerCase()
  if (!name) return false
  if (/^\d{1,3}(?:\.\d{1,3}){3}$|^localhost$/.test(name)) return true
  // three labels or more, the last of letters: registry.example.com
  if (
    /^[a-z0-9-]+(?:\.[a-z0-9-]+){2,}$/.test(name) &&
    /\.[a-z]{2,}$/.test(name)
  ) {
    return true
  }
  return loginHostsOf(text).some((host) => host.replace(/:\d+$/, '') === name)
}

/**
 * Whether the text logs in to a registry other than Docker Hub and then
 * pushes an image whose name holds no registry host (`nerdctl push
 * myregistry/app:1`), which docker, nerdctl and podman send to Docker Hub
 * (docs/registries.md §13aaa (i)): MIS002's reading where no "push refers
 * to [docker.io/…]" line shows it. A name in a variable is not read.
 */
function pushedWithoutHost(text: string): boolean {
  const logins = loginHostsOf(text)
  if (!logins.some((host) => host !== ANY_HOST && host !== 'docker.io')) {
    return false
  }
  for (const match of text.matchAll(
    /(?:^|[\s;&|$#>])(?:sudo\s+)?(?:docker|podman|nerdctl)\s+(?:image\s+)?push\b([^\n|;&#]*)/gim
  )) {
    // the destination: the last word that is no option (podman's is the
    // second of two), an option's value left out
    const words = match[1].trim().split(/\s+/).filter(Boolean)
    const names = words.filter(
      (word, at) =>
        !word.startsWith('-') && !VALUE_OPTIONS.has(words[at - 1] ?? '')
    )
    const name = names.at(-1)?.replace(/^docker:\/\//, '')
    if (!name || /^["'$`{]/.test(name)) continue
    const first = name.split('/')[0]
    const hosted =
      name.includes('/') &&
      (first.includes('.') || first.includes(':') || first === 'localhost')
    if (!hosted) return true
  }
  return false
}

/** Options of `push` (docker, podman, nerdctl) that take a value. */
const VALUE_OPTIONS = new Set([
  '--platform',
  '--creds',
  '--authfile',
  '--cert-dir',
  '--format',
  '-f',
  '--digestfile',
  '--sign-by',
  '--signature-policy'
])

/** The rule a push's refusal becomes where its image names no registry host after another registry's login (`turns`). */
const PUSHED_WITHOUT_HOST = 'MIS002'

/** The rule a push's refusal becomes where the push went to Docker Hub's `library/<host>` (`turns`). */
const ON_HOST_AS_IMAGE_NAME = 'HUB025'

/** The rule a 401 becomes for a registry's host taken as a Docker Hub namespace. */
const ON_HOST_NAMESPACE = 'HUB020'

/**
 * A request to Docker Hub whose repository's first part is a host name
 * (`registry-1.docker.io/v2/nvcr.io/nvidia/…`): Docker Hub namespaces hold
 * no dot (docs/registries.md §13rr (e)). Read on the lower-case text.
 */
const HOST_NAMESPACE =
  /(?:registry-1|index)\.docker\.io\/v2\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,5})?\//

/** A `/v2/` request to a host that is not Docker Hub's. */
const OTHER_REGISTRY =
  /https?:\/\/(?!(?:registry-1|index)\.docker\.io[/:])[^/\s"]+\/v2\//

/**
 * Whether a 401 read as a pull (or as a request with none shown) names a
 * Docker Hub official image: Docker Hub answers an anonymous pull of a name
 * it does not have with 401, and official images are public.
 */
function namesOfficialImage(text: string): boolean {
  const lower = text.toLowerCase()
  if (OFFICIAL_NAME.test(lower)) return true
  return (
    !OTHER_REGISTRY.test(lower) &&
    OFFICIAL_DETAIL.some((pattern) => pattern.test(lower))
  )
}

/**
 * Rules no wording reaches, only `byRequest`: they have no `match` of
 * their own.
 */
export const REQUEST_ONLY_RULES: readonly string[] = [
  ON_NO_REQUEST,
  AS_EMAIL,
  ON_OFFICIAL_NAME,
  ON_HOST_NAMESPACE,
  AT_A_LOGIN,
  ON_HOST_AS_IMAGE_NAME,
  READ_PACKAGE_PRIVATE
]

/**
 * How the evidence tells a turn of `byRequest`, by the rule it becomes:
 * what it says of the rule it re-read (`rule <id>: <reading>`), and the
 * label of its own line (`<label> "<wording>", rule <id>`) where the
 * wording stayed the re-read rule's own (by default "no request shown"; a
 * turn that found its wording in the request is labelled "request").
 */
interface Told {
  reading: string
  label?: string
}

/**
 * The table of `Told`, by the rule a turn becomes. Made in the call: a
 * module-level object with computed keys would stay in every bundle that
 * imports this module, the action's start-up among them.
 */
function told(): Readonly<Record<string, Told>> {
  return {
    [ON_A_PUSH]: {
      reading: 'a 401 read as a refused login, but the request was a push'
    },
    [ON_A_PULL]: {
      reading: 'a 401 read as a refused login, but the request was a pull'
    },
    [ON_OFFICIAL_NAME]: {
      reading:
        "a 401 read as a refused login, but the request was a pull of a Docker Hub official image's name, which Docker Hub answers so when no such image exists"
    },
    [ON_HOST_NAMESPACE]: {
      reading:
        "a 401 read as a refused login, but the request asked Docker Hub for a repository named after another registry's host: the image reference's host was taken for a Docker Hub namespace"
    },
    [ON_NO_REQUEST]: {
      reading:
        'a 401 read as a refused login, but the text shows no login, no token request, no pull and no push: a client sent a request without a credential the registry took'
    },
    [AT_A_LOGIN]: {
      reading:
        'words of a request without a login, but the text shows a login: the credential it sent was refused'
    },
    [OAUTH_ON_A_PUSH]: {
      reading:
        'a token request refused 401, read as a refused credential, but the request was a push: a token that may not push is refused so too'
    },
    [QUAY_ON_A_PULL]: {
      reading:
        'a refusal read as no push right, but the request was a pull: a repository the request may not read, or that does not exist'
    },
    [AS_EMAIL]: {
      reading:
        "a refusal of the username or password, but the username the login sent is an email address: Docker Hub's registry login takes the Docker ID",
      label: 'username sent'
    },
    [GHCR_ANONYMOUS]: {
      reading:
        'a refusal read as a stale stored login, but the text logged out of ghcr.io before the pull: it went without a login',
      label: 'after a logout'
    },
    [ON_HOST_AS_IMAGE_NAME]: {
      reading:
        "a push's refusal, but the push went to Docker Hub's library/<host>: the image was tagged with a registry host and no repository path",
      label: 'push target'
    },
    [PUSHED_WITHOUT_HOST]: {
      reading:
        "a push's refusal, but the text logs in to another registry and pushes an image whose name holds no registry host: the push went to Docker Hub",
      label: 'push target'
    },
    [PACKAGE_ACCESS]: {
      reading:
        'a refusal to read the package, but the request was a push: GHCR refuses a push so when the package does not grant the pushing repository access',
      label: 'on a push'
    },
    [READ_PACKAGE_PRIVATE]: {
      reading:
        'a refusal to read the package: it is private to the credential that asked, or to a request with none',
      label: 'on a read'
    },
    [PUSH_REFUSED]: {
      reading:
        'a push refused as if no login went with it, but a login succeeded in the text: a credential that may not push there is refused so too',
      label: 'after a login'
    }
  }
}

/**
 * How the evidence names a reading by the request (`<this> "<wording>",
 * rule <id>`): by the request the text shows, or by the turn's own label
 * where the reading kept the wording (`Told`).
 */
export function readingLabel(ruleId: string, sameWording: boolean): string {
  if (!sameWording) return 'request'
  return told()[ruleId]?.label ?? 'no request shown'
}

/**
 * What a reading by the request says of the rule it re-reads, for the
 * evidence (`rule <id>: <this>`), by the rule it becomes (`Told`).
 */
export function requestReading(ruleId: string): string {
  return told()[ruleId]?.reading ?? 'read by the request the text shows'
}

/**
 * Whether the text logs out of ghcr.io (docker's or podman's command, or
 * docker's answer to it) before the refusal (the last place of `wording`'s
 * last part), with no login that succeeded in between. Read on the
 * lower-case text.
 */
function loggedOutOfGhcrBefore(text: string, wording: Wording): boolean {
  const parts = wordingParts(wording)
  // docker's own answer to a pull, not a client's token request (helm keeps
  // logins of its own, which docker's logout does not touch; attack-42
  // A42-02)
  if (!parts.includes('denied: denied')) return false
  const lower = text.toLowerCase()
  const at = lower.lastIndexOf(parts[parts.length - 1])
  // a logout that ran: docker's answer, or the command after a shell's
  // prompt; not a step's script as GitHub's Run header lists it, whose
  // commands after the failure never ran (attack-42 A42-06)
  const out = lower.search(
    /^[ \t]*[$#%>][ \t]*(?:sudo[ \t]+)?(?:docker|podman) logout ghcr\.io\b|removing login credentials for (?:https:\/\/)?ghcr\.io\b|not logged in to ghcr\.io\b/m
  )
  if (out < 0 || at < 0 || out > at) return false
  return !/login succeeded/.test(lower.slice(out, at))
}

/** The push framing a text shows, if any. */
export function pushFramingOf(text: string): Wording | undefined {
  return PUSH_FRAMINGS.find((framing) => holds(text, framing))
}

/**
 * The case of a refusal of access that the text shows on a pull, not a
 * push (docs/registries.md §13tt (h)): `read-denied`, whose steps are a
 * pull's (a login for the registry where the pull runs, read permission),
 * where the rule names none of its own. A refusal on a push, or with no
 * request shown, keeps its texts.
 */
export function pullCaseOf(
  found: RuleMatch,
  text: string
): 'read-denied' | undefined {
  if (found.rule.diagnosis !== 'insufficient-scope' || found.rule.case) {
    return undefined
  }
  // a login the text shows does not matter here: its account may not read
  // (moby's pull error itself says "may require 'docker login'")
  return showsRead(text) ? 'read-denied' : undefined
}

/** Whether the text shows a read (a pull, a manifest, tags) and no push. */
function showsRead(text: string): boolean {
  return (
    !pushFramingOf(text) &&
    readFramings().some((framing) => holds(text, framing))
  )
}

/**
 * A pull's framings that no push shows: a bare `/manifests/` is not one (a
 * push writes its manifest there too), a manifest's GET or HEAD is; and
 * words of a pull read here only (a token asked for pull alone: its 401
 * keeps the login reading in byRequest). Only `explain` reads them: a
 * function, so that the action's start-up does not build the list.
 */
function readFramings(): readonly Wording[] {
  return [
    ...PULL_FRAMINGS.filter((framing) => framing !== '/manifests/'),
    // docs/registries.md §13tt (h), (i): moby's pull error, the refused
    // action a registry names (Harbor's), a build's FROM, the CRI's pull
    'pull access denied',
    'action: pull',
    'action:pull',
    'failed to resolve source metadata for',
    'pullimage',
    '%3apull&',
    ':pull&',
    ['get https://', '/manifests/'],
    ['get "https://', '/manifests/'],
    ['head https://', '/manifests/'],
    ['head "https://', '/manifests/']
  ]
}

/** Whether a text shows a login: its `/v2/` ping or the CLI's words. */
export function showsLogin(text: string): boolean {
  return LOGIN_FRAMINGS.some((framing) => holds(text, framing))
}

/** The pull framing a text shows, if it shows no login's. */
export function pullFramingOf(text: string): Wording | undefined {
  if (showsLogin(text)) return undefined
  return PULL_FRAMINGS.find((framing) => holds(text, framing))
}

/** What a turn reads a match as: a rule, and the wording that showed it. */
interface Turned {
  id: string
  /** the framing that showed the request; the match's own by default */
  wording?: Wording
}

/**
 * A turn of `byRequest`: the reading of rules `from`, made precise by what
 * the text shows (`text`, the part the rules read; `given`, the text as
 * pasted). `to` names the rule it becomes, or nothing where the text does
 * not turn it. How the evidence tells it is in `told`, by that rule.
 */
interface Turn {
  from: readonly string[] | 'any'
  to: (found: RuleMatch, text: string, given: string) => Turned | undefined
}

/**
 * The turns, in the order they are tried; the first whose `from` holds the
 * match's rule and whose `to` names a rule decides. Made in the call (see
 * `told`).
 */
function turns(): readonly Turn[] {
  return [
    // docs/registries.md §13ww (j): a push's refusal where the push went to
    // Docker Hub's library/<host>: the tag named a registry host alone
    // (an image tagged with a registry host and no repository path,
    // `myreg.azurecr.io:1.0`, which docker reads as an official image's
    // name; a name that ends like a host: a dot and letters)
    // docker's and BuildKit's words for the push; any reading of its
    // refusal, MIS002's too (a push that went to Docker Hub; attack-47
    // A47-02); what counts as a host: `pushedHostAsName`
    {
      from: 'any',
      to: (found, _text, given) =>
        found.rule.diagnosis !== 'ok' && pushedHostAsName(given)
          ? { id: ON_HOST_AS_IMAGE_NAME }
          : undefined
    },
    // docs/registries.md §13aaa (i): a push's refusal where the push named
    // an image without a registry host after a login to another registry
    {
      from: 'any',
      to: (found, _text, given) =>
        found.rule.diagnosis !== 'ok' &&
        found.rule.diagnosis !== 'registry-mismatch' &&
        pushedWithoutHost(given)
          ? { id: PUSHED_WITHOUT_HOST }
          : undefined
    },
    // docs/registries.md §13aab (c): GHCR's refusal to read a package, on
    // a read, as the development texts found it (the live judge keeps
    // GHCR012)
    {
      from: [READ_PACKAGE],
      to: (_, text) =>
        pushFramingOf(text)
          ? { id: PACKAGE_ACCESS }
          : showsRead(text)
            ? { id: READ_PACKAGE_PRIVATE }
            : undefined
    },
    // attack-17 repro-01: words of a request without a login, at a login
    {
      from: NO_LOGIN_WORDS,
      to: (_, text) => (showsLogin(text) ? { id: AT_A_LOGIN } : undefined)
    },
    // a token's 401 with no scope shown, on a push: a read-only token is
    // refused so too (attack-18 repro-06)
    {
      from: [OAUTH_401],
      to: (_, text) =>
        pushFramingOf(text) ? { id: OAUTH_ON_A_PUSH } : undefined
    },
    // docs/registries.md §13ll (a): Quay's refusal of a read, on a pull,
    // whatever login the log shows too (a job's earlier login step;
    // attack-20 repro-04): the refusal is of the pull, not of a login
    {
      from: [QUAY_REFUSAL],
      to: (_, text) => {
        if (pushFramingOf(text)) return undefined
        const pull = PULL_FRAMINGS.find((framing) => holds(text, framing))
        return pull ? { id: QUAY_ON_A_PULL, wording: pull } : undefined
      }
    },
    // attack-36 repro-04: and a pull's reading of it, where the log shows a
    // push ran too (a step that pulled a cache image before the push
    // refused). A push command counts only after a pull that succeeded: a
    // step's script lists commands that never ran (GitHub's `Run` header,
    // attack-37 repro-02), and `docker push --quiet` prints nothing but the
    // error (attack-38 repro-06)
    {
      from: [QUAY_ON_A_PULL],
      to: (_, text) => {
        const pulled = PULL_SUCCEEDED.some((words) => holds(text, words))
        const push = PUSH_FRAMINGS.find(
          (framing) =>
            (pulled || !PUSH_COMMANDS.includes(framing)) && holds(text, framing)
        )
        return push ? { id: QUAY_REFUSAL, wording: push } : undefined
      }
    },
    // docs/registries.md §13vv (a): GHCR's `denied` to a pull after the log
    // logged out of ghcr.io (`docker logout ghcr.io` and its answer): no
    // stored login went with the pull, so not a stale one
    {
      from: [GHCR_STALE],
      to: (found, text) =>
        loggedOutOfGhcrBefore(text, found.wording)
          ? { id: GHCR_ANONYMOUS }
          : undefined
    },
    // attack-46 A46-01: the text as given, since the part read starts
    // after its last `Login Succeeded` (afterRecovery); a login the text
    // shows to another host than the push's keeps REG039 (attack-47 A47-01)
    {
      from: [PUSH_NO_LOGIN],
      to: (_, _text, given) => {
        if (!/login succeeded|logged in to \S+ as /i.test(given)) {
          return undefined
        }
        const pushed = pushHostOf(given)
        const hosts = loginHostsOf(given)
        return pushed === undefined ||
          hosts.length === 0 ||
          hosts.some((host) => loggedInFor(pushed, host))
          ? { id: PUSH_REFUSED }
          : undefined
      }
    },
    {
      from: [DEVCONTAINERS_ANONYMOUS],
      to: (_, text) =>
        anonymousForRefused(text) ? undefined : { id: DEVCONTAINERS_REFUSED }
    },
    {
      from: [HUB_REFUSAL],
      to: (_, text) =>
        sentAnEmail(text) && !OTHER_REGISTRY.test(text.toLowerCase())
          ? { id: AS_EMAIL }
          : undefined
    },
    // a login reading of a 401, by the request it answered (§13b (f))
    { from: LOGIN_READINGS, to: (found, text) => byLoginRequest(found, text) }
  ]
}

/**
 * A login reading of a 401 (`LOGIN_READINGS`) by the request it answered:
 * a registry's host taken for a Docker Hub namespace; on a push FB004, on
 * a pull FB006 (HUB018 for an official image's name), with the framing
 * that showed the request as the wording; a bare one in a text that shows
 * no request at all FB033 (HUB018), with its own wording.
 */
function byLoginRequest(found: RuleMatch, text: string): Turned | undefined {
  if (HOST_NAMESPACE.test(text.toLowerCase())) return { id: ON_HOST_NAMESPACE }
  const push = pushFramingOf(text)
  if (push) return { id: ON_A_PUSH, wording: push }
  // docs/registries.md §13gg: a name Docker Hub's official images do not have
  const official = namesOfficialImage(text)
  const pull = pullFramingOf(text)
  if (pull)
    return { id: official ? ON_OFFICIAL_NAME : ON_A_PULL, wording: pull }
  // docs/registries.md §13dd: no login, no token request, no pull and no
  // push shown: a client's own request (a build plugin, a controller, a
  // scanner) that went without a credential the registry took
  if (
    !BARE_READINGS.includes(found.rule.id) ||
    showsLogin(text) ||
    TOKEN_FRAMINGS.some((framing) => holds(text, framing))
  ) {
    return undefined
  }
  return { id: official ? ON_OFFICIAL_NAME : ON_NO_REQUEST }
}

/**
 * A match made precise by what the text shows (docs/registries.md §13b
 * (f)): the first of `turns` that turns the match's rule reads it as the
 * rule it names, with the wording that showed the request. Any other match
 * is returned as it is.
 */
export function byRequest(
  found: RuleMatch | undefined,
  text: string,
  given: string = text
): RuleMatch | undefined {
  if (!found) return undefined
  for (const turn of turns()) {
    if (turn.from !== 'any' && !turn.from.includes(found.rule.id)) continue
    const to = turn.to(found, text, given)
    if (!to) continue
    const rule = ruleById(to.id)
    return rule ? { rule, wording: to.wording ?? found.wording } : found
  }
  return found
}

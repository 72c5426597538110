/**
 * What every registry shares, as rule tables: the docker CLI's and its
 * credential helpers' wordings (first in every table), the wording that
 * names a push to Docker Hub, and the distribution API's, HTTP and network
 * wordings (docs/docker-hub.md §5, docs/registries.md §0, §9). In the rules'
 * chunk (src/profiles/rules/index.ts): loaded only when a text must be read.
 */
import { STORAGE_HOSTS } from '../storage.js'
import type { TextRule } from '../types.js'

/**
 * Client-side wordings: the docker CLI and its credential helpers. They
 * come first: when a helper fails, the registry may well have said yes.
 */
export const CLIENT_RULES: readonly TextRule[] = [
  {
    // docs/registries.md §13r: the registry redirected a layer download to
    // its storage host, which answered 403: the firewall, proxy or sandbox
    // lets the registry through but not its storage. First, so that no
    // registry's own "403 forbidden" rule reads it as a refused credential
    id: 'NET012',
    diagnosis: 'registry-unreachable',
    case: 'blob-storage',
    // the download's own failure (containerd's httpReadSeeker), so that a
    // 403 elsewhere in a log (a RUN wget of a CDN file) is not read as it;
    // the storage hosts are src/profiles/storage.ts's
    match: [
      ...STORAGE_HOSTS.flatMap((row) =>
        (row.markers ?? []).map((marker) => [
          'failed open: unexpected status',
          marker,
          '403 forbidden'
        ])
      ),
      // distribution's storage layout, whatever the storage (not the
      // Actions cache's blobs, LOOK005)
      [
        'failed open: unexpected status',
        '/docker/registry/v2/blobs/',
        '403 forbidden'
      ]
    ],
    source:
      "containerd \"failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://<id>.cloudfront.net/…: 403 Forbidden\" for a pull from public.ecr.aws in a sandbox whose network policy did not allow ECR Public's CloudFront hosts (docs/real-texts.md dev4-ecr-07); the registries' storage hosts: Docker's allow list (production.cloudflare.docker.com, docker-images-prod.*.r2.cloudflarestorage.com), Amazon ECR's VPC endpoints page (layers from the S3 bucket prod-<region>-starport-layer-bucket), Azure Container Registry's firewall rules (*.blob.core.windows.net, <registry>.<region>.data.azurecr.io), Trivy's troubleshooting page (GHCR's layers from pkg-containers.githubusercontent.com), OpenShift's firewall page (Quay's CDN cdn.quay.io, cdn01-03.quay.io)"
  },
  {
    // docs/registries.md §13ss (c): the macOS keychain refused a read or a
    // store without a prompt (Apple's `container` CLI keeps its logins
    // there): the stored login cannot be used, whatever the registry
    id: 'CLI084',
    diagnosis: 'credential-store-error',
    match: ['unhandlederror(status: -25308)', 'error querying keychain for'],
    source:
      'docs/registries.md §13ss (c): Apple\'s Security framework, errSecInteractionNotAllowed = -25308 ("Interaction is not allowed with the Security Server"); Apple\'s `container` CLI: "Error: unhandledError(status: -25308)" from `container registry login` on a macOS beta (apple/container#577), "Error: error querying keychain for harbor-registry.internal (cause: "queryError("query failure: unhandledError(status: -25308)")")" when a push read the login back in a Screen Sharing session (apple/container#1310), and the same to pulls from ACR (apple/container#704, #816)'
  },
  {
    // docs/registries.md §13ss (c): Apple's `container` found no stored
    // login for the host and asked the token service without one: before
    // the 401 and 403 rules, which would read a refused credential
    id: 'CLI085',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['no credentials found for host'],
    source:
      'docs/registries.md §13ss (c): Apple\'s `container` CLI, "Error: internalError: "HTTP request to https://us.gcr.io/v2/token?client_id=containerization-registry-client&service=us.gcr.io&scope=…:pull failed with response: 403 Forbidden. No credentials found for host us.gcr.io"" after a `container registry login` the pull did not find (apple/container#321), and the same with 401 from ACR\'s /oauth2/token (apple/container#254)'
  },
  {
    // docs/registries.md §13ss (c): regclient found no credential for a
    // registry that takes Basic authentication (ECR's challenge)
    id: 'CLI082',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['no credentials available for basic auth'],
    source:
      'docs/registries.md §13ss (c): regctl listing tags on ECR with no login for the host and no ECR helper, "Failed to list tags for acct.dkr.ecr.us-east-2.amazonaws.com/app:latest: No credentials available for basic auth" (regclient/regclient#110)'
  },
  {
    // docs/registries.md §13ss (c): a client refusing what a credential
    // helper answered: the helper's answer, not the registry's credential
    id: 'CLI083',
    diagnosis: 'credential-store-error',
    match: [['the credentials returned for', 'by the credential helper']],
    source:
      "docs/registries.md §13ss (c): batect's own docker client, \"Could not build image: The credentials returned for 'eu.gcr.io' by the credential helper executable 'docker-credential-gcloud' are invalid: there is no 'ServerURL' field.\" (batect/batect#103, fixed in batect)"
  },
  {
    // docs/registries.md §13ss (d): the Spotify docker-maven-plugin found
    // part of a registry login in Maven's settings
    id: 'CLI086',
    diagnosis: 'malformed-credentials',
    case: 'maven-settings',
    match: ['incomplete docker registry authorization credentials'],
    source:
      'docs/registries.md §13ss (d): spotify/docker-maven-plugin, "Exception caught: Incomplete Docker registry authorization credentials. Please provide all of username, password, and email or none." for a push without the settings.xml <server> entry the plugin reads (spotify/docker-maven-plugin#110)'
  },
  {
    // docs/registries.md §13tt (c): git over HTTPS refused inside a build
    // (a RUN git clone of a private repository): not the registry's login,
    // before the registries' rules that share its words (QUAY001, GitLab's)
    id: 'CLI087',
    diagnosis: 'not-a-login-failure',
    match: [
      [
        'remote: invalid username or password',
        "fatal: authentication failed for '"
      ],
      [
        'remote: http basic: access denied',
        "fatal: authentication failed for '"
      ],
      // docs/registries.md §13vv (b): git asked for a username with no
      // terminal to ask on (a build step fetching a private dependency)
      "fatal: could not read username for 'http",
      // docs/registries.md §13vv (f): a GitLab runner's own fetch of the
      // repository, and GitLab blocking an account for git
      ['fetching changes with git', 'remote: http basic: access denied'],
      'remote: your account has been blocked'
    ],
    source:
      'docs/registries.md §13tt (c): git\'s own words when a Git host refuses HTTPS credentials, "fatal: Authentication failed for \'<url>\'" (git, http.c), after the host\'s "remote: Invalid username or password." (GitHub) or "remote: HTTP Basic: Access denied" (GitLab); a RUN git clone of a private repository in a build after a docker login that succeeded (attack-32 repro-04); git prompting for a username where no terminal is, "fatal: could not read Username for \'https://github.com/\': No such device or address" (git, credential.c; a `RUN mix deps.get` of a private GitHub dependency, docs/real-texts.md dev86-not-login-07; docs/registries.md §13vv (b)); a GitLab runner\'s own fetch of the repository, "Fetching changes with git depth set to 20... remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled" (docs/real-texts.md dev94-not-login-03), and GitLab blocking an account for git after failed passwords, "remote: Your account has been blocked." (docs/real-texts.md dev94-not-login-04; docs/registries.md §13vv (f))',
    what: "A Git host refused git (a clone or fetch, e.g. in a build step or the runner's checkout): fix the credential (or account) git uses for that host"
  },
  {
    // docs/registries.md §13aaa (i): the cf CLI reads an image's registry
    // password from one variable only
    id: 'CLI093',
    diagnosis: 'missing-credentials',
    case: 'cf-docker-password',
    match: ['please provide the password by setting the cf_docker_password'],
    source:
      'docs/registries.md §13aaa (i): cloudfoundry/cli, `cf push --docker-image … --docker-username …` with CF_DOCKER_PASSWORD unset, "No Docker password was provided. Please provide the password by setting the CF_DOCKER_PASSWORD environment variable." (nulldriver/cf-cli-resource#24, a Concourse resource that did not pass it before its v2.8.0; docs/real-texts.md dev106-generic-10)'
  },
  {
    // docs/registries.md §13aaa (i): a build's git over SSH refused its key
    // (a Quay build trigger's deploy key): git's, not a registry's
    id: 'CLI094',
    diagnosis: 'not-a-login-failure',
    match: [
      ['permission denied (publickey)', 'could not read from remote repository']
    ],
    source:
      'docs/registries.md §13aaa (i): git over SSH refused by the Git host, "Permission denied (publickey). fatal: Could not read from remote repository. Please make sure you have the correct access rights and the repository exists." (ssh, git), a Quay.io build trigger whose deploy key was gone, fixed by adding the trigger again (stephenh/mirror#33; docs/real-texts.md dev107-not-login-03)',
    what: "A Git host refused git's SSH key (a clone in a build, or a registry's build trigger): give the key access to the repository again, or re-create the trigger's deploy key"
  },
  {
    // docs/registries.md §13aaa (i): a login step that decodes its secret
    // with base64 was given a value that is not base64
    id: 'CLI095',
    diagnosis: 'malformed-credentials',
    case: 'base64-secret',
    match: ['base64: invalid input'],
    source:
      'docs/registries.md §13aaa (i): coreutils base64 --decode of a value that is not base64, "base64: invalid input", in a login step that wants its service-account key base64-encoded (elgohr/gcloud-login-action, given the key\'s JSON as it is; elgohr/gcloud-login-action#8; docs/real-texts.md dev109-gar-10)'
  },
  {
    // docs/registries.md §13aaa (i): apt's download refused by a package
    // repository in a build step
    id: 'LOOK045',
    diagnosis: 'not-a-login-failure',
    match: [
      ['401  unauthorized [ip:', 'e: failed to fetch'],
      // docs/registries.md §13aac (c): apt's index or package refused by
      // the archive (a PPA's 403 inside a build: moby/moby#35760)
      ['failed to fetch http', '/dists/'],
      ['failed to fetch http', '.deb ']
    ],
    source:
      'docs/registries.md §13aac (c): apt in a docker build, "Failed to fetch http://ppa.launchpad.net/rwky/redis/ubuntu/dists/trusty/main/binary-amd64/Packages 403 Forbidden" (moby/moby#35760, docs/real-texts.md dev122-not-login-03). docs/registries.md §13aaa (i): apt in a Dockerfile RUN, "Err:1 https://packages.cloudfoundry.org/debian stable/main amd64 cf7-cli amd64 7.7.15 401  Unauthorized [IP: …] … E: Failed to fetch https://objects.githubusercontent.com/…" (apt\'s own format, two spaces after the status; citizen-of-planet-earth/cf-cli-action#8; docs/real-texts.md dev110-not-login-03)',
    what: "apt in a build step could not fetch from a package repository: the build's own request, not the registry's; check its URL, the build's network (DNS) or credential"
  },
  {
    // docs/registries.md §13aaa (i): BuildKit's registry cache export
    // refused for its manifest's format (an index or a cache media type)
    id: 'LOOK046',
    diagnosis: 'not-a-login-failure',
    match: [
      ['error writing manifest blob: ', '/manifests/', '404 not found'],
      ['error writing manifest blob: ', '/manifests/', '400 bad request']
    ],
    source:
      'docs/registries.md §13aaa (i): BuildKit\'s remote cache exporter (cache/remotecache/export.go, errors.Wrap(err, "error writing manifest blob")) writing the cache manifest of `--cache-to type=registry`, refused by a registry that takes no such manifest: Harbor, "ERROR: failed to solve: error writing manifest blob: failed commit on ref "sha256:…": unexpected status from PUT request to https://harbor…/v2/library/postgresql-s3/manifests/cache: 404 Not Found" (goharbor/harbor#19150; docs/real-texts.md dev107-not-login-01); BuildKit\'s image-manifest=true (with oci-mediatypes=true) writes the cache as an image manifest instead',
    what: "The registry refused buildx's cache manifest (`--cache-to type=registry`), not the login: add `image-manifest=true,oci-mediatypes=true` to --cache-to"
  },
  {
    // docs/registries.md §13tt (c): docker content trust asked a registry
    // without a notary server for the image's signatures
    id: 'CLI088',
    diagnosis: 'not-a-login-failure',
    match: [['error contacting notary server', 'not found or deleted']],
    source:
      'docs/registries.md §13tt (c): DOCKER_CONTENT_TRUST=1 with an image on gcr.io, "docker: Error: error contacting notary server: unknown: Project \'project:gcr.io:datadoghq\' not found or deleted." (DataDog/documentation#10874: Container Registry runs no notary server; the example dropped the variable); docs.docker.com "Content trust in Docker"',
    what: 'Docker content trust (DOCKER_CONTENT_TRUST=1) found no notary server for this registry: unset DOCKER_CONTENT_TRUST for this image'
  },
  {
    // docs/registries.md §13uu (b): a client that speaks Basic only, given
    // a credential for a registry whose logins go through a token service
    id: 'CLI089',
    diagnosis: 'missing-credentials',
    case: 'basic-only-client',
    match: ['this registry does not appear to support basic authentication'],
    source:
      'docs/registries.md §13uu (b): the VS Code Docker extension\'s generic registry provider, which sends Basic credentials to /v2/ only: "OAuth support has not yet been implemented in this preview feature.  This registry does not appear to support basic authentication." for quay.io with a user and an API key that docker login takes (docs/real-texts.md dev61-quay-01): the credential never reached the registry\'s token service'
  },
  {
    // docs/registries.md §13rr (v): a helper that only reads credentials
    // (Amazon ECR's) asked to store one: before CLI001
    id: 'CLI080',
    diagnosis: 'credential-store-error',
    case: 'helper-read-only',
    match: [['error storing credentials', 'not implemented']],
    source:
      'docs/registries.md §13rr (v): amazon-ecr-credential-helper answers a store with "not implemented" (docker: "Error saving credentials: error storing credentials - err: exit status 1, out: `not implemented`", awslabs/amazon-ecr-credential-helper#474, #574); its 0.9.0 CHANGELOG: AWS_ECR_IGNORE_CREDS_STORAGE=true ignores the ADD and DELETE requests so that docker login works with it'
  },
  {
    id: 'CLI001',
    diagnosis: 'credential-store-error',
    match: [
      'error saving credentials',
      'error storing credentials',
      'error getting credentials',
      'error erasing credentials',
      ['docker-credential-', 'executable file not found'],
      // docker-credential-secretservice without a desktop session
      'cannot autolaunch d-bus'
    ],
    source: 'docker/cli login.go, docker/docker-credential-helpers client.go'
  },
  {
    // docs/registries.md §13ww (d): Docker Desktop's Windows helper that WSL
    // could not start
    id: 'CLI090',
    diagnosis: 'credential-store-error',
    sameLine: true,
    match: [['docker-credential-', '.exe: invalid argument']],
    source:
      'docs/registries.md §13ww (d): WSL\'s interop failing to start Docker Desktop\'s Windows credential helper from Linux, "/usr/sbin/docker-credential-desktop.exe: Invalid argument" (breaking docker compose pull; docs/real-texts.md dev104-docker-hub-12): the helper the docker config names cannot run'
  },
  {
    id: 'CLI002',
    diagnosis: 'missing-credentials',
    match: [
      'cannot perform an interactive login from a non tty device',
      'password is empty',
      'error: password required',
      'non-null username required'
    ],
    source: 'docker/cli cli/command/registry (old and new CLIs, empty stdin)'
  },
  {
    id: 'CLI003',
    diagnosis: 'missing-credentials',
    match: ['username and password required'],
    source: 'docker/login-action src/docker.ts (empty inputs)'
  },
  {
    id: 'CLI004',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['no basic auth credentials'],
    source: 'moby registry client: push or pull with no stored login'
  },
  {
    id: 'CLI006',
    diagnosis: 'missing-credentials',
    match: [
      'input required and not supplied: password',
      'input required and not supplied: username'
    ],
    source:
      '@actions/core getInput with required: true ("Input required and not supplied: <name>", actions/toolkit packages/core/src/core.ts): docker/login-action v1 with an empty secret (docker/login-action#6)'
  },
  {
    id: 'CLI007',
    diagnosis: 'docker-cli-missing',
    match: [
      'unable to locate executable file: docker',
      'docker: command not found',
      // docs/registries.md §13c (a): how other shells and runtimes say the
      // docker command is not there
      "unable to locate executable file: 'docker'",
      "file not found: 'docker'",
      'docker: not found',
      "'docker' is not recognized as an internal or external command",
      // Docker Desktop's stand-in in a WSL 2 distro without its integration
      // (docs/registries.md §13qq (e))
      "the command 'docker' could not be found in this wsl 2 distro",
      "the term 'docker' is not recognized",
      'exec: "docker": executable file not found',
      'spawn docker enoent'
    ],
    source:
      '@actions/io which(tool, true): "Unable to locate executable file: docker. Please verify either the file path exists…" (actions/toolkit packages/io/src/io.ts) on a runner without docker (docker/login-action#93); a POSIX shell without docker; docs/registries.md §13c (a): Azure Pipelines agent "Unable to locate executable file: \'docker\'" (emberstack/docker-azure-pipelines-agent#20), the Actions runner "File not found: \'docker\'" (actions/runner#960, aevea/action-kaniko#19), dash "/bin/sh: 1: docker: not found" (somsakc/docker-observium#25), cmd.exe "\'docker\' is not recognized as an internal or external command" (microsoft/vscode-docker#2031, #1829, #3186), PowerShell "The term \'docker\' is not recognized as the name of a cmdlet" (microsoft/vscode-docker#562), Go os/exec LookPath "exec: "docker": executable file not found in $PATH", Node.js child_process "spawn docker ENOENT" (klakegg/actions-hugo#7); Docker Desktop in a WSL 2 distro whose integration is off, "The command \'docker\' could not be found in this WSL 2 distro. We recommend to activate the WSL integration in Docker Desktop settings." (Azure/azure-cli#27907 under az acr login; docs/registries.md §13qq (e))'
  },
  {
    // docs/registries.md §13qq (g): the daemon's API answered with a page
    // of its own, not docker's JSON: a socket proxy that forbids POST /auth,
    // or DOCKER_HOST at a web server. A registry's page comes wrapped in the
    // daemon's own words ("Unexpected status code [403] : <html>…")
    id: 'CLI077',
    diagnosis: 'not-a-login-failure',
    case: 'docker-daemon',
    match: [
      'error response from daemon: <html',
      'error response from daemon: <!doctype html',
      'error response from daemon: 404 page not found'
    ],
    source:
      'docs/registries.md §13qq (g): docker/cli prints a daemon API error body that is not JSON as it is, after "Error response from daemon: "; HAProxy\'s default 403 page "<html><body><h1>403 Forbidden</h1> Request forbidden by administrative rules. </body></html>" from a socket proxy in front of the daemon (attack round 25 repro-02), Go\'s "404 page not found" from a web server at DOCKER_HOST'
  },
  {
    // docs/registries.md §13qq (c): Knative Serving's controller resolves
    // a revision's tag to a digest with the Service's pull secrets, not the
    // nodes' credentials; refused, the revision says so (before CLI008)
    id: 'CLI076',
    diagnosis: 'missing-credentials',
    case: 'tag-resolution',
    match: [
      ['unable to fetch image', 'failed to resolve image to digest', '401'],
      ['unable to fetch image', 'failed to resolve image to digest', '403'],
      [
        'unable to fetch image',
        'failed to resolve image to digest',
        'unauthorized'
      ],
      ['unable to fetch image', 'failed to resolve image to digest', 'denied'],
      [
        'unable to fetch image',
        'failed to resolve image to digest',
        'forbidden'
      ],
      [
        'unable to fetch image',
        'failed to resolve image to digest',
        'authentication'
      ],
      ['unable to fetch image', 'unsupported status code 401']
    ],
    source:
      'docs/registries.md §13qq (c): Knative Serving\'s revision message "Unable to fetch image "…": failed to resolve image to digest: …" with the registry\'s refusal (HEAD …/manifests/…: 401 Unauthorized on Docker Hub, UNAUTHORIZED on gcr.io, DENIED: access forbidden from a GitLab /jwt/auth, Artifactory\'s "Authentication is required"), older releases "Unable to fetch image "…": unsupported status code 401" (docs/real-texts.md dev25); knative.dev/docs/serving/tag-resolution: the controller must be able to read the registry; config-deployment registries-skipping-tag-resolving (default "kind.local,ko.local,dev.local")'
  },
  {
    // docs/registries.md §13ii (a): the anonymous token request was answered 429: the
    // registry's pull limit, not a missing credential (before CLI008)
    id: 'CLI070',
    diagnosis: 'rate-limited',
    match: [['failed to fetch anonymous token', '429 too many requests']],
    source:
      'docs/registries.md §13ii (a): containerd remotes/docker authorizer, "failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://quay.io/v2/auth?scope=…: 429 Too Many Requests" (helm dependency downloads of charts served by quay.io from two pipelines at once; docs/real-texts.md dev15-quay-03): RFC 6585 §4'
  },
  {
    // docs/registries.md §13rr (t): containerd's anonymous token request
    // answered 5xx: the token service failed, whatever the credential;
    // before CLI008, which reads its other statuses
    id: 'CLI079',
    diagnosis: 'registry-unreachable',
    match: [
      ['failed to fetch anonymous token', '500 internal server error'],
      ['failed to fetch anonymous token', '502 bad gateway'],
      ['failed to fetch anonymous token', '503 service unavailable'],
      ['failed to fetch anonymous token', '504 gateway timeout']
    ],
    source:
      'docs/registries.md §13rr (t): containerd remotes/docker/auth fetchToken ("unexpected status: %s") with a 5xx (RFC 9110 §15.6: the server failed), as REG011 reads it for the oauth token: "failed to resolve reference "registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper…": failed to authorize: failed to fetch anonymous token: unexpected status: 502 Bad Gateway" during an incident of GitLab\'s Container Registry (docs/real-texts.md dev35-gitlab-01)'
  },
  {
    // docs/registries.md §13vv (f): Helm 3.13.0's token request with a
    // stray scope (before CLI008)
    id: 'LOOK043',
    diagnosis: 'not-a-login-failure',
    match: [
      [
        'failed to fetch anonymous token',
        'scope=repository%3auser%2fimage%3apull'
      ]
    ],
    source:
      'docs/registries.md §13vv (f): Helm 3.13.0\'s token request with a stray "repository:user/image:pull" scope, which GHCR refuses 403 for public charts, "failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3A…%3Apull&scope=repository%3Auser%2Fimage%3Apull&service=ghcr.io: 403 Forbidden" (helm/helm#12423, fixed in 3.13.1; docs/real-texts.md dev93-not-login-02, -03): upgrade Helm',
    what: 'Helm 3.13.0 asks for a stray scope (repository:user/image:pull), which the registry refuses: upgrade Helm to 3.13.1 or later'
  },
  {
    // docs/registries.md §13ww (d): Kamal's SSH to the server asked for a
    // password no CI job can answer
    id: 'LOOK044',
    diagnosis: 'not-a-login-failure',
    match: [['errno::enotty', 'exception while executing on host']],
    source:
      'docs/registries.md §13ww (d): Kamal (SSHKit) running docker login on a server over SSH, whose SSH password prompt has no terminal in a CI job, "user@app.domain.com\'s password:  ERROR (Errno::ENOTTY): Exception while executing on host app.domain.com: Not a tty" (docs/real-texts.md dev100-not-login-01): the SSH connection, before any registry request',
    what: "Kamal's SSH connection to the server asked for a password, which a CI job cannot type: give the job an SSH key the server accepts"
  },
  {
    // containerd's resolver (BuildKit, nerdctl, kubelet, helm) asked the
    // token service without a credential: none was stored for this host.
    // The status is required: a network error in the same request is not it
    id: 'CLI008',
    diagnosis: 'missing-credentials',
    case: 'anonymous-pull',
    match: [
      ['failed to fetch anonymous token', 'unexpected status'],
      // ECS cuts containerd's error after it (docs/registries.md §13ss (c))
      ['cannotpullcontainererror', 'failed to fetch anonymous token.']
    ],
    source:
      'containerd remotes/docker authorizer (no credentials for the host): kubelet "failed to resolve image …: failed to fetch anonymous token: unexpected status: 403 Forbidden" with an image pull secret it did not use (containerd/cri#848, kubernetes/kubernetes#66162); a kubelet whose credential provider fell back to no credential: "failed to authorize: failed to fetch anonymous token: unexpected status from GET request to …/token?…: 401" (jfrog/jfrog-credentials-provider#41); ECS\'s cut form, "CannotPullContainerError: inspect image has been retried 1 time(s): failed to resolve ref "…artifactory…/…": failed to authorize: failed to fetch anonymous token." for a task definition with no repositoryCredentials (aws/containers-roadmap#1658, docs/registries.md §13ss (c))'
  },
  {
    // docs/registries.md §13l (e): go-containerregistry's keychain found
    // nothing for the host and the request went without a credential
    id: 'CLI025',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      [
        'no matching credentials were found, falling back on anonymous',
        'unauthorized'
      ]
    ],
    source:
      'go-containerregistry pkg/authn (crane, ko, kaniko): "No matching credentials were found, falling back on anonymous" when the keychain has nothing for the host, then the registry\'s 401 (docs/registries.md §13l (e): bazelbuild/rules_docker#1193)'
  },
  {
    // docs/registries.md §13l (d): a _json_key pasted into a shell command
    // unquoted: the shell ran the key's lines as commands
    id: 'CLI026',
    diagnosis: 'malformed-credentials',
    match: ['private_key_id::', 'client_x509_cert_url::'],
    source:
      'a service-account key pasted unquoted into a shell command: the shell splits the JSON and runs its lines, "/bin/sh: private_key_id:: not found" (dash; bash: "command not found"), and docker login gets no key (docs/registries.md §13l (d): devtron-labs/devtron#3549)'
  },
  {
    // docs/registries.md §13n: docker could not start, its current context
    // (config.json's currentContext, DOCKER_CONTEXT, --context) named none
    // that exists: the login never reached the registry
    id: 'CLI027',
    diagnosis: 'credential-store-error',
    case: 'docker-context',
    match: [
      ['unable to resolve docker endpoint', 'context not found'],
      ['current context', 'is not found on the file system']
    ],
    source:
      'docs/registries.md §13n: docker/cli cli/command/cli.go (docker 28.2.2: "Failed to initialize: unable to resolve docker endpoint: context "gone": context not found: open …/contexts/meta/<sha256>/meta.json: no such file or directory", run here on a config.json whose currentContext names no context); docker 19.03–20.10: "Current context "…" is not found on the file system, please check your config file at …"'
  },
  {
    // docs/registries.md §13qq (g): docker could not start for its
    // endpoint's settings (after CLI027's missing context): the TLS client
    // certificates, a scheme this system lacks
    id: 'CLI078',
    diagnosis: 'not-a-login-failure',
    case: 'docker-daemon',
    match: [
      ['failed to initialize', 'unable to resolve docker endpoint'],
      ['failed to initialize', 'protocol not available']
    ],
    source:
      'docs/registries.md §13qq (g): docker/cli cli/command/cli.go "Failed to initialize: unable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory" with DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH=/certs/client before docker:dind wrote them (GitLab CI), and "Failed to initialize: protocol not available" for an npipe:// DOCKER_HOST on Linux (docker 28, attack round 25 repro-03)'
  },
  {
    // docs/registries.md §13o (g): Testcontainers found no docker config
    // for the image's registry and pulls without a credential
    id: 'CLI028',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [['no config supplied', 'checked in order']],
    source:
      'docs/registries.md §13o (g): Testcontainers RegistryAuthLocator, "Failure when attempting to lookup auth config … Falling back to docker-java default behaviour. Exception message: Status 404: No config supplied. Checked in order: /Users/…/.docker/config.json (file not found), DOCKER_AUTH_CONFIG (not set)" (testcontainers/testcontainers-java#9477: a podman login, in auth.json, which Testcontainers does not read)'
  },
  {
    // docs/registries.md §13q (b): a client that says it sent, or found,
    // no credential for the registry
    id: 'CLI029',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['no auth config found for registry', 'missing x-registry-auth'],
    source:
      'docs/registries.md §13q (b): the Terraform docker provider, "resourceDockerRegistryImageCreate: Unable to get authConfig for registry: no auth config found for registry 123456789.dkr.ecr.us-east-1.amazonaws.com in auth configs: map[string]types.AuthConfig(nil)" (no registry_auth for the host: terraform-aws-modules/terraform-aws-lambda#579); the Docker Engine API to a push with no X-Registry-Auth header, "API error (400): Bad parameters and missing X-Registry-Auth: EOF" (pachyderm/pachyderm#4314)'
  },
  {
    // docs/registries.md §13q (c): Skaffold's own line for a push the
    // registry denied, which hides the registry's words
    id: 'CLI030',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['no push access to specified image repository'],
    source:
      'docs/registries.md §13q (c): GoogleContainerTools/skaffold pkg/skaffold/build errors, "Build Failed. No push access to specified image repository" for a push answered denied (knownBuildProblems, BUILD_PUSH_ACCESS_DENIED), with the suggestion to log in or set --default-repo; a regional Artifact Registry host that `gcloud auth configure-docker` without the host left without a helper (GoogleContainerTools/skaffold#7036)'
  },
  {
    // docs/registries.md §13s (a): containerd's authorizer answering a
    // Basic challenge with no credential for the host (nerdctl, BuildKit,
    // the kubelet through the CRI, helm before 3.14)
    id: 'CLI031',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['failed to handle basic auth because missing username or secret'],
    source:
      'docs/registries.md §13s (a): containerd core/remotes/docker/authorizer.go doBasicAuth, fmt.Errorf("failed to handle basic auth because missing username or secret"), wrapped "failed to authorize: …" (resolver.go) when the registry\'s challenge is Basic and the credentials callback gave no username or secret for the host'
  },
  {
    // docs/registries.md §13s (b): the login's own complaint of an empty
    // username (docker, podman/buildah/skopeo)
    id: 'CLI032',
    diagnosis: 'missing-credentials',
    case: 'username',
    match: [
      'username is empty',
      'error: username is required',
      'the --password-stdin option requires --username to be set',
      'cannot prompt for username without stdin'
    ],
    source:
      'docs/registries.md §13s (b): docker/cli cli/command/registry/login.go verifyLoginFlags ("the --password-stdin option requires --username to be set", the wording that replaced "Must provide --username with --password-stdin"; "username is empty" for --username ""), cli/command/registry.go PromptUserForCredentials ("error: username is required" when the prompt read nothing); containers/common pkg/auth/auth.go getUserAndPass ("cannot prompt for username without stdin", wrapped "getting username and password: …": podman, buildah or skopeo login in a job without --username)'
  },
  {
    // docs/registries.md §13s (b): the prompt read an empty password
    id: 'CLI033',
    diagnosis: 'missing-credentials',
    case: 'password',
    match: ['error: password is required'],
    source:
      'docs/registries.md §13s (b): docker/cli cli/command/registry.go PromptUserForCredentials, errors.New("error: password is required") when the password prompt read nothing (a --password-stdin fed an empty secret reads "password is empty", CLI002)'
  },
  {
    // docs/registries.md §13s (c): go-containerregistry since 2021 warns
    // only when the anonymous token request failed: the keychain had
    // nothing for the host. CLI025 reads its older wording
    id: 'CLI034',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      ['no matching credentials were found for', 'unauthorized'],
      ['no matching credentials were found for', 'denied']
    ],
    source:
      'docs/registries.md §13s (c): google/go-containerregistry pkg/v1/remote/transport/bearer.go refreshBasic and refreshOauth: logs.Warn.Printf("No matching credentials were found for %q", bt.registry) when the token request made with authn.Anonymous failed (google/go-containerregistry#992, 2021: "Drop warning unless it\'s a problem"), then the token service\'s error, "GET https://…/token?scope=…: UNAUTHORIZED: …" or "DENIED: …" (crane, ko, kaniko, and tools built on them)'
  },
  {
    // docs/registries.md §13t (e): helm could not read the docker config's
    // credentials for the host (a helper named there and gone)
    id: 'CLI040',
    diagnosis: 'credential-store-error',
    case: 'credential-helper',
    // helm quotes the request right before it (`GET "…/v2/…": unable…`),
    // so the AWS CLI's own "[ERROR]: Unable to retrieve credentials" with
    // a docker `/v2/` line elsewhere in a log is not read as it
    match: [['/v2/', '": unable to retrieve credentials']],
    source:
      'docs/registries.md §13t (e): helm (pkg/registry client over the docker config) "Error: GET "https://ghcr.io/v2/…/tags/list": unable to retrieve credentials": residue of an uninstalled Docker in ~/.docker/config.json (controlplaneio-fluxcd/flux-operator#149), a WSL distribution moved to another machine (helm/helm#13179), no docker config at all in helm 3.13.0 (helm/helm#12476, fixed in 3.13.1)'
  },
  {
    // docs/registries.md §13aab (b): Docker Desktop's helper could not reach
    // Docker Desktop's backend
    id: 'CLI096',
    diagnosis: 'credential-store-error',
    case: 'credential-helper',
    match: [
      ['credentialhelperpkg', 'dockerbackendapiserver'],
      ['/registry/credstore-updated', 'dockerbackendapiserver']
    ],
    source:
      'docs/registries.md §13aab (b): Docker Desktop\'s credential helper (docker-credential-desktop) tells Docker Desktop\'s backend of a stored login over the pipe \\\\.\\pipe\\dockerBackendApiServer; with Docker Desktop gone or not running (Rancher Desktop on Windows, the config still naming "desktop"), "CredentialHelperPKG C<-S NoResponse POST /registry/credstore-updated …: open \\\\.\\pipe\\dockerBackendApiServer: The system cannot find the file specified." under az acr login (rancher-sandbox/rancher-desktop#1850, docs/real-texts.md dev115-acr-08)'
  },
  {
    // docs/registries.md §13v (a): Flux found no credential for the host in
    // the secret it was given
    id: 'CLI041',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      ['auth for "', '" not found in secret'],
      // docs/registries.md §13ff (a): quoted again in a status message
      ['auth for \\"', '\\" not found in secret']
    ],
    source:
      'docs/registries.md §13v (a): Flux\'s image reflector (fluxcd/image-reflector-controller, its registry secret lookup) "auth for "index.docker.io" not found in secret flux-system/dockerhub" for a secret made without --docker-server, whose key is https://index.docker.io/v1/ (fluxcd/flux2#1109), and "auth for "https:" not found in secret …" for an image field written as a URL (fluxcd/image-reflector-controller#146); §13ff (a): the same with its quotes escaped in a resource\'s status, "\\"auth for \\\\\\"ghcr.io\\\\\\" not found in secret flux-system/github\\"" for a secret made with --docker-server=https://ghcr.io (docs/real-texts.md dev14-ghcr-05)'
  },
  {
    // docs/registries.md §13bb (b): dockerd could not decode the
    // X-Registry-Auth header a client sent: the credential was malformed,
    // and the pull went without one
    id: 'CLI044',
    diagnosis: 'malformed-credentials',
    match: ['invalid authconfig: illegal base64 data'],
    source:
      'docs/registries.md §13bb (b): moby registry DecodeAuthConfig, logged by dockerd as "invalid authconfig: illegal base64 data at input byte 91" for a Portainer service update after the ACR keys were rotated, followed by the pull\'s "unauthorized: authentication required" (portainer/portainer#2341, docs/real-texts.md dev12-acr-02)'
  },
  {
    // docs/registries.md §13x (b): Azure Container Apps given an image
    // whose registry part is empty (an unquoted or unset variable): the
    // image name is wrong, not the credential. Before CLI042, which reads
    // the same refusal of an image with a registry
    id: 'LOOK022',
    diagnosis: 'not-a-login-failure',
    match: [['template.containers.', 'invalid value: "/']],
    source:
      'docs/registries.md §13x (b): Azure Container Apps "Invalid value: "/albumapp-ui": GET https:: UNAUTHORIZED: authentication required; … template.containers.album-ui.image" for --image $ACR_NAME.azurecr.io/albumapp-ui whose variable was empty in the shell (MicrosoftDocs/azure-docs#96888, docs/real-texts.md dev10-acr-02)',
    what: 'the image name starts with "/": its registry part is missing (an empty or unquoted shell variable): set the variable that builds the image name'
  },
  {
    // docs/registries.md §13x (b): Azure Container Apps pulled the image
    // with the app's own registry settings, which held no credential for
    // the host: a docker login on the runner does not reach it
    id: 'CLI042',
    diagnosis: 'missing-credentials',
    case: 'cloud-service',
    match: [['template.containers.', 'unauthorized: authentication required']],
    source:
      'docs/registries.md §13x (b): Azure Container Apps "Field \'template.containers.<app>.image\' is invalid with details: \'Invalid value: "<acr>.azurecr.io/<image>:<tag>": GET https:?scope=repository%3A<image>%3Apull&service=<acr>.azurecr.io: UNAUTHORIZED: authentication required…" when the app was created without --registry-server (Azure/container-apps-deploy-action#50, docs/real-texts.md dev10-acr-01)'
  },
  {
    // docs/registries.md §13x (c): an Azure SDK client (Flux's
    // provider: azure) found no Azure identity to get a registry token with
    id: 'CLI043',
    diagnosis: 'missing-credentials',
    case: 'tool-cloud-identity',
    match: [
      'defaultazurecredential: failed to acquire a token',
      'failed to get credential from azure'
    ],
    source:
      'docs/registries.md §13x (c): Flux source-controller with provider: azure, "failed to get credential from azure: DefaultAzureCredential: failed to acquire a token." on AKS where the controller had no managed identity of its own (fluxcd/source-controller#898); azidentity\'s DefaultAzureCredential message'
  },
  {
    // docs/registries.md §13u (a): podman, buildah or skopeo holds no
    // login for the registry (login --get-login, logout)
    id: 'CLI050',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['error: not logged into'],
    source:
      'docs/registries.md §13u (a): containers/common pkg/auth/auth.go Login (opts.GetLoginSet: fmt.Errorf("not logged into %s", key) when the auth file holds no username for the registry) and Logout (the same wording when it holds nothing to remove), printed "Error: not logged into <registry>" by podman, buildah and skopeo'
  },
  {
    // docs/registries.md §13u (a): --authfile or REGISTRY_AUTH_FILE names a
    // file that is not there: no login is read for any registry
    id: 'CLI051',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['credential file is not accessible:'],
    source:
      'docs/registries.md §13u (a): containers/common pkg/auth/auth.go CheckAuthFile: fmt.Errorf("credential file is not accessible: %w", err) when the --authfile option (or REGISTRY_AUTH_FILE) names a path that does not exist (podman, buildah and skopeo pull, push and login)'
  },
  {
    // docs/registries.md §13u (b): Testcontainers could not start the
    // credential helper that the docker config names
    id: 'CLI052',
    diagnosis: 'credential-store-error',
    case: 'credential-helper',
    match: [
      'error from docker credential provider:',
      'cannot run program "docker-credential-'
    ],
    source:
      'docs/registries.md §13u (b): testcontainers/testcontainers-node packages/testcontainers/src/container-runtime/auth/credential-provider.ts runCredentialProvider: the spawned docker-credential-<name> emits "error" (not on PATH: "spawn docker-credential-desktop ENOENT") → new Error(`Error from Docker credential provider: ${err}`) (since testcontainers-node c243f8ee, #1153); testcontainers/testcontainers-java core/src/main/java/org/testcontainers/utility/RegistryAuthLocator.java runCredentialProgram, the JVM\'s "java.io.IOException: Cannot run program "docker-credential-osxkeychain": error=2, No such file or directory" (testcontainers/testcontainers-java#921)'
  },
  {
    // docs/registries.md §13u (d): Jenkins withRegistry / withDockerRegistry
    // given a credentialsId that names no Jenkins credential
    id: 'CLI054',
    diagnosis: 'missing-credentials',
    case: 'jenkins-credentials',
    match: ['could not find credentials matching'],
    source:
      'docs/registries.md §13u (d): jenkinsci/docker-commons-plugin src/main/java/org/jenkinsci/plugins/docker/commons/credentials/DockerRegistryEndpoint.java newKeyMaterialFactory (three overloads): throw new AbortException("Could not find credentials matching " + credentialsId) (docker-workflow\'s withRegistry, withDockerRegistry), printed "ERROR: Could not find credentials matching <id>"'
  },
  {
    id: 'CLI009',
    diagnosis: 'missing-credentials',
    case: 'username',
    match: ['must provide --username with --password-stdin'],
    source:
      'docker/cli cli/command/registry/login.go: --password-stdin with an empty --username (an empty DOCKERHUB_USERNAME variable in CI: docker/scout-cli#32)'
  },
  {
    // docs/registries.md §13a (a): the credential helpers' own words, seen
    // alone when a client other than the docker CLI (docker-compose v1,
    // jib, nomad, oras) prints what the helper said
    id: 'CLI011',
    diagnosis: 'credential-store-error',
    match: [
      'error listing credentials',
      'pass not initialized',
      'pass store is uninitialized',
      'error fetching password during initialization',
      'gpg: decryption failed: no secret key',
      ['gpg:', 'encryption failed: no public key'],
      'password encryption aborted',
      'org.freedesktop.secrets was not provided by any .service files',
      'error calling startservicebyname for org.freedesktop.secrets',
      'cannot create an item in a locked collection',
      'keychain cannot be accessed because the current session does not allow user interaction',
      'user interaction is not allowed'
    ],
    source:
      'docs/registries.md §13a (a): docker/docker-credential-helpers client/client.go ("error listing credentials - err: …"), pass/pass.go ("pass not initialized: …"), osxkeychain/osxkeychain.go (ErrInteractionNotAllowed, "User interaction is not allowed. (-25308)"); posted: "pass store is uninitialized" (docker/docker-credential-helpers#140), "error fetching password during initialization: exit status 2: gpg: decryption failed: No secret key" (#118, #299), "gpg: [stdin]: encryption failed: No public key Password encryption aborted." (#199, docker/desktop-linux#25), "The name org.freedesktop.secrets was not provided by any .service files" (#132, docker/cli#7148, goharbor/harbor#15370), "Error calling StartServiceByName for org.freedesktop.secrets: Timeout was reached" (docker/for-linux#329), "Cannot create an item in a locked collection" (docker/for-linux#474)'
  },
  {
    // attack-61 A61-03 (was CLI012's): docker-credential-ecr-login given
    // what it cannot read as a server URL, run as a kubelet credential
    // provider (docs/registries.md §13o (f))
    id: 'CLI091',
    diagnosis: 'credential-store-error',
    case: 'kubelet-provider',
    match: ['error parsing the serverurl'],
    source:
      'docs/registries.md §13o (f): awslabs/amazon-ecr-credential-helper ecr-login/ecr.go "Error parsing the serverURL" (run by the kubelet as an image credential provider, which sends it a CredentialProviderRequest: awslabs/amazon-ecr-credential-helper#616)'
  },
  {
    // attack-61 A61-09 (was CLI012's): the containers tools' auth file
    id: 'CLI092',
    diagnosis: 'credential-store-error',
    case: 'auth-file-malformed',
    match: [['reading json file', 'unmarshaling json at']],
    source:
      'containers/image pkg/docker/config ("reading JSON file %q: unmarshaling JSON at %q: …": podman, buildah or skopeo reading an auth.json that is not valid JSON; podman-container-tools/podman#1457, podman-container-tools/container-libs#244)'
  },
  {
    // docs/registries.md §13a (b): other clients that ask the docker config's
    // credential helper, or read an auth file, and failed at it
    id: 'CLI012',
    diagnosis: 'credential-store-error',
    match: [
      'failed to find docker auth for repo',
      ["command '['docker-credential-", 'returned non-zero exit status'],
      'but docker desktop seems not running',
      'can only be used with amazon elastic container registry',
      'is not a valid repository uri for amazon elastic container registry',
      'error: unable to retrieve credentials',
      'failed to resolve credential:',
      // go-containerregistry's older keychain (kaniko, bazel's rules_docker,
      // crane): docs/registries.md §13h
      ['invoking docker-credential-', 'exit status']
    ],
    source:
      'docs/registries.md §13o (f): awslabs/amazon-ecr-credential-helper ecr-login/ecr.go "Error parsing the serverURL" (run by the kubelet as an image credential provider, which sends it a CredentialProviderRequest: awslabs/amazon-ecr-credential-helper#616); docs/registries.md §13a (b): nomad\'s docker driver "Failed to find docker auth for repo" (hashicorp/nomad#7357); docker-compose v1/docker-py "Command \'[\'docker-credential-pass\', \'get\']\' returned non-zero exit status 1." (docker/docker-credential-helpers#217); oras-go registry/remote/credentials/internal/executer ("credentials store is configured to `desktop.exe` but Docker Desktop seems not running"), registry/remote/auth/client.go ("failed to resolve credential: …"); awslabs/amazon-ecr-credential-helper ecr-login/api/client.go ("docker-credential-ecr-login can only be used with Amazon Elastic Container Registry."); containers/image pkg/docker/config ("reading JSON file %q: unmarshaling JSON at %q: …", podman-container-tools/podman#1457, podman-container-tools/container-libs#244); helm 3.13 "Error: unable to retrieve credentials" (helm/helm#12476); go-containerregistry pkg/authn helper.go (2018–2019) "invoking %s: %v; output: %s" (bazelbuild/rules_docker#1175: "invoking docker-credential-gcloud: exit status 1; output: ", docs/registries.md §13h)'
  },
  {
    // docs/registries.md §13a (c): a client that found no credential at all
    id: 'CLI013',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      'basic credential not found',
      'missing username or password for basic auth',
      'missing username or password for bearer auth',
      'perhaps you should set a credential helper name with the configuration',
      'build image failed, perhaps you should set a credential helper name'
    ],
    source:
      'docs/registries.md §13a (c): oras-go registry/remote/auth/client.go (ErrBasicCredentialNotFound "basic credential not found", "missing username or password for basic auth", "… for bearer auth"; helm 3.14+ and oras use it); jib HelpfulSuggestions.forNoCredentialHelpersDefined "Build image failed, perhaps you should set a credential helper name with the configuration \'from.credHelper\' or from.auth" (GoogleContainerTools/jib#758)'
  },
  {
    // helm registry login (and other Go prompts) with no username and no
    // terminal: the prompt read end-of-file. Before NET001's ': eof'
    id: 'CLI014',
    diagnosis: 'missing-credentials',
    case: 'username',
    match: ['username: error: eof'],
    source:
      'docs/registries.md §13a (c): helm registry login without --username in a job ("command: /usr/bin/helm registry login registry.suse.com / Username: Error: EOF", suse-edge/edge-image-builder#355)'
  },
  {
    // containers/image (podman, skopeo, buildah): a 401 from the token
    // service is a refused credential, whatever the registry's words; before
    // QUAY005, which reads Quay's words as a refused push
    id: 'CLI015',
    diagnosis: 'invalid-credentials',
    match: [
      [
        'unable to retrieve auth token: invalid username/password',
        'access to the requested resource is not authorized'
      ]
    ],
    source:
      'docs/registries.md §13a (d): containers/image docker/errors.go ErrUnauthorizedForCredentials "unable to retrieve auth token: invalid username/password: %s" around the registry\'s 401 (Quay: "unauthorized: access to the requested resource is not authorized", docs/registries.md §3)'
  },
  {
    // docker push of a tag that was never built or tagged on this runner:
    // the CLI's words, before MIS002 (the name may well be docker.io/…)
    id: 'LOOK008',
    diagnosis: 'not-a-login-failure',
    match: ['an image does not exist locally with the tag'],
    source:
      'moby distribution/push.go: "An image does not exist locally with the tag: <name>" (docker push of a name with no local image: dotnet/core#5671, docker/docs#13093 with docker-compose push, developerasun/myCodeBox-backend#90)',
    what: 'no local image has the name being pushed: build it or docker tag it under exactly that name before the push'
  },
  // docs/registries.md §13hh: tools' own words, mined from their sources
  {
    // a CI plugin that ran with no credential before a refused push
    id: 'CLI055',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['guest mode enabled'],
    source:
      'docs/registries.md §13hh (a): drone-plugins/drone-docker docker.go, "Registry credentials or Docker config not provided. Guest mode enabled." (older: "Registry credentials not provided. Guest mode enabled.") when the plugin got no username, password, config or token: the secrets were not passed to it (drone-plugins/drone-docker#120, harness/harness#2768)'
  },
  {
    id: 'CLI056',
    diagnosis: 'missing-credentials',
    case: 'base-image-connector',
    match: [['username cannot be empty', 'base image connector']],
    source:
      'docs/registries.md §13hh (a): drone-plugins/drone-docker docker.go, "Username cannot be empty. The base image connector requires authenticated access. …"'
  },
  {
    id: 'CLI057',
    diagnosis: 'missing-credentials',
    case: 'base-image-connector',
    match: [['password cannot be empty', 'base image connector']],
    source:
      'docs/registries.md §13hh (a): drone-plugins/drone-docker docker.go, "Password cannot be empty. The base image connector requires authenticated access. …"'
  },
  {
    // a registry_auth block pointing at a docker config no login wrote
    id: 'CLI058',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['could not open config file from filepath'],
    source:
      'docs/registries.md §13hh (b): kreuzwerker/terraform-provider-docker internal/provider/provider.go, "Error loading registry auth config: could not open config file from filePath: /home/ubuntu/.docker/config.json. Error: open …: no such file or directory" (edgelesssys/constellation#957)'
  },
  {
    id: 'CLI059',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['could not find the `$home/.docker/config.json`'],
    source:
      'docs/registries.md §13hh (c): bazel-contrib/rules_oci oci/private/authn.bzl NO_CONFIG_FOUND_ERROR, "Could not find the `$HOME/.docker/config.json` and `$XDG_RUNTIME_DIR/containers/auth.json` file … Running one of `podman login`, `docker login`, `crane login` may help."'
  },
  {
    id: 'CLI060',
    diagnosis: 'missing-credentials',
    case: 'dependency-bot',
    match: ['private_source_authentication_failure'],
    source:
      'docs/registries.md §13hh (d): dependabot/dependabot-core common/lib/dependabot/errors.rb, error type private_source_authentication_failure (PrivateSourceAuthenticationFailure, raised by the docker update checker on the registry\'s 401/403), as its updater logs it, "Handled error whilst updating …: private_source_authentication_failure {:source=>"docker.elastic.co"}" (elastic/apm-agent-nodejs#4537): no registries entry in dependabot.yml for the host'
  },
  {
    id: 'CLI061',
    diagnosis: 'registry-unreachable',
    match: ['the following source timed out', 'private_source_timed_out'],
    source:
      'docs/registries.md §13hh (d): dependabot/dependabot-core errors.rb PrivateSourceTimedOut, "The following source timed out: %s" (error type private_source_timed_out), raised on an open or read timeout to a registry'
  },
  {
    // Docker Desktop with sign-in enforced: its engine refuses pulls
    id: 'CLI062',
    diagnosis: 'missing-credentials',
    case: 'desktop-sign-in',
    match: ["please run 'docker login'"],
    source:
      'docs/registries.md §13hh (e): Docker Desktop\'s engine when an organization enforces sign-in (docs.docker.com, "Enforce sign-in"): "Error response from daemon: Please run \'docker login\'" (daytonaio/daytona#1348, testcontainers/testcontainers-go#1306)'
  },
  {
    // before NET001's ': eof'
    id: 'CLI063',
    diagnosis: 'invalid-credentials',
    match: ['incorrect or mismatched registry credentials'],
    source:
      'docs/registries.md §13hh (f): pulumi/pulumi-docker provider/image.go processLogLine, "EOF\\n: This error is most likely due to incorrect or mismatched registry credentials. Please double check you are using the correct credentials and registry name" (pulumi/pulumi-docker#485: an ECR token of one account used for another account\'s registry)'
  },
  {
    id: 'CLI064',
    diagnosis: 'token-expired',
    // with its anonymous retry refused too: alone, the line is printed
    // before a retry that may well succeed (attack-18 repro-04)
    match: [
      [
        'may be expired. attempting request anonymously',
        'failed to fetch bearer token'
      ]
    ],
    source:
      'docs/registries.md §13hh (g): devcontainers/cli src/spec-configuration/httpOCIRegistry.ts, "[httpOci] 403: Credentials for \'ghcr.io\' may be expired. Attempting request anonymously." when the stored credential is refused (microsoft/vscode-remote-release#8449: an expired personal access token)'
  },
  {
    id: 'CLI065',
    diagnosis: 'registry-unreachable',
    case: 'not-a-registry',
    match: ['server did not provide instructions to authent'],
    source:
      "docs/registries.md §13hh (g): devcontainers/cli httpOCIRegistry.ts, \"[httpOci] ERR: Server did not provide instructions to authentiate! (Required: A 'WWW-Authenticate' Header)\": a 401 or 403 with no challenge is no registry's answer (a proxy's, a firewall's)"
  },
  {
    id: 'CLI066',
    diagnosis: 'registry-unreachable',
    match: [
      'docker registry failure: internal error',
      'error connecting to docker registry'
    ],
    source:
      'docs/registries.md §13hh (h): renovatebot/renovate lib/modules/datasource/docker/index.ts: "docker registry failure: internal error" for a 5xx, "Error connecting to docker registry" for ETIMEDOUT or ERR_TLS_CERT_ALTNAME_INVALID'
  },
  {
    id: 'CLI067',
    diagnosis: 'missing-credentials',
    case: 'dependency-bot',
    match: ['docker registry failure: unauthorized'],
    source:
      'docs/registries.md §13hh (h): renovatebot/renovate docker datasource, "docker registry failure: unauthorized" for Docker Hub\'s 401 to a tags list: a private (or missing) repository read without a hostRules entry'
  },
  {
    // docs/registries.md §13nn (e): podman, buildah and skopeo login could
    // not create the folder of their auth file
    id: 'CLI073',
    diagnosis: 'credential-store-error',
    case: 'auth-file',
    // the folder itself (`/run/containers/<uid>`, `<XDG_RUNTIME_DIR>/containers:`),
    // not rootful podman's storage under it (attack-22 repro-05)
    match: [
      'mkdir /run/containers/0',
      'mkdir /run/containers/1',
      'mkdir /run/containers/2',
      'mkdir /run/containers/3',
      'mkdir /run/containers/4',
      'mkdir /run/containers/5',
      'mkdir /run/containers/6',
      'mkdir /run/containers/7',
      'mkdir /run/containers/8',
      'mkdir /run/containers/9',
      ['mkdir /run/user/', '/containers: ']
    ],
    source:
      'docs/registries.md §13nn (e): containers-auth.json(5) (the auth file in ${XDG_RUNTIME_DIR}/containers, else /run/containers/<uid>); "mkdir /run/containers/1000: permission denied" (dev16-quay-01), "error creating directory "/run/user/0/containers": mkdir /run/user/0/containers: no such file or directory" after `sudo su -` (dev19-quay-03)'
  },
  {
    // docs/registries.md §13ii (b): Azure Container Instances pulled with the container
    // group's own registry settings, which held no usable credential
    id: 'CLI071',
    diagnosis: 'missing-credentials',
    case: 'cloud-service',
    match: [
      ['in container group', 'is not accessible'],
      'inaccessibleimage',
      // docs/registries.md §13vv (b): the registry credential given with an
      // empty password
      ['invalidimageregistrypassword', 'cannot be empty']
    ],
    source:
      "docs/registries.md §13ii (b): Azure Container Instances' InaccessibleImage, \"The image '<image>' in container group '<group>' is not accessible. Please check the image and registry credential.\" (learn.microsoft.com, Container Instances troubleshooting: the group's imageRegistryCredentials, or a managed identity with AcrPull); docs/real-texts.md dev15-acr-02, dev15-acr-04, dev15-acr-05: no imageRegistryCredentials, a DefaultAzureCredential the service does not use, a wrong registry or image name; its InvalidImageRegistryPassword, \"The password in the 'imageRegistryCredentials' of container group 'test' cannot be empty.\" (docker compose up in an ACI context with a private ACR and no login, docs/real-texts.md dev85-acr-01; docs/registries.md §13vv (b))"
  },
  {
    // docs/registries.md §13oo (e): Azure Machine Learning's compute
    // pulled the environment image with the workspace's own registry
    // credential (the admin user, or the compute's managed identity)
    id: 'CLI074',
    diagnosis: 'missing-credentials',
    case: 'cloud-service',
    match: [
      'could not authenticate with the docker registry to pull the image'
    ],
    source:
      'docs/registries.md §13oo (e): Azure Machine Learning, "Failed to pull Docker image <acr>.azurecr.io/azureml/azureml_… This error may occur because the compute could not authenticate with the Docker registry to pull the image. If using ACR please ensure the ACR has Admin user enabled or a Managed Identity with `AcrPull` access to the ACR is assigned to the compute." (Azure/azureml-examples#3463, dev20-acr-01: serverless compute, admin user disabled); the compute needs the admin user or an identity with AcrPull (Azure/AML-Kubernetes#273; a compute cluster with its system-assigned identity, MicrosoftLearning/mslearn-dp100#77)'
  },
  {
    // docs/registries.md §13oo (g): Azure Container Instances' own code for
    // an error the registry answered its pull with: nothing said of the
    // credential (Docker Hub limiting the service's anonymous pulls, an
    // outage); before the generic wordings
    id: 'CLI075',
    diagnosis: 'registry-unreachable',
    match: [
      'an error response is received from the docker registry',
      'registryerrorresponse'
    ],
    source:
      'docs/registries.md §13oo (g): Azure Container Instances, "(RegistryErrorResponse) An error response is received from the docker registry \'index.docker.io\'. Please retry later." on az container create (Azure/azure-cli#29300, 2024-07, dev22-docker-hub-04, labelled rate-limited with registry-unreachable accepted: a private and a public image alike; Azure/azure-cli#30915, a container group whose Docker Hub login then got another error)'
  },
  {
    id: 'CLI068',
    diagnosis: 'insufficient-scope',
    match: ['unauthorized response with freshly acquired auth token'],
    source:
      'docs/registries.md §13hh (i): cue-labs/oci ociregistry/ociauth/auth.go: a 401 right after the token service issued a token is returned as DENIED "unauthorized response with freshly acquired auth token": the token was issued, the repository refused it'
  }
]

/**
 * Generic wordings: HTTP statuses, distribution's error codes and network
 * failures as the CLI prints them. They come last: only when no registry's
 * own wording matched.
 */
export const GENERIC_RULES: readonly TextRule[] = [
  // Texts that read like a refused login but are not one
  // (docs/registries.md §10): they come first of the generic ones.
  {
    // docs/registries.md §13hh (j): Watchtower's digest check failed and
    // it pulls instead; the pull's own error, if any, decides (judgeText
    // leaves these lines out where another line is there)
    id: 'LOOK024',
    diagnosis: 'not-a-login-failure',
    match: [
      'registry responded to head request with',
      ['could not do a head request for', 'falling back to regular pull']
    ],
    source:
      'docs/registries.md §13hh (j): containrrr/watchtower pkg/container/client.go and pkg/registry/digest/digest.go, "Could not do a head request for %q, falling back to regular pull." and "Reason: registry responded to head request with %q, auth: %q", a warning before a regular pull (containrrr/watchtower#1528 with 404, #964 with 401 and the credentials loaded; the maintainers: the HEAD path often fails without it mattering)',
    what: "Watchtower's digest check (a HEAD request) failed and it fell back to a regular pull: only a warning; if the pull failed, explain the pull's own error"
  },
  {
    // docs/registries.md §13qq (j): Docker Scout's own API refusing an
    // organization that is not enrolled; the registry logins worked
    id: 'LOOK025',
    diagnosis: 'not-a-login-failure',
    match: [
      ['could not list cves for the image', 'forbidden'],
      ['could not get repositories for org', '403 forbidden']
    ],
    source:
      'docs/registries.md §13qq (j): Docker Scout\'s API, "could not list CVEs for the image: API operation failed: Message: Not allowed, … code:DOWNSTREAM_SERVICE_ERROR status:FORBIDDEN" (docker/scout-action#51: the organization was not enrolled) and "could not get repositories for org <org>: could not list skills: failed to list integration configurations: 403 403 Forbidden" (docker/scout-cli#83: `docker scout enroll <org>` fixed it)',
    what: "Docker Scout's API refused the organization, which is not enrolled in Docker Scout: run docker scout enroll <org>; the registry logins worked"
  },
  {
    // docs/registries.md §13qq (j): Snyk's own login (snyk auth), not a
    // registry's credential
    id: 'LOOK026',
    diagnosis: 'not-a-login-failure',
    match: ['snyk-0005'],
    source:
      'docs/registries.md §13qq (j): the Snyk CLI\'s "Authentication error (SNYK-0005) Authentication credentials not recognized, or user access is not provisioned. … Use `snyk auth` to authenticate." (cloudnative-pg/postgres-containers#327, a scan job whose Snyk token was not set)',
    what: "the Snyk CLI's own login failed (SNYK-0005): set SNYK_TOKEN or run snyk auth; the registry login is not involved"
  },
  {
    // docs/registries.md §13rr (g): Apptainer/SingularityCE looking an
    // image up in the Sylabs library (library://, or a reference given
    // without docker://), not in a docker registry
    id: 'LOOK027',
    diagnosis: 'not-a-login-failure',
    match: [
      ['while pulling library image', 'not found'],
      ['while pulling library image', 'does not exist in the library']
    ],
    source:
      'docs/registries.md §13rr (g): apptainer and singularity cmd/internal/cli/pull.go, sylog.Fatalf("While pulling library image: %v", err) for a library:// reference (found through the code index); "FATAL: While pulling library image: image lolcow:latest (amd64) does not exist in the library" (the Singularity user guide); "… could not get image info: request did not succeed: UNAUTHORIZED: project quay.io not found" for `singularity pull quay.io/…` without docker:// (docs/real-texts.md dev31-quay-03)',
    what: "Apptainer/SingularityCE looked the image up in the Sylabs library: for a registry's image use docker://<image>, else check the library name"
  },
  {
    // docs/registries.md §13ss (c): Lambda refusing an image's media type
    // (an image index with attestations): the image, not the login
    id: 'LOOK029',
    diagnosis: 'not-a-login-failure',
    match: [['media type for the source image', 'is not supported']],
    source:
      'docs/registries.md §13ss (c): AWS Lambda, "The image manifest, config or layer media type for the source image <account>.dkr.ecr.us-east-1.amazonaws.com/…:… is not supported. (Service: Lambda, Status Code: 400 …)" for an image pushed as an index with provenance attestations, deployed once built with --provenance=false (aws-samples/bedrock-chat#890, aws-samples/bedrock-access-gateway#206, serverless/serverless#12933); the Lambda developer guide, "Container image settings" (Lambda supports the Docker v2 schema 2 and OCI manifest formats)',
    what: "Lambda does not take this image's media type (an image index with provenance attestations): build it with --provenance=false and push it again"
  },
  {
    // docs/registries.md §13ss (d): Kaniko could not fetch its build
    // context from object storage, before any registry request
    id: 'LOOK030',
    diagnosis: 'not-a-login-failure',
    match: [['error resolving source context', 'accessdenied']],
    source:
      'docs/registries.md §13ss (d): Kaniko with --context=s3://…, "Error: error resolving source context: AccessDenied: Access Denied status code: 403, request id: …, host id: …" (S3\'s refusal of the pod\'s access to the bucket; GoogleContainerTools/kaniko#2476); Kaniko\'s README, "Kaniko Build Contexts" (S3, GCS and Azure Blob Storage contexts read with the cloud\'s own credentials)',
    what: 'Kaniko could not read its build context from object storage (AccessDenied), before any registry request: give its cloud credentials read access to the bucket'
  },
  {
    // docs/registries.md §13tt (c): the Kubernetes API's RBAC refusal of a
    // service account: a cluster role, not a registry
    id: 'LOOK031',
    diagnosis: 'not-a-login-failure',
    match: [
      'forbidden (user=system:serviceaccount:',
      ['is forbidden: user "system:serviceaccount:', 'cannot ']
    ],
    source:
      'docs/registries.md §13tt (c): the Kubernetes API server\'s authorization refusal, "<resource> is forbidden: User "system:serviceaccount:<ns>:<name>" cannot <verb> resource …" (kubernetes.io "Using RBAC Authorization"), and the kubelet\'s "Forbidden (user=system:serviceaccount:amazon-cloudwatch:cloudwatch-agent-cluster-scraper, verb=get, resource=nodes, subresource(s)=[pods proxy])" to the CloudWatch agent, fixed by the cluster role (aws-observability/helm-charts#290)',
    what: 'the Kubernetes API refused a service account an RBAC permission: grant it with a Role or ClusterRole and its binding; no registry is involved'
  },
  {
    // docs/registries.md §13tt (c): curl --fail refused inside a build
    // step: the RUN's own request, not the registry's (before FB033)
    id: 'LOOK032',
    diagnosis: 'not-a-login-failure',
    match: [
      [
        'curl: (22) the requested url returned error: 4',
        'did not complete successfully'
      ],
      [
        'curl: (22) the requested url returned error: 4',
        'returned a non-zero code'
      ]
    ],
    source:
      'docs/registries.md §13tt (c): curl --fail\'s "curl: (22) The requested URL returned error: 401" (libcurl-errors, CURLE_HTTP_RETURNED_ERROR) in a RUN step, then BuildKit\'s "process "/bin/sh -c curl …" did not complete successfully: exit code: 22" or the classic builder\'s "The command \'/bin/sh -c curl …\' returned a non-zero code: 22": the build\'s own request to a web service (attack-32 repro-05)',
    what: 'a curl request in a build step got a 4xx answer from the service it called: fix that request (its URL or credential); the registry login is not involved'
  },
  {
    // docs/registries.md §13tt (e): containers/image asked for one image
    // and given an index it cannot choose from
    id: 'LOOK033',
    diagnosis: 'not-a-login-failure',
    match: [
      'unexpectedly received a manifest list instead of a manifest for a single image'
    ],
    source:
      'docs/registries.md §13tt (e): containers/image, "copying system image from manifest list: Unexpectedly received a manifest list instead of a manifest for a single image" (podman, skopeo) for an image index it could not resolve to one image (goauthentik/authentik#25239): the image\'s index, not a login',
    what: "the client got a manifest list (a multi-platform index) where it needed one image's manifest: refer to a single platform's image, e.g. by its digest"
  },
  {
    // docs/registries.md §13tt (e): docker refusing an image of the
    // deprecated v1 or schema 1 format
    id: 'LOOK034',
    diagnosis: 'not-a-login-failure',
    match: ['docker image manifest version 2, schema 1 support is disabled'],
    source:
      'docs/registries.md §13tt (e): moby\'s "[DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is disabled by default and will be removed in an upcoming release. Suggest the author of docker.io/radial/busyboxplus:curl to upgrade the image to the OCI Format or Docker Image manifest v2, schema 2." (docs.docker.com/go/deprecated-image-specs/; a tutorial\'s curl image, kubernetes/website#51003)',
    what: 'the image is in the deprecated v1 or manifest v2 schema 1 format, which docker no longer pulls by default: use an image in OCI or manifest v2 schema 2 format'
  },
  {
    // docs/registries.md §13tt (e): a database's own refusal of its
    // client, not a registry's
    id: 'LOOK035',
    diagnosis: 'not-a-login-failure',
    match: [
      'db::exception: ',
      'microsoft.azure.cosmos.cosmosexception',
      ['when writing to [http', ']: 401 unauthorized']
    ],
    source:
      'docs/registries.md §13tt (e): ClickHouse\'s "<Error> Access(user directories): … Authentication failed: Code: 195. DB::Exception: Connections from … are not allowed. (IP_ADDRESS_NOT_ALLOWED)" to its operator\'s user (Altinity/clickhouse-operator#1145); the Cosmos DB emulator\'s "Microsoft.Azure.Cosmos.CosmosException : Response status code does not indicate success: Unauthorized (401)" (Azure/azure-cosmos-db-emulator-docker#105); Telegraf\'s "When writing to [http://influxdb:8086]: 401 Unauthorized" from an InfluxDB 2.x that wants a token (intel/pcm#283)',
    what: "a database refused its own client (e.g. ClickHouse, Cosmos DB, InfluxDB): fix that client's database credentials or access rules; no registry is involved"
  },
  {
    id: 'LOOK001',
    diagnosis: 'not-a-login-failure',
    case: 'manifest-unknown',
    match: [
      'manifest unknown',
      // the daemon's own words for it, the registry's code cut off
      // (docs/registries.md §13qq (d))
      ['error response from daemon: manifest for', 'not found'],
      // containerd's resolver, a manifest's 404 (docs/registries.md §13rr (p))
      ['failed to resolve reference', ': not found'],
      // docker manifest create/inspect of an image the registry lacks
      // (docs/registries.md §13tt (c))
      'no such manifest: ',
      // docker 1.x's words for a tag the repository lacks (§13tt (e))
      ['tag ', ' not found in repository ']
    ],
    source:
      'distribution error code MANIFEST_UNKNOWN "manifest unknown" (opencontainers/distribution-spec, Error Codes); the docker daemon\'s "Error response from daemon: manifest for <image>:<tag> not found" (a tag the repository lacks: docs/real-texts.md dev3-not-login-02; an image of another account, SageMaker\'s "Cannot pull algorithm container": aws-samples/aws-sagemaker-build#28; docs/registries.md §13qq (d)); containerd\'s resolver, "failed to resolve reference "<ref>": <ref>: not found" (core/remotes/docker/resolver.go: a 404 to the manifest\'s HEAD, ErrNotFound), for a tag not published (docs/real-texts.md dev25-quay-01, dev28-not-login-02, dev34-not-login-01; docs/registries.md §13rr (p)); docker manifest\'s "no such manifest: <ref>" (docker/cli cli/command/manifest), GoReleaser\'s docker_manifests stage creating a list of per-platform images never pushed, "failed to create quay.io/authzed/spicedb:v1.1.1-devel: exit status 1: no such manifest: quay.io/authzed/spicedb:v1.1.1-devel-amd64" (goreleaser/goreleaser#2606; docs/registries.md §13tt (c)); docker 1.x\'s "Tag v2 not found in repository gcr.io/google_containers/guestbook", as a kubelet quoted it under "this may be because there are no credentials on this request" (kubernetes/kubernetes#23584; docs/registries.md §13tt (e))'
  },
  {
    id: 'LOOK002',
    diagnosis: 'not-a-login-failure',
    case: 'platform',
    match: [
      'no matching manifest for',
      'does not match the detected host platform',
      'does not match the specified platform',
      'no match for platform in manifest',
      // containers/image (skopeo, podman, Longhorn's image bundler) choosing
      // from a manifest list (docs/registries.md §13uu (b))
      'no image found in manifest list for architecture'
    ],
    source:
      'docker pull or run of an image without the runner\'s platform (moby: "no matching manifest for linux/arm64/v8 in the manifest list entries"; "image with reference … was found but does not match the specified platform", docker/for-linux#1170, Hostwiki/wikijs-sitemap#4; containerd store: "no match for platform in manifest: not found", docker/for-mac#6356); containers/image copy\'s "choosing an image from manifest list docker://…: no image found in manifest list for architecture arm64, variant "", OS linux" when a list has no entry for the platform (Longhorn\'s image bundler, docs/real-texts.md dev58-not-login-02; docs/registries.md §13uu (b))'
  },
  {
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure',
    case: 'filesystem',
    match: [
      'permission denied while trying to connect to the docker daemon socket',
      // docker 29 names the API, not the socket
      'permission denied while trying to connect to the docker api',
      'eacces: permission denied',
      '[errno 13] permission denied',
      // §13nn (f): the runtime's own storage on the runner, before or after
      // any registry request (podman's image store, a layer's extraction)
      ['mkdir /var/lib/containers/', 'permission denied'],
      // docs/registries.md §13aac (c): docker's certs.d directory for the
      // registry, unreadable to the user (helm registry login, dev120)
      ['open /etc/docker/certs.d/', 'permission denied'],
      // rootful podman's run-time storage (attack-22 repro-05)
      ['/containers/storage', 'permission denied'],
      ['error processing tar file', 'permission denied'],
      // docker-py (Ansible's docker_login, SDK users) refused the daemon's
      // socket: §13oo (h)
      ['error while fetching server api version', 'permissionerror(13'],
      // the same refusal where the caller logs the exception alone
      // (Airflow's DockerOperator: docs/registries.md §13qq (d))
      ["('connection aborted.', permissionerror(13"],
      [
        'error while fetching server api version',
        "error(13, 'permission denied')"
      ],
      // Kaniko's own filesystem in its pod, a user or a capability short
      // (docs/registries.md §13ss (d))
      ['error building image', 'mkdir /kaniko/', 'permission denied'],
      ['error building image', 'chmod /', 'operation not permitted'],
      ['error building image', 'unlinkat /', 'permission denied'],
      ['error resolving dockerfile path', 'open /kaniko/', 'permission denied'],
      // Mono's Process.Start refused in a container (§13tt (d))
      ['win32exception', 'native error= access denied'],
      // the JDK's file-system refusal (Eclipse Che's workspace folder,
      // §13uu (b))
      'java.nio.file.accessdeniedexception',
      // Haskell's (pandoc), Ruby's and .NET's words for it (§13uu (c))
      'openbinaryfile: permission denied',
      'openfile: permission denied',
      'permission denied @ ',
      'system.unauthorizedaccessexception: access to the path',
      // apt's errno in parentheses, as it prints it (§13uu (f))
      '(13: permission denied)'
    ],
    source:
      "Kaniko run as a non-root user or without DAC_OVERRIDE (docs/registries.md §13ss (d)): \"error building image: error building stage: chmod /bin: operation not permitted\" (GoogleContainerTools/kaniko#464), \"error building image: mkdir /kaniko/0/go: permission denied\" (#1171), \"error resolving dockerfile path: copying dockerfile: creating file: open /kaniko/Dockerfile: permission denied\" (#1363), \"… unlinkat //bin/sh: permission denied\" (#3135); docker CLI without access to /var/run/docker.sock (docker 29: chrisjbawden/cockpit-dockermanager#37); Node.js EACCES errors; Python PermissionError in a container on a mounted volume (jim60105/docker-whisperX#31, Arize-ai/phoenix#3187); docker-py, \"Error while fetching server API version: ('Connection aborted.', PermissionError(13, 'Permission denied'))\" for a user outside the docker group (docker/docker-py#2717, delimitrou/DeathStarBench#337; Python 2: \"error(13, 'Permission denied')\", ansible/ansible-container#761; dev21-not-login-01, Ansible's docker_login); the exception alone, \"ERROR - ('Connection aborted.', PermissionError(13, 'Permission denied'))\", as Airflow's DockerOperator logs it (bitnami/bitnami-docker-airflow#17); Mono's Process.Start refused an executable, \"Win32Exception: ApplicationName='…/sdkmanager', CommandLine='--list', CurrentDirectory='…', Native error= Access denied\" in a Unity build container whose SDK tools were not executable (game-ci/unity-builder#167; docs/registries.md §13tt (d)); the JDK's java.nio.file.AccessDeniedException for a path the process may not write, \"[ERROR] java.nio.file.AccessDeniedException: /home/user/che/workspaces/…\" after an image built (docs/real-texts.md dev61-not-login-02; docs/registries.md §13uu (b)); pandoc's \"pandoc: TOC.md: openBinaryFile: permission denied (Permission denied)\", Ruby's \"Error: Permission denied @ dir_s_mkdir - /src/jekyll/_site\", .NET's \"System.UnauthorizedAccessException: Access to the path '/app/elastic' is denied.\" in documentation images (docs/real-texts.md dev63-not-login-01, 02, 07; docs/registries.md §13uu (c)); apt's \"E: List directory /var/lib/apt/lists/partial is missing. - Acquire (13: Permission denied)\" when a Dockerfile's apt runs as an unprivileged user (docs/real-texts.md dev71-not-login-07; §13uu (f))"
  },
  {
    // docs/registries.md §13uu (b): a shell, a file utility or QEMU refused
    // a file by its mode, on one line (a registry's own "Permission denied"
    // stands on another: attack-34 repro-01)
    id: 'LOOK036',
    diagnosis: 'not-a-login-failure',
    case: 'filesystem',
    sameLine: true,
    match: [
      ['/bin/sh: ', ': permission denied'],
      ['bash: ', ': permission denied'],
      ['tee: ', ': permission denied'],
      ['mkdir: cannot create directory', ': permission denied'],
      ['touch: cannot touch', ': permission denied'],
      ["could not open '", "': permission denied"],
      // Go's os.PathError for a folder a static site generator could not
      // make in a mounted one (§13uu (c)); not `open /…`, which docker's
      // own config.json gives too
      ['mkdir /', ': permission denied']
    ],
    source:
      "docs/registries.md §13uu (b): the shell's own refusal to run a file without its execute bit, dash's \"/bin/sh: 1: ./loadgen.sh: Permission denied\" in a pod's log (docs/real-texts.md dev55-not-login-06), bash's \"bash: <file>: Permission denied\"; coreutils' tee, mkdir and touch (\"tee: /usr/share/opensearch/config/opensearch.yml: Permission denied\" in a container's entrypoint, dev57-not-login-03; \"mkdir: cannot create directory '…': Permission denied\", \"touch: cannot touch '…': Permission denied\", GNU coreutils mkdir.c, touch.c); QEMU's \"Could not open '/var/run/kubevirt-ephemeral-disks/disk-data/containerdisk/disk.qcow2': Permission denied\" for a KubeVirt container disk (dev58-not-login-06, dev58-not-login-07); Go's os.PathError, Hugo's \"Error: error building site: mkdir /src/resources/_gen/assets/sass: permission denied\" in a mounted site (dev63-not-login-05; §13uu (c))"
  },
  {
    // docs/registries.md §13vv (d): a repository setting refusing old manifests
    id: 'LOOK038',
    diagnosis: 'not-a-login-failure',
    match: ['manifest v2 schema 1 to this repository is blocked'],
    source:
      'docs/registries.md §13vv (d): JFrog Artifactory refusing schema 1 manifests for a repository (its "Block pushing of image manifest v2 schema 1" setting), "UNAUTHORIZED: Pushing Docker images with manifest v2 schema 1 to this repository is blocked" (docs/real-texts.md dev88-not-login-01): a repository setting, not the credential',
    what: 'the repository refuses images with manifest v2 schema 1 (a repository setting): push the image as manifest v2 schema 2 or OCI, or have the setting turned off'
  },
  {
    // docs/registries.md §13vv (d): a build step's own npm request refused
    id: 'LOOK039',
    diagnosis: 'not-a-login-failure',
    match: ['npm err! code e401', 'npm error code e401'],
    source:
      'docs/registries.md §13vv (d): npm\'s own registry refusing a build step\'s token, "npm ERR! code E401 / npm ERR! Unable to authenticate, your authentication token seems to be invalid." in a `RUN npm ci` (npm 9+: "npm error code E401"; docs/real-texts.md dev92-not-login-08)',
    what: "The npm registry refused a build step's token (E401, e.g. in RUN npm ci): fix the npm token the build uses; the registry login is not involved"
  },
  {
    // docs/registries.md §13vv (d): files the build could not read or write
    id: 'LOOK040',
    diagnosis: 'not-a-login-failure',
    case: 'filesystem',
    match: [
      '.token_seed: permission denied',
      ["error checking context: 'no permission to read from '"],
      // docs/registries.md §13vv (f)
      ['/.docker/buildx/', ': permission denied'],
      ['error from sender:', ': permission denied'],
      // docs/registries.md §13ww (d)
      ['unable to prepare context:', 'permission denied']
    ],
    source:
      'docs/registries.md §13vv (d): rootless BuildKit unable to write its token seed in a docker config directory root made, "failed to solve: rpc error: code = Unknown desc = open /.docker/.token_seed: permission denied" (docs/real-texts.md dev92-not-login-04); the build context unreadable, "error checking context: \'no permission to read from \'/root/snap/Dockerfile\'\'." (docs/real-texts.md dev92-not-login-05); buildx\'s own state under ~/.docker owned by another user, "ERROR: open /Users/…/.docker/buildx/activity/desktop-linux: permission denied" (docs/real-texts.md dev98-not-login-05), and the build context unreadable, "ERROR: error from sender: lstat /tmp/.mount_jetbraxn9mWC: permission denied" (docs/real-texts.md dev98-not-login-06; docs/registries.md §13vv (f)); the build context unreadable to a snap-packaged docker, "unable to prepare context: unable to evaluate symlinks in context path: lstat /home/…: permission denied" (docs/real-texts.md dev104-not-login-06; docs/registries.md §13ww (d))'
  },
  {
    // docs/registries.md §13vv (f): a build step's wget refused
    id: 'LOOK041',
    diagnosis: 'not-a-login-failure',
    match: ['http request sent, awaiting response... 4'],
    source:
      'docs/registries.md §13vv (f): wget\'s own status line for a download a build step made, "HTTP request sent, awaiting response... 401 Unauthorized / Username/Password Authentication Failed. The command \'/bin/sh -c wget https://github.com/…\' returned a non-zero code: 6" (docs/real-texts.md dev98-not-login-10) and "… 403 Forbidden / ERROR 403: Forbidden." (docs/real-texts.md dev98-not-login-11)',
    what: 'a wget download in a build step got a 4xx answer from its server: fix that download (its URL or credential); the registry login is not involved'
  },
  {
    // docs/registries.md §13vv (f): content trust refused an unsigned image
    id: 'LOOK042',
    diagnosis: 'not-a-login-failure',
    match: ['the image is not signed in notary'],
    source:
      'docs/registries.md §13vv (f): Harbor\'s project-level content trust refusing an unsigned image, "Error response from daemon: unknown: The image is not signed in Notary." (docs/real-texts.md dev95-not-login-03): a project setting, not the credential',
    what: "the registry's content trust policy refuses an image not signed in Notary (e.g. a Harbor project's setting): sign the image, or turn the policy off"
  },
  {
    // docs/registries.md §13uu (c): a public mirror refusing an image it
    // does not carry, in a pull error's words (before LOOK004)
    id: 'NET020',
    diagnosis: 'registry-unreachable',
    case: 'mirror-allowlist',
    match: ['this image is not in the allowlist'],
    source:
      'docs/registries.md §13uu (c): DaoCloud\'s public image mirror (ghcr.m.daocloud.io and the other *.m.daocloud.io hosts) serves only the images on its allowlist and answers any other "denied: 🚫 这镜像不在白名单. this image is not in the allowlist. 📦 https://github.com/DaoCloud/public-image-mirror/issues/2328", which docker prints as a pull access denied (docs/real-texts.md dev67-generic-01): the mirror answered, not the registry behind it'
  },
  {
    // a pull, which says "repository does not exist" for a missing and for
    // a private repository alike; a push with the same words is REG001's
    id: 'LOOK004',
    diagnosis: 'repository-not-found',
    match: [
      ['pull access denied', 'repository does not exist or may require'],
      'does not exist or no pull access',
      // moby's translatePullError cut short, or as compose v2 lists it
      // (docs/registries.md §13tt (d))
      'pull access denied for ',
      // its second half alone, as a post quotes it (§13tt (e))
      "repository does not exist or may require 'docker login'",
      // docs/registries.md §13vv (b): the daemon's log of the errors it
      // turns into those words
      [
        'not continuing with pull after error',
        'denied: requested access to the resource is denied',
        'unauthorized: authentication required'
      ]
    ],
    source:
      'moby: "pull access denied for <r>, repository does not exist or may require \'docker login\'" (docker/for-win#9562, wukongdaily/DockerTarBuilder#11); containerd/BuildKit: "pull access denied, repository does not exist or may require authorization" (COSCUP/COSCUP-Volunteer#36, rexray/rexray#1379); older: "not found: does not exist or no pull access" (moby/moby#30498); its first words alone, as posts cut it ("pull access denied for unityci/editor-ubuntu-…)", game-ci/unity-builder#562; "… for robosub-ros, respository does not exist …", DukeRobotics/robosub-ros#104) and as docker compose v2 lists a service\'s pull ("elasticsearch Warning pull access denied for elastdocker/elasticsearch", docs/real-texts.md dev36-docker-hub-05; docs/registries.md §13tt (d)); its second half alone in a post\'s prose, "… repository does not exist or may require \'docker login\': denied: requested access to the resource is denied." for a misspelt image name (CrunchyData/postgresql-prometheus-adapter#12; docs/registries.md §13tt (e)); the daemon\'s own log of the two errors it turns into "pull access denied", "level=error msg="Not continuing with pull after error: errors: denied: requested access to the resource is denied / unauthorized: authentication required"" (the log\'s line breaks as " / ") (moby distribution/pull.go; a Swarm stack\'s pull of a private registry.gitlab.com image, docs/real-texts.md dev82-gitlab-06; docs/registries.md §13vv (b))'
  },
  {
    // docs/registries.md §13ss (c): docker 1.x's pull of a repository it
    // could not read: missing, or private to a pull with no login (the
    // v1 registry answered both alike)
    id: 'LOOK028',
    diagnosis: 'repository-not-found',
    match: [['error: image ', ' not found']],
    source:
      'docs/registries.md §13ss (c): docker 1.x, "Pulling repository prv.private.registry/elasticsearch-qa" then "Error: image elasticsearch-qa not found" from a systemd unit that ran without the user\'s .dockercfg (coreos/bugs#1737), the same for a private Docker Hub repository (coreos/coreos-vagrant#189), "Error: image bj03_project_private/deploy_jobservice not found" for a private Harbor project before any docker login (goharbor/harbor#525), and earlier sets\' (hashicorp/nomad#2003, apocas/dockerode#199, sameersbn/docker-gitlab-ci-multi-runner#14)'
  },
  {
    // docs/registries.md §13l (g): a pull answered 404 by a web page: the
    // name pulled is not served there; a login's 404 on /v2/ is NET004's
    id: 'LOOK015',
    diagnosis: 'repository-not-found',
    match: [
      ['docker pull ', 'error parsing http 404 response body'],
      ['pulling docker image', 'error parsing http 404 response body'],
      ['failed to pull image', 'error parsing http 404 response body']
    ],
    source:
      'moby: "error parsing HTTP 404 response body: invalid character \'<\' …" or "unexpected end of JSON input" for a pull the server answered 404 with no registry error (its web page): GitLab\'s Dependency Proxy for an image it cannot serve and under a user namespace, which has none (docs/registries.md §13l (g): gitlab.com/gitlab-org/gitlab#390163, #342397)'
  },
  {
    // docs/registries.md §13t (g): the registry serves that path, but not
    // as a Docker v2 repository
    id: 'LOOK020',
    diagnosis: 'repository-not-found',
    match: ['does not support docker api version v2'],
    source:
      "docs/registries.md §13t (g): JFrog Bintray's registry answering a pull of an old path \"ERROR: unauthorized: Repository '/jfrog/registry' does not support Docker API version v2\" (spring-attic/spring-cloud-pipelines#69: the image had moved to docker.bintray.io/jfrog/…)"
  },
  {
    // docs/registries.md §13cc (b): the Docker daemon refused to create a
    // container (a CI service's daemon that forbids privileged ones)
    id: 'LOOK023',
    diagnosis: 'not-a-login-failure',
    match: [
      [
        "docker api call to '",
        "/containers/create' failed with status code 403"
      ]
    ],
    source:
      'docs/registries.md §13cc (b): Spring Boot\'s build-image, "Docker API call to \'localhost:2375/v1.24/containers/create\' failed with status code 403 "Forbidden"" on Bitbucket Pipelines, whose daemon forbids the container the buildpack lifecycle needs (spring-projects/spring-boot#25606, docs/real-texts.md dev13-not-login-01)',
    what: "the Docker daemon refused to create a container (a CI service's daemon that forbids it, e.g. a privileged one): run the step where the daemon allows it"
  },
  {
    // docs/registries.md §13v (f): the docker CLI's usage error: the
    // command line was malformed, nothing reached a registry
    id: 'LOOK021',
    diagnosis: 'not-a-login-failure',
    match: ['" requires exactly 1 argument', '" requires at least 1 argument'],
    source:
      'docs/registries.md §13v (f): docker/cli cli/required.go ExactArgs and RequiresMinArgs, ""docker pull" requires exactly 1 argument." for a tag with a space (App Service pulling "node-todo:latest (2 months ago)", microsoft/vscode-docker#207)',
    what: "the docker command line is malformed (a wrong number of arguments, e.g. an image reference with a space in it): fix the command's arguments"
  },
  {
    id: 'LOOK005',
    diagnosis: 'not-a-login-failure',
    case: 'actions-cache',
    match: [
      // the cache's blob storage refusing a read during the push
      ['blob.core.windows.net/actions-cache', '403'],
      // cache export to the v1 cache service
      ['error writing layer blob', 'artifactcache'],
      ['error writing layer blob', 'failed to reserve cache'],
      // BuildKit's step for cache-to: type=gha; it runs after the push
      ['exporting to github actions cache', 'error'],
      // cache-to: gha without type= names the image docker.io/library/gha
      'library/gha:pull,push'
    ],
    source:
      'BuildKit type=gha cache: docker/bake-action#313 (403 AuthenticationFailed from …blob.core.windows.net/actions-cache during "failed to push"), CERT-Polska/mwdb-core#515, docker/build-push-action#1571, askalf/dario#603, dsx-ai-factory/infra-controller#4198; a bare "gha" as a cache ref: docker/build-push-action#869, #1412'
  },
  {
    // docs/registries.md §13vv (d): the Actions cache service throttled the
    // export, not a registry
    id: 'LOOK037',
    diagnosis: 'not-a-login-failure',
    case: 'actions-cache',
    match: ['request was blocked due to exceeding usage of resource'],
    source:
      'docs/registries.md §13vv (d): the GitHub Actions cache service throttling a cache export (cache-to: type=gha), "#19 ERROR: error writing layer blob: failed to parse error response 429: {…"message":"Request was blocked due to exceeding usage of resource \'Count\' in namespace \'\'.","typeName":"Microsoft.TeamFoundation.Framework.Server.RequestBlockedException"…} … > exporting cache:" (docs/real-texts.md dev92-not-login-07)'
  },
  {
    // before HTTP001: the limit is not the registry's
    id: 'LOOK006',
    diagnosis: 'rate-limited',
    case: 'proxy',
    match: [
      'too many requests to upstream registry',
      'has been temporarily rate limited'
    ],
    source:
      'Harbor proxy cache: "429 Too Many Requests - Server message: unknown: too many requests to upstream registry" (goharbor/harbor#19257), also when the proxy project\'s own max_upstream_conn is reached (goharbor/harbor:src/server/middleware/repoproxy/upstream_slot.go); a mirror behind Cloudflare: "toomanyrequests: … This website has been temporarily rate limited" (ketches/registry-proxy#5)'
  },
  {
    // the docker CLI found no daemon to talk to: nothing reached a registry
    id: 'LOOK007',
    diagnosis: 'not-a-login-failure',
    case: 'docker-daemon',
    match: [
      // docker 1.x: "… Is the docker daemon running on this host?"
      'cannot connect to the docker daemon',
      // docker 1.x, no socket (docs/registries.md §13qq (a))
      'connect to a tls-enabled daemon without tls',
      // Windows: "This error may (also) indicate that the docker daemon is not running"
      'indicate that the docker daemon is not running',
      // docs/registries.md §13aaa (j): Windows' other failures of the
      // engine's pipe (the elevated client's hint, the pipe's ACL); Docker
      // Desktop's Linux engine pipe not found is az acr login's too
      // (dev7-acr-01: docker-cli-missing), left unread
      'docker client must be run with elevated privileges to connect',
      ['error during connect', 'open //./pipe/docker_engine'],
      // docker 29 names the API, not the daemon (docs/registries.md §13c (a))
      'failed to connect to the docker api at',
      // docs/registries.md §13vv (b): a request to a remote daemon's API
      // (its /v1.NN/ paths; a registry's are /v2/) over TCP that failed, as
      // docker/cli words it: a dind service whose certificate the job does
      // not trust. Not a local socket's or pipe's (http://%2F…), whose
      // failures the wordings above name
      ['error during connect: ', '"https://', '/v1.'],
      // docker-py found no socket (§13oo (h))
      ['error while fetching server api version', 'filenotfounderror(2']
    ],
    source:
      'docker/cli (client): "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" (docker/for-linux#535, moby/moby#32658); on Windows "error during connect: This error may indicate that the docker daemon is not running.: … open //./pipe/docker_engine: The system cannot find the file specified." (docker/for-win#11307, docker/compose#10223; older "This error may also indicate…", docker/for-win#5170); docker 29 (moby client): "failed to connect to the docker API at npipe:////./pipe/dockerDesktopLinuxEngine; check if the path is correct and if the daemon is running: …" (docs/registries.md §13c (a); Freddy-DK/Fkh#7 under az acr login); docker-py, "Error while fetching server API version: (\'Connection aborted.\', FileNotFoundError(2, \'No such file or directory\'))" (docker/docker-py#3219, OpenFactorioServerManager/factorio-server-manager#259); docker 1.x, whose login went through the daemon: "Cannot connect to the Docker daemon. Is the docker daemon running on this host?" (moby/moby#18576) and "Post http:///var/run/docker.sock/v1.17/auth: dial unix /var/run/docker.sock: no such file or directory. Are you trying to connect to a TLS-enabled daemon without TLS?" (moby/moby#11989; docs/registries.md §13qq (a)); a request to the daemon\'s API that failed, "error during connect: Get "https://docker:2376/v1.24/containers/json?all=..": tls: failed to verify certificate: x509: certificate signed by unknown authority" (gitlab-ci-local and its docker:dind service, docs/real-texts.md dev82-not-login-04; docs/registries.md §13vv (b)); moby\'s client on Windows, its other hint, "error during connect: in the default daemon configuration on Windows, the docker client must be run with elevated privileges to connect.: … open //./pipe/docker_engine: …", and the pipe\'s own errors with none, "open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.", "open //./pipe/docker_engine: Access is denied." (moby client/request.go; attack-66 A66-02, docs/registries.md §13aaa (j))'
  },
  {
    // docs/registries.md §13aab (b): the daemon refused the client's API
    // version: nothing reached a registry
    id: 'LOOK047',
    diagnosis: 'not-a-login-failure',
    match: [['is too new. maximum supported api version is']],
    source:
      'docs/registries.md §13aab (b): the docker daemon refusing a client newer than its API, "Error response from daemon: client version 1.43 is too new. Maximum supported API version is 1.42" (moby api/server/middleware/version.go), printed by a tool\'s ECR login through the Docker API (surajincloud/ecrctl#18, docs/real-texts.md dev114-not-login-04): nothing reached a registry',
    what: 'the docker daemon is older than the client that called it: update Docker (Docker Desktop), or set DOCKER_API_VERSION to the version the daemon names'
  },
  {
    // docs/registries.md §13aab (b): a Maven repository refusing a dependency
    // download, not a container registry
    id: 'LOOK048',
    diagnosis: 'not-a-login-failure',
    match: [
      'could not transfer artifact',
      ['could not resolve dependencies for project', 'not authorized']
    ],
    source:
      'docs/registries.md §13aab (b): Maven (maven-resolver) refused by a Maven repository while it resolves the build\'s dependencies, "[ERROR] Failed to execute goal on project my-app: Could not resolve dependencies … Could not transfer artifact … from/to release-repo (http://…/repositories/releases/): Not authorized , ReasonPhrase:Unauthorized." inside a maven image (carlossg/docker-maven#48, docs/real-texts.md dev116-not-login-05): its credentials are a <server> of settings.xml, not a registry login',
    what: "a Maven repository refused a download or a deploy: give Maven its credentials (a <server> in settings.xml with the repository's id), not docker"
  },
  {
    // docs/registries.md §13aab (e), attack-67 A67-02: cosign's signing identity,
    // not a registry login
    id: 'LOOK049',
    diagnosis: 'not-a-login-failure',
    match: [
      ['fetching ambient oidc credentials', 'impersonate: status code 403']
    ],
    source:
      "cosign's keyless signing could not mint the ID token Fulcio wants by impersonating a service account (sigstore/cosign's GCP ambient provider through google-auth's impersonation): \"getting key from Fulcio: fetching ambient OIDC credentials: impersonate: status code 403 … PERMISSION_DENIED\" in Cloud Build after the push had worked, fixed by granting the build's identity roles/iam.serviceAccountOpenIdTokenCreator (kubernetes-sigs/security-profiles-operator#984, #3458, kubernetes/k8s.io#9953; docs/registries.md §13aab (e))",
    what: "cosign's keyless signing could not impersonate its service account: grant the caller roles/iam.serviceAccountOpenIdTokenCreator on that account"
  },
  {
    // docs/registries.md §13aab (e), attack-67 A67-03: the gha cache cannot be set
    // up on this runner; ignore-error and a re-run do not help
    id: 'LOOK050',
    diagnosis: 'not-a-login-failure',
    match: [
      'failed to configure gha cache exporter',
      'failed to configure gha cache importer'
    ],
    source:
      'BuildKit fails the build while it sets up a type=gha cache (control.go "failed to configure %v cache exporter"), before ignore-error is read: "failed to configure gha cache exporter: token contains an invalid number of segments" under Gitea Actions, whose runtime token is no JWT (moby/buildkit#4409, docs/real-texts.md dev116-not-login-08; docs/registries.md §13aab (e))',
    what: "BuildKit cannot use this runner's Actions cache (Gitea and Forgejo runners' token is not GitHub's): use cache-to type=registry or type=local there, or no cache"
  },
  {
    id: 'LOOK009',
    diagnosis: 'not-a-login-failure',
    match: ['no space left on device'],
    source:
      'ENOSPC as the docker daemon prints it while extracting a pulled layer: "failed to register layer: Error processing tar file(exit status 1): write …: no space left on device" (moby/moby#32811, moby/moby#29508, docker/for-win#13751, NVIDIA/nvidia-docker#792)',
    what: 'a disk is full (no space left on device), e.g. where docker extracts a pulled layer: free space on that disk and run again'
  },
  {
    id: 'LOOK010',
    diagnosis: 'not-a-login-failure',
    match: ['invalid reference format', 'repository name must be lowercase'],
    source:
      'distribution/reference ErrReferenceInvalidFormat "invalid reference format" and ErrNameContainsUppercase "repository name must be lowercase": an image name the client cannot parse, e.g. an owner with capitals or an empty variable (konstructio/kubefirst#771 in a BuildKit push, GoogleChromeLabs/bubblewrap#807, FredTingaud/bench-runner#4); GHCR pushes named after github.repository_owner (LunaTechLab/MoonTV#191, macbre/push-to-ghcr#24, kipsilabs/altmount#9, Etoile-Bleu/ZamSync#27, Fiestaboard/FiestaBoard#157)',
    what: 'the image name cannot be parsed (capital letters, or an empty or malformed part such as an unset variable): lowercase it and check the variables that build it'
  },
  {
    // buildx with the docker driver: cache-to is refused before any push
    id: 'LOOK011',
    diagnosis: 'not-a-login-failure',
    match: [
      'cache export is not supported for the docker driver',
      'cache export feature is currently not supported for docker driver'
    ],
    source:
      'docker/buildx: the docker driver cannot export a build cache (docs.docker.com/build/cache/backends/: "Switch to a different driver, or turn on the containerd image store"): "ERROR: failed to build: Cache export is not supported for the docker driver." (flanksource/config-db#1751, docker/build-push-action#1253); older buildx "cache export feature is currently not supported for docker driver. Please switch to a different driver" (svthalia/concrexit#2593, docker/docs#14155, docker/compose#9832)',
    what: "buildx's docker driver cannot export a build cache (cache-to): use a builder with another driver, or turn on the containerd image store"
  },
  {
    // podman/buildah: a name without a registry host and no search list
    id: 'LOOK012',
    diagnosis: 'not-a-login-failure',
    match: [
      'did not resolve to an alias and no unqualified-search registries are defined',
      // enforcing mode, where the choice would need a prompt (CI)
      'short-name resolution enforced but cannot prompt without a tty'
    ],
    source:
      'containers/image pkg/shortnames: podman or buildah with a short image name and no unqualified-search-registries in registries.conf: "Error: creating build container: short-name "vimpostor/arch-qt6" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"" (vimpostor/blobdrop#3, christophetd/log4shell-vulnerable-app#23, podman-container-tools/podman#24989; containers/image#1090); with short-name-mode enforcing and no terminal: "error creating build container: short-name resolution enforced but cannot prompt without a TTY" (knative/client#1308, heyvito/podman-macos#8)',
    what: 'podman/buildah could not resolve a short image name (no search registries set, or no terminal to choose one): give the full name with its registry host'
  },
  {
    // Testcontainers found no docker daemon to talk to (docs/registries.md
    // §13a (e)): nothing reached a registry
    id: 'LOOK013',
    diagnosis: 'not-a-login-failure',
    match: ['could not find a valid docker environment'],
    source:
      'docs/registries.md §13a (e): testcontainers-java DockerClientProviderStrategy "Could not find a valid Docker environment. Please see logs and check configuration" (testcontainers/testcontainers-java#613, #5030, #6734)',
    what: 'Testcontainers found no Docker daemon to talk to, so no registry was asked: make a Docker daemon reachable where the tests run'
  },
  {
    // docs/registries.md §13d (c): runc could not start the container's
    // own process (its entrypoint): the image was pulled, nothing was
    // refused by a registry
    id: 'LOOK014',
    diagnosis: 'not-a-login-failure',
    match: [
      'exec user process caused',
      // runc 1.1+: "unable to start container process: exec: …" (§13uu (b))
      'unable to start container process'
    ],
    source:
      'docs/registries.md §13d (c): opencontainers/runc libcontainer/standard_init_linux.go, syscall.Exec of the container\'s process: newSystemErrorWithCause(err, "exec user process") printed "standard_init_linux.go:178: exec user process caused \\"permission denied\\"" (runc before 1.0; GoogleCloudPlatform/community#432, an entrypoint not executable, in an issue about a gcr.io push), later errors.Wrap "exec user process caused: exec format error" (an image for another platform) or "…: no such file or directory" (an interpreter missing from the image); runc 1.1 and later, "OCI runtime exec failed: exec failed: unable to start container process: exec: "./nr-binder": permission denied: unknown" for a binary of the image without its execute bit (docs/real-texts.md dev62-not-login-04; docs/registries.md §13uu (b))',
    what: 'The container could not start, for the reason runc gives (a program missing or not executable, another platform, a mount, a hook): fix that; the login is not involved'
  },
  {
    // the kubelet could not read an imagePullSecret the pod names (it does
    // not exist in the namespace, or is misspelled): the pull goes without it
    id: 'CLI010',
    diagnosis: 'missing-credentials',
    case: 'anonymous-pull',
    match: ['unable to retrieve some image pull secrets'],
    source:
      'kubelet event FailedToRetrieveImagePullSecret "Unable to retrieve some image pull secrets (<regcred>); attempting to pull the image may not succeed." (kubernetes.io "Pull an Image from a Private Registry", troubleshooting: "make sure the Secret exists and its name is spelled properly")'
  },
  {
    // docs/registries.md §13u (c): the kubelet's credential provider plugin
    // (ecr-credential-provider, acr-credential-provider, GKE's) failed or
    // is not installed. Here, after every registry's table: the AWS API
    // rules and the registries' own (Entra's AADSTS codes) name the cause
    // the plugin's stderr quotes
    id: 'CLI053',
    diagnosis: 'credential-store-error',
    case: 'kubelet-provider',
    match: [
      'failed getting credential from external registry credential provider',
      ['error execing credential provider plugin', 'for image'],
      ['plugin binary executable', 'did not exist']
    ],
    source:
      'docs/registries.md §13u (c): kubernetes/kubernetes pkg/credentialprovider/plugin/plugin.go: provide (klog.Errorf("Failed getting credential from external registry credential provider: %v", err)), runPlugin (fmt.Errorf("error execing credential provider plugin %s for image %s: %w", …)) and RegisterCredentialProviderPlugins (fmt.Errorf("plugin binary executable %s did not exist", pluginBin)): the kubelet pulled with no credential from the plugin'
  },
  {
    // docs/registries.md §13c (b): docker-py (docker-compose v1, Python
    // tools) running the credential helper and failing: after the
    // registries' own tables, so that GAR009 keeps gcloud's helper
    id: 'CLI022',
    diagnosis: 'credential-store-error',
    match: [
      'credentials store error: storeerror',
      ['credentials store docker-credential-', 'exited with'],
      ['docker-credential-', 'not installed or not available in path']
    ],
    source:
      'docs/registries.md §13c (b): docker-py (docker/auth.py "Credentials store error: {repr(e)}"; docker/credentials/store.py "Credentials store {program} exited with "{output}".", "{program} not installed or not available in PATH"): docker-compose v1 "ERROR: for postgres  Credentials store error: StoreError(\'Credentials store docker-credential-osxkeychain exited with "The user name or passphrase you entered is not correct.".\',)" (docker/for-mac#2973), "Credentials store error: StoreError(\'docker-credential-osxkeychain not installed or not available in PATH\',)" (IBM Cloud docs, found through the code index)'
  },
  {
    // docs/registries.md §13aac (c): content trust (DOCKER_CONTENT_TRUST=1)
    // on a pull or a run asked the Notary server, which refused: no login
    // of the registry is involved; a push's signing stays CLI023, and so
    // does a text that names `docker pull` only (attack-70 A70-04)
    id: 'LOOK053',
    diagnosis: 'not-a-login-failure',
    match: [
      [
        'trusted pull for',
        'you are not authorized to perform this operation: server returned 401'
      ],
      ['docker: you are not authorized to perform this operation']
    ],
    source:
      'notary storage/httpstore.go ErrServerUnavailable for a 401 ("you are not authorized to perform this operation: server returned 401.") met by a pull or a run with content trust on: linuxkit\'s "Trusted pull for linuxkit/…: you are not authorized to perform this operation: server returned 401." for an image with no trust data (moby/tool#64, docs/real-texts.md dev122-not-login-05), "docker: you are not authorized to perform this operation: server returned 401." from docker run with DOCKER_CONTENT_TRUST=1 (moby/moby#37410, dev122-not-login-06); a `docker pull` anywhere in the text is no such sign (a log may pull a cache image, then sign its push: attack-70 A70-04), so that wording was left out; docs/registries.md §13aac (c), (d)',
    what: 'content trust (DOCKER_CONTENT_TRUST=1) asked the Notary server for signatures and was refused: unset DOCKER_CONTENT_TRUST, or sign the image'
  },
  {
    // docs/registries.md §13aac (c): docker push of a tag the local image
    // store does not have: nothing was sent to a registry
    id: 'LOOK052',
    diagnosis: 'not-a-login-failure',
    match: ['tag does not exist: '],
    source:
      'docker/cli push ("tag does not exist: %s" when the image store has no image under that reference): "Creating docker tag ... Error response from daemon: No such image: …:temporary … The push refers to repository […] tag does not exist: …:develop" from a push-only action run whose earlier build never made that tag (RafikFarhad/push-to-gcr-github-action#46, docs/real-texts.md dev121-not-login-03); docs/registries.md §13aac (c)',
    what: 'the image is not in the local image store under that tag: build or `docker tag` it first, then push'
  },
  {
    // docs/registries.md §13aac (c): argocd-image-updater's credentials
    // script printed nothing usable (the aws or gcloud call in it failed)
    id: 'CLI097',
    diagnosis: 'missing-credentials',
    case: 'token-command-empty',
    match: ['invalid script output, must be single line with syntax'],
    source:
      'argocd-image-updater (pkg/registry endpoints, credentials "ext:" script): "Could not set registry endpoint credentials: invalid script output, must be single line with syntax <username>:<password>" for an ECR script of `aws ecr get-authorization-token … | base64 -d` that printed nothing (argoproj-labs/argocd-image-updater#500, docs/real-texts.md dev120-ecr-04); docs/registries.md §13aac (c)'
  },
  {
    // docs/registries.md §13aac (c): a pull secret's entry for the
    // registry holds no username (virtual-kubelet's ACI provider)
    id: 'CLI098',
    diagnosis: 'missing-credentials',
    match: ['no username present in auth config for server'],
    source:
      'virtual-kubelet azure-aci provider: "failed to sync pod … in the provider: no username present in auth config for server: ….azurecr.io" for a pull secret whose entry had no usable username (virtual-kubelet/azure-aci#568, docs/real-texts.md dev121-acr-01); docs/registries.md §13aac (c)'
  },
  {
    // docs/registries.md §13aac (c): Databricks Container Services' own
    // summary of a refused pull (the name or the credential)
    id: 'CLI099',
    diagnosis: 'invalid-credentials',
    match: ["image doesn't exist or invalid credential to pull image from"],
    source:
      'Azure Databricks cluster start with a custom image: "Container setup failed because of an invalid request: Image doesn\'t exist or invalid credential to pull image from 121marketingreg.azurecr.io/sample:latest." after the registry\'s admin credentials were given (MicrosoftDocs/azure-docs#71575, docs/real-texts.md dev121-acr-08); docs/registries.md §13aac (c)'
  },
  {
    // attack-70 (below its bar): Go's refusal of an Authorization header
    // with a control character, for any registry (AWS017 reads the ECR
    // API's)
    id: 'CLI101',
    diagnosis: 'malformed-credentials',
    match: [
      'field value for "authorization"',
      ['invalid header field value', 'for key authorization']
    ],
    source:
      'Go net/http (Transport.roundTrip: httpguts.ValidHeaderFieldValue; "net/http: invalid header field value for "Authorization"" since Go 1.20, "invalid header field value %q for key %v" before): a credential holding a newline or another control character, which Go will not send (docs/registries.md §13aac (c), (d))'
  },
  {
    // docs/registries.md §13c (c): notary (docker trust, content trust on
    // push) refused by the trust server
    id: 'CLI023',
    diagnosis: 'insufficient-scope',
    case: 'signing-denied',
    match: [
      'you are not authorized to perform this operation: server returned 401'
    ],
    source:
      'docs/registries.md §13c (c): notary storage/httpstore.go ErrServerUnavailable for a 401 ("you are not authorized to perform this operation: server returned 401."): docker push with content trust to ACR without the AcrImageSigner role, "failed to sign : you are not authorized to perform this operation: server returned 401" (Azure/acr#278)'
  },
  {
    // a proxy between the client and the registry asks for its own login:
    // before REG004 and NET001, which its words would also match
    id: 'NET003',
    diagnosis: 'proxy-authentication-required',
    match: [
      'proxy authentication required',
      'proxy authorization required',
      '407 proxy',
      'status: 407',
      ['/v2/: authenticationrequired']
    ],
    source:
      'HTTP 407 as the docker daemon and Go clients print it ("Proxy Authentication Required", RFC 9110 §15.5.8); "Proxy Authorization Required" from a corporate proxy (docker/for-win#5291); a proxy\'s bare "authenticationrequired" for GET …/v2/ (docker/hub-feedback#1899)'
  },
  {
    // no registry API at that address: a web server, the wrong port or path
    id: 'NET004',
    diagnosis: 'registry-unreachable',
    case: 'not-a-registry',
    match: [
      'failed with status: 404 not found',
      'error parsing http 404 response body',
      'did not issue a challenge',
      'connectivity_challenge_error',
      // docker 1.x's v1 pull answered by a web server's 405 page (§13uu (b))
      'status 405 trying to pull repository'
    ],
    source:
      'docker/cli login against an address that serves no /v2/ ("login attempt to https://nexus/v2/ failed with status: 404 Not Found": the Nexus web port, not its Docker connector, ansible-ThoTeam/nexus3-oss#299); an nginx 404 page where Harbor\'s registry should answer (goharbor/harbor#1089); az acr login: "CONNECTIVITY_CHALLENGE_ERROR … did not issue a challenge" (learn.microsoft.com "Health check error reference"; Azure/acr#847); docker 1.x\'s v1 pull, "Error: Status 405 trying to pull repository microsoft/oms: "<!DOCTYPE HTML …><title>405 Method Not Allowed</title>…"", a web server where a registry mirror should answer (docs/real-texts.md dev59-generic-01; docs/registries.md §13uu (b))'
  },
  {
    // a certificate for other names: before the REG rules (a token request
    // that failed on TLS is no refused credential) and NET001's 'x509:'
    id: 'NET006',
    diagnosis: 'registry-unreachable',
    case: 'tls-name-mismatch',
    match: [
      'x509: certificate is valid for',
      'x509: certificate is not valid for any names',
      'x509: certificate relies on legacy common name field',
      // Node's TLS (Renovate, got): docs/registries.md §13hh (h)
      'err_tls_cert_altname_invalid'
    ],
    source:
      'Go crypto/x509 HostnameError: "x509: certificate is valid for *.internettraffic.click, internettraffic.click, not reg.skycloud.com" (goharbor/harbor#1347, gshipley/installcentos#169), "x509: certificate is not valid for any names, but wanted to match our.company.registry" (docker/for-linux#248); Go 1.15+ with a certificate without SANs: "x509: certificate relies on legacy Common Name field, use SANs instead" (helm/helm#10658, containerd/containerd#7039, goharbor/harbor#16971)'
  },
  {
    // docs/registries.md §13qq (f): an authority the client does not trust,
    // as Go, rustls and OpenSSL say it (before the REG rules and NET001)
    id: 'NET014',
    diagnosis: 'registry-unreachable',
    case: 'tls-unknown-authority',
    match: [
      'x509: certificate signed by unknown authority',
      'invalid peer certificate: unknownissuer',
      'unable to get local issuer certificate',
      'self-signed certificate in certificate chain',
      'self signed certificate in certificate chain'
    ],
    source:
      'docs/registries.md §13qq (f): Go crypto/x509 UnknownAuthorityError "x509: certificate signed by unknown authority" (docker login and pull against a private CA: docs/registries.md §9); rustls "invalid peer certificate: UnknownIssuer" (kwctl 1.17 pushing a policy, kubewarden/kwctl#944, docs/real-texts.md dev27-generic-01); OpenSSL\'s X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY "unable to get local issuer certificate" and X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN "self-signed certificate in certificate chain" (older OpenSSL "self signed …"), as Python and Node.js clients print them'
  },
  {
    // docs/registries.md §13vv (d): a registry request whose connection timed
    // out mid-way (a large layer on a slow link)
    id: 'NET022',
    diagnosis: 'registry-unreachable',
    // on one line, of a blob or manifest request: a Go module path holds
    // `/v2/` too (attack-43 A43-06)
    sameLine: true,
    match: [
      ['/blobs/', 'read: connection timed out'],
      ['/manifests/', 'read: connection timed out'],
      // the login's own ping, `Get "https://<registry>/v2/": read tcp …`
      // (attack-44 A44-05)
      ['/v2/": ', 'read: connection timed out'],
      ['/v2/: ', 'read: connection timed out']
    ],
    source:
      'docs/registries.md §13vv (d): Go\'s "read tcp <local>-><registry>:443: read: connection timed out" on a registry request, BuildKit pushing a large layer to ghcr.io, "failed commit on ref "layer-sha256:…": failed to do request: Put ghcr.io/v2/…/blobs/upload/…: read tcp 172.17.0.2:58002->140.82.113.33:443: read: connection timed out" (docs/real-texts.md dev87-ghcr-15)'
  },
  {
    // docs/registries.md §13vv (d): the registry says it is unavailable
    id: 'NET023',
    diagnosis: 'registry-unreachable',
    match: [': unavailable: service unavailable'],
    source:
      'docs/registries.md §13vv (d): distribution\'s error code UNAVAILABLE ("service unavailable", errcode.ErrorCodeUnavailable) as go-containerregistry prints it, trivy\'s DB download during a GitHub incident, "GET https://ghcr.io/token?scope=repository%3Aaquasecurity%2Ftrivy-db%3Apull&service=ghcr.io: UNAVAILABLE: service unavailable" (docs/real-texts.md dev87-ghcr-18)'
  },
  {
    // docs/registries.md §13vv (d): the AWS SDK could not reach the service's
    // endpoint (a proxy, DNS, a region without it)
    id: 'NET024',
    diagnosis: 'registry-unreachable',
    match: [['inaccessible host:', 'this service may not be available in the']],
    source:
      "docs/registries.md §13vv (d): the AWS SDK for JavaScript v2's UnknownEndpoint, \"Inaccessible host: `api.ecr.eu-central-1.amazonaws.com' at port `undefined'. This service may not be available in the `eu-central-1' region.\" (aws-sdk-js lib/event_listeners.js), from amazon-ecr-login v1 on a runner that needed a proxy (docs/real-texts.md dev90-ecr-08)"
  },
  {
    // docs/registries.md §13vv (f): an AWS endpoint's name did not resolve
    id: 'NET025',
    diagnosis: 'registry-unreachable',
    // on one line: an ECR host elsewhere in the log is no AWS endpoint that
    // failed (attack-43 A43-01)
    sameLine: true,
    match: [['getaddrinfo enotfound', 'amazonaws.com']],
    source:
      'docs/registries.md §13vv (f): Node\'s DNS failure for an AWS endpoint, "getaddrinfo ENOTFOUND api.ecr-public.ap-southeast-1.amazonaws.com" (amazon-ecr-login for ECR Public outside us-east-1, where its API is not; docs/real-texts.md dev96-ecr-15)'
  },
  {
    id: 'NET007',
    diagnosis: 'registry-unreachable',
    case: 'tls-expired',
    match: [
      'x509: certificate has expired or is not yet valid',
      // OpenSSL's X509_V_ERR_CERT_HAS_EXPIRED, as Node and Python print it
      // (§13uu (b))
      'certificate has expired'
    ],
    source:
      'Go crypto/x509 CertificateInvalidError (Expired): "x509: certificate has expired or is not yet valid: current time … is before/after …" on docker pull or login (moby/moby#11534, moby/moby#20137, henrygd/beszel#2123 with a wrong clock, mindoc-org/mindoc#344 for the token service); OpenSSL\'s X509_V_ERR_CERT_HAS_EXPIRED, "certificate has expired", which Node prints with code CERT_HAS_EXPIRED ("request to … failed, reason: certificate has expired", the VS Code Docker extension, docs/real-texts.md dev61-generic-03; docs/registries.md §13uu (b))'
  },
  {
    // docs/registries.md §13v (e): plain HTTP spoken to a TLS port: the
    // answer is a TLS alert record (0x15 0x03), not an HTTP status line
    id: 'NET013',
    diagnosis: 'registry-unreachable',
    case: 'http-to-https-port',
    match: [['malformed http response', '\\x15\\x03']],
    source:
      'docs/registries.md §13v (e): Go net/http "malformed HTTP response "\\x15\\x03\\x01\\x00\\x02\\x02"" when docker spoke HTTP to a registry:2 port that serves TLS (kwk/docker-registry-setup#2, docker 1.10; an insecure-registries entry for a TLS registry does the same)'
  },
  {
    // TLS spoken to a plain HTTP proxy or port (HTTPS_PROXY=https://…), in
    // the login or in its token request: before the REG rules
    id: 'NET008',
    diagnosis: 'registry-unreachable',
    case: 'tls-to-http-port',
    match: ['first record does not look like a tls handshake'],
    source:
      'Go crypto/tls: "tls: first record does not look like a TLS handshake" when the other end answers in plain HTTP: "Error response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: tls: first record does not look like a TLS handshake" behind a proxy (docker/for-linux#415, docker/for-linux#620), or a registry port that speaks HTTP (docker/for-mac#5863)'
  },
  // jib's suggestions after "Build image failed" (docs/registries.md §13a
  // (f)): after the registries' own words, before the generic statuses
  {
    id: 'CLI016',
    // docs/registries.md §13dd: Jib's 401 is most often a credential Jib
    // did not find, as its FAQ says (was invalid-credentials)
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      'perhaps you should make sure your credentials for',
      // the exception Jib throws on that 401, as a stack trace prints it
      'registryunauthorizedexception'
    ],
    source:
      'docs/registries.md §13a (f), §13dd: jib HelpfulSuggestions.forCredentialsNotCorrect on a 401 (RegistryUnauthorizedException): "Build image failed, perhaps you should make sure your credentials for \'private-docker.changhongedu.cn\' are set up correctly: Unauthorized for …: 401 Unauthorized" (GoogleContainerTools/jib#942, #1617, #2207, #3677), or the exception itself, "com.google.cloud.tools.jib.registry.RegistryUnauthorizedException: Unauthorized for …" (jib-core registry/RegistryUnauthorizedException.java); Jib\'s FAQ, "What should I do when the registry responds with UNAUTHORIZED?": "it is often due to credential misconfiguration. Examples: You did not configure auth information in the default places where Jib searches" (GoogleContainerTools/jib docs/faq.md)'
  },
  {
    id: 'CLI017',
    diagnosis: 'insufficient-scope',
    match: ['perhaps you should make sure you have permissions for'],
    source:
      'docs/registries.md §13a (f): jib HelpfulSuggestions.forHttpStatusCodeForbidden on a 403 ("… perhaps you should make sure you have permissions for <image>", GoogleContainerTools/jib jib-plugins-common)'
  },
  {
    id: 'CLI018',
    diagnosis: 'docker-cli-missing',
    match: [
      'perhaps you should make sure docker is installed and you have correct privileges to run it'
    ],
    source:
      'docs/registries.md §13a (f): jib HelpfulSuggestions.forDockerNotInstalled (jibDockerBuild without a docker command)'
  },
  {
    id: 'NET009',
    diagnosis: 'registry-unreachable',
    match: [
      "perhaps you should use a registry that supports https or set the configuration parameter 'allowinsecureregistries'",
      'perhaps you should make sure your internet is up and that the registry you are pushing to exists',
      'perhaps you should make sure that the registry you configured exists/is spelled properly'
    ],
    source:
      'docs/registries.md §13a (f): jib HelpfulSuggestions.forInsecureRegistry, forHttpHostConnect, forUnknownHost (GoogleContainerTools/jib jib-plugins-common; an unknown host: jib#27)'
  },
  {
    id: 'REG005',
    diagnosis: 'repository-not-found',
    match: [
      'name unknown',
      'repository not found',
      'name_unknown',
      'repository name not known to registry'
    ],
    source:
      'distribution error code NAME_UNKNOWN "repository name not known to registry" (opencontainers/distribution-spec, Error Codes); ECR RepositoryNotFoundException (docs/registries.md §5 (e))'
  },
  {
    // attack-69 (below its bar): Go's form of a proxy's 429 to the CONNECT
    // (the status text alone, as FB001's "Forbidden"); a registry's 429 is
    // an answer, printed with its body (toomanyrequests: …)
    id: 'NET032',
    diagnosis: 'rate-limited',
    case: 'proxy',
    match: ['/v2/": too many requests', '/v2/: too many requests'],
    source:
      'Go net/http transport.go dialConn: a CONNECT answered other than 200 becomes errors.New(<status text>), "Get "https://registry-1.docker.io/v2/": Too Many Requests" for a proxy\'s 429 (attack-69, against docker 28.2.2; docs/registries.md §13aac (b)); the action reads the same refusal as the proxy\'s limit (judge: proxyStatus 429, case proxy)'
  },
  {
    id: 'HTTP001',
    diagnosis: 'rate-limited',
    match: ['toomanyrequests', 'too many requests', 'rate limit exceeded'],
    source: 'HTTP 429 as the CLI prints it; Docker Hub abuse limit (docs)'
  },
  {
    id: 'REG001',
    diagnosis: 'insufficient-scope',
    match: ['insufficient_scope'],
    source: 'distribution error code; buildx/BuildKit push errors'
  },
  {
    // RFC 6750 §3.1's description of insufficient_scope (Doorkeeper:
    // GitLab's API), printed without the code (docs/registries.md §13c (c))
    id: 'REG012',
    diagnosis: 'insufficient-scope',
    case: 'api-scope',
    match: [
      'the request requires higher privileges than provided by the access token'
    ],
    source:
      'docs/registries.md §13c (c): RFC 6750 §3.1 (insufficient_scope: "The request requires higher privileges than provided by the access token"); GitLab\'s API 403 {"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token."} (gitlab-org/gitlab-ce#33022), printed without the code: "Fetching version from https://gitlab.com/api/v4/version failed. The request requires higher privileges than provided by the access token." (gitlab-org/gitlab#592015)'
  },
  {
    // docs/registries.md §13c (d): DENIED on a pull (a manifest or tags
    // read, a token asked for pull only): as moby reads it, a missing or
    // private repository; before REG002, which reads a push
    id: 'REG009',
    diagnosis: 'repository-not-found',
    match: [
      ['reading manifest', 'requested access to the resource is denied'],
      [
        'get "https://',
        '/manifests/',
        'requested access to the resource is denied'
      ],
      [
        'head "https://',
        '/manifests/',
        'requested access to the resource is denied'
      ],
      [
        'get https://',
        '/manifests/',
        'requested access to the resource is denied'
      ],
      [
        'head https://',
        '/manifests/',
        'requested access to the resource is denied'
      ],
      ['/tags/list', 'requested access to the resource is denied'],
      ['%3apull&', 'requested access to the resource is denied'],
      ['failed to pull image', 'requested access to the resource is denied'],
      // podman before libimage and other pullers (docs/registries.md §13e (b))
      ['error pulling image "', 'requested access to the resource is denied'],
      ['unable to pull', 'requested access to the resource is denied'],
      // Amazon ECS's task errors for a pull (docs/registries.md §13rr (f))
      [
        'cannotpullcontainererror',
        'requested access to the resource is denied'
      ],
      [
        'cannotpullimagemanifesterror',
        'requested access to the resource is denied'
      ]
    ],
    source:
      'docs/registries.md §13c (d), §13e (b): moby distribution/errors.go translatePullError (DENIED on a pull → "pull access denied for %s, repository does not exist or may require \'docker login\'", LOOK004); quay/quay endpoints/v2 require_repo_read (a missing and a private repository get one answer); "the registry can\'t tell you that the repository/image doesn\'t exist" (projectatomic/atomic-site, "How the Container Registries prevent information leakage"); helm pulls of GHCR charts: a chart not published yet (VictoriaMetrics/helm-charts#2377), a package still private (percona/percona-helm-charts#843); skopeo on container-registry.oracle.com (a text of the fresh set); podman 1.x–2.x\'s pull framing `error pulling image "<ref>": unable to pull <ref>: …` (containers/podman troubleshooting.md; its API handler errors.Wrapf(err, "error pulling image %q"), found through the code index), under which it lists each registry\'s answer; Amazon ECS\'s task errors CannotPullContainerError and CannotPullImageManifestError, which name a pull (ECS developer guide, "CannotPullContainer task errors"; docs/real-texts.md dev31-docker-hub-07, docs/registries.md §13rr (f))'
  },
  {
    // docs/registries.md §13rr (h): Seqera Wave (Nextflow's container
    // service) could not read the image: missing, or private to it
    id: 'REG023',
    diagnosis: 'repository-not-found',
    match: [['container image', 'does not exist or access is not authorized']],
    source:
      'docs/registries.md §13rr (h): Seqera Wave\'s API, "Wave invalid response: POST https://wave.seqera.io/v1alpha2/container [400] {"message":"Container image \'us-east1-docker.pkg.dev/…\' does not exist or access is not authorized"}" for a private Artifact Registry image Wave had no credential for (docs/real-texts.md dev31-gar-03); Seqera\'s Wave troubleshooting page shows it with "Invalid credentials for container registry" (found through the code index)'
  },
  {
    // docs/registries.md §13ss (c): Azure Container Apps could not pull
    // the revision's image with the registry settings it was given
    id: 'REG026',
    diagnosis: 'missing-credentials',
    // the service pulls with its own settings (attack-32 repro-03)
    case: 'cloud-service',
    match: [
      [
        'error pulling the container image',
        'check the image name or any registry credentials'
      ]
    ],
    source:
      'docs/registries.md §13ss (c): Azure Container Apps, "Error details: Code: 90712, ExtendedCode: 90712, Message: Error pulling the container image. Please check the image name or any registry credentials to access if required." for an app created from a private ACR with no registry credential (microsoft/azure-container-apps#50, fixed by passing the admin user or a service principal with AcrPull) and with wrong ones (microsoft/azure-container-apps#60)'
  },
  {
    // docs/registries.md §13ss (d): docker 1.x's v1 push or pull answered
    // 401: the request carried no login
    id: 'REG027',
    diagnosis: 'missing-credentials',
    // a push or pull with no login, not an empty input (attack-32 repro-03)
    case: 'no-login',
    match: [
      'status 401 trying to push repository',
      'status 401 trying to pull repository'
    ],
    source:
      'docs/registries.md §13ss (d): docker 1.x (registry/session.go, "Error: Status %d trying to push repository %s: %q"), "Exception caught: Error: Status 401 trying to push repository mtbridge/vertx-sample-client: """ from the Spotify docker-maven-plugin 0.1.1 with no registry credential in the pom or settings.xml (spotify/docker-maven-plugin#57); RFC 9110 §15.5.2 (401: the request lacks valid authentication credentials)'
  },
  {
    // docs/registries.md §13uu (b): the catalog is for accounts given it
    id: 'REG028',
    diagnosis: 'insufficient-scope',
    case: 'list-denied',
    match: [
      ['/v2/_catalog', 'status 401'],
      // docs/registries.md §13aaa (i): the refusal's JSON names the
      // catalog; a client's words with the URL after the status
      ['"name":"catalog"', 'authentication required'],
      ['401 unauthorized', '/v2/_catalog']
    ],
    source:
      'docs/registries.md §13uu (b): a registry browser listing /v2/_catalog with an account that may pull and push but not list the catalog: Harbor gives it to system administrators only (HBR011, §13rr (l)), distribution\'s token auth asks the scope registry:catalog:*; the VS Code Docker extension, "Error: Request to https://registry1.dso.mil/v2/_catalog?n=100 failed with status 401: Unauthorized" with a CLI secret docker login takes (docs/real-texts.md dev61-harbor-02); distribution\'s token auth refusing the catalog with its scope in the error\'s detail, {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"registry","Class":"","Name":"catalog","Action":"*"}]}]} (kwk/docker-registry-setup#10; docs/real-texts.md dev106-generic-11), and Docker Hub, which lists no catalog to a user\'s token, "401 unauthorized after applying token as well for https://registry-1.docker.io/v2/_catalog" (docker/hub-feedback#1614; docs/real-texts.md dev110-docker-hub-17)'
  },
  {
    // docs/registries.md §13uu (f): a registry that blocks logins for a
    // while after failed ones
    id: 'REG029',
    diagnosis: 'login-locked-out',
    match: ['blocked due to recurrent login failures'],
    source:
      'docs/registries.md §13uu (f): CrowdStrike\'s registry after failed logins, "Error response from daemon: Get "https://registry.crowdstrike.com/v2/": unknown: This request is blocked due to recurrent login failures, please try again in 40 seconds" (docs/real-texts.md dev69-generic-02)'
  },
  {
    // docs/registries.md §13vv (b): a tag listing refused where reads are
    // not (skopeo inspect, list-tags): the credential may not list
    id: 'REG030',
    diagnosis: 'insufficient-scope',
    case: 'tags-list-denied',
    match: ['returned when fetching tags list 403'],
    source:
      'docs/registries.md §13vv (b): containers/image (skopeo inspect, skopeo list-tags, skopeo sync) "Invalid status code returned when fetching tags list %d (%s)" (docker/docker_image.go GetRepositoryTags); "level=fatal msg="Error determining repository tags: Invalid status code returned when fetching tags list 403 (Forbidden)"" with an ECR token that reads manifests but may not list images (ecr:ListImages; docs/real-texts.md dev84-ecr-04)'
  },
  {
    // docs/registries.md §13vv (b): a registry's 400 to a request that
    // carried no Authorization header
    id: 'REG031',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['either authorization header is missing or invalid'],
    source:
      'docs/registries.md §13vv (b): a Sonatype Nexus Docker repository answering jib, which sent no credential for the base image, "400 Bad Request: "[ERROR-400] DOCKER Either Authorization header is missing or invalid"" (docs/real-texts.md dev82-generic-06)'
  },
  {
    // docs/registries.md §13vv (e): the Dev Containers CLI's anonymous token
    // refused (before REG032, which reads the same 401 after a credential)
    id: 'REG036',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      [
        'no authentication credentials found for registry',
        '401 on reattempt after auth'
      ]
    ],
    source:
      'docs/registries.md §13vv (e): the Dev Containers CLI found no credential and went on anonymously, "No authentication credentials found for registry \'…\'. Accessing anonymously." (devcontainers/cli src/spec-configuration/httpOCIRegistry.ts), then "[httpOci] 401 on reattempt after auth" with its anonymous token: a private Feature pulled with no login (attack-42 A42-09)'
  },
  {
    // docs/registries.md §13vv (f): docker 1.x asked for the login the push
    // lacked
    id: 'REG037',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['please login prior to push'],
    source:
      'docs/registries.md §13vv (f): docker 1.x pushing with no login for the registry, which then asked for one on a terminal it did not have, "Image push failed / Please login prior to push: / Username: EOF" (a Jenkins shell step pushing to ECR, docs/real-texts.md dev96-ecr-10)'
  },
  {
    // docs/registries.md §13vv (f): go-containerregistry went anonymous
    id: 'REG038',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      [
        'no matching credentials were found, falling back on anonymous',
        'failed to copy'
      ]
    ],
    source:
      'docs/registries.md §13vv (f): go-containerregistry (gcrane, crane) found no credential for the registry and went on anonymously, "No matching credentials were found, falling back on anonymous" before "failed to copy image: … unsupported status code 404" (docs/real-texts.md dev97-gar-08)'
  },
  {
    // docs/registries.md §13vv (b): the Dev Containers CLI got a token and
    // its request was refused again: the credential may not do that
    id: 'REG032',
    diagnosis: 'insufficient-scope',
    match: ['401 on reattempt after auth'],
    source:
      "docs/registries.md §13vv (b): the Dev Containers CLI's OCI client (httpOci) after a token request that succeeded, \"httpOci gives '401 on reattempt after auth: https://registry.gitlab.com/'\" publishing Features from a GitLab CI job (docs/real-texts.md dev82-gitlab-03)"
  },
  {
    // docs/registries.md §13vv (d): the Engine API's 404 for a repository
    id: 'REG033',
    diagnosis: 'repository-not-found',
    match: [['api error (404): repository ', ' not found']],
    source:
      'docs/registries.md §13vv (d): the Docker Engine API\'s 404 for an image pull of a repository the registry does not have, as the ECS agent logs it, "Error while pulling container …: API error (404): repository 066245240757.dkr.ecr.us-east-1.amazonaws.com/deploy-ecs-basic not found" (docs/real-texts.md dev90-ecr-14)'
  },
  {
    // docs/registries.md §13vv (d): docker-compose 1.x pulled with no credential
    id: 'REG034',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['streamoutputerror: authentication is required'],
    source:
      'docs/registries.md §13vv (d): docker-compose 1.x\'s pull through docker-py, which sent no registry credential, "compose.progress_stream.StreamOutputError: Authentication is required." while docker pull worked (docker/compose#75; docs/real-texts.md dev88-generic-08)'
  },
  {
    // docs/registries.md §13vv (d): a login that got no password to send
    id: 'REG035',
    diagnosis: 'missing-credentials',
    match: ['reading password: inappropriate ioctl for device'],
    source:
      'docs/registries.md §13vv (d): podman login (containers/common pkg/auth) given no password on stdin and no terminal to ask on, "Error: getting username and password: reading password: inappropriate ioctl for device", after `aws ecr get-login-password` failed in the pipe before it (docs/real-texts.md dev90-ecr-11)'
  },
  {
    // docs/registries.md §13rr (n): the token auth's ErrInsufficientScope
    // answered as DENIED, as IBM Cloud Container Registry does
    id: 'REG024',
    diagnosis: 'insufficient-scope',
    match: ['denied: insufficient scope'],
    source:
      'docs/registries.md §13rr (n): distribution registry/auth/token ErrInsufficientScope ("insufficient scope"); IBM Cloud Container Registry refusing a push after `ibmcloud cr login`, "The push refers to repository [us.icr.io/…/hello-python] … denied: insufficient scope" (docs/real-texts.md dev33-generic-03)'
  },
  {
    id: 'REG002',
    diagnosis: 'insufficient-scope',
    match: ['requested access to the resource is denied'],
    source: 'docker push to a namespace the login may not write'
  },
  {
    // an upload refused with a bare 403 (containerd's pusher in helm,
    // nerdctl and BuildKit; oras-go): the login was accepted, the push not.
    // GHCR's own wording (GHCR007) comes first on its registry
    id: 'REG008',
    diagnosis: 'insufficient-scope',
    match: [
      [
        'unexpected status from post request to',
        '/blobs/uploads/',
        '403 forbidden'
      ],
      ['/blobs/uploads/', 'response status code 403'],
      // docs/registries.md §13vv (b): BuildKit's push step, whose error
      // names no request
      ['pushing layers', 'error: unexpected status: 403 forbidden']
    ],
    source:
      'docs/registries.md §13a (g): containerd remotes/docker pusher "unexpected status from POST request to https://192.168.64.1:6000/v2/charts/openebs/blobs/uploads/: 403 Forbidden" (helm push, helm/helm#12234); oras-go errcode ErrorResponse "POST "…/blobs/uploads/": response status code 403: …" (format string); BuildKit\'s push step refused with no request named, "#12 pushing layers 0.8s done / #12 ERROR: unexpected status: 403 Forbidden" (a fork\'s GITHUB_TOKEN pushing to ghcr.io, docs/real-texts.md dev81-ghcr-10; docs/registries.md §13vv (b))'
  },
  {
    // the token request itself refused the credential (401), as opposed to
    // a token without the right (REG003): before REG003
    id: 'REG006',
    diagnosis: 'invalid-credentials',
    match: [
      // a login (nerdctl), not a push: a push's 401 may be a read-only
      // token on Docker Hub (docs/docker-hub.md), REG003's
      ['trylogin', 'failed to fetch oauth token', '401 unauthorized'],
      ['token auth attempt for registry', 'request failed with status: 401'],
      ['token auth attempt for registry', 'request failed with status: 403']
    ],
    source:
      'nerdctl login (containerd fetchToken): "failed to call tryLoginWithRegHost … failed to fetch oauth token: unexpected status from GET request to <realm>: 401 Unauthorized" when the realm refuses the credential (a 2FA account\'s password on GitLab, containerd/nerdctl#3378); docker < 1.11 "no successful auth challenge … token auth attempt for registry …: <realm> request failed with status: 403 Forbidden" (gitlab-org/gitlab-ce#17802)'
  },
  {
    // docs/registries.md §13aaa (i): a push that had started uploading (a
    // layer's progress bar) refused 401 later: the registry's bearer token
    // expired before the upload ended, not the login
    id: 'REG042',
    diagnosis: 'token-expired',
    case: 'registry-token-ttl',
    match: [['pushing [=', 'unauthorized: authentication required']],
    source:
      'docs/registries.md §13aaa (i): distribution\'s token auth refuses a token past its exp ("token not to be used before … or after …", "error authorizing context: invalid token"); GitLab\'s registry tokens last 5 minutes by default and 15 on GitLab.com (docs.gitlab.com, Authenticate with the container registry; gitlab-org/gitlab-ce#19867, #17890, gitlab-org/gitlab!88729: "When pushing a large image, it fails after some time with error unauthorized: authentication required, as it takes more than the configured Authorization token duration"); registry-admin\'s token_ttl (zebox/registry-admin#22), a token-auth registry whose 60 s tokens a 197 MB layer outlasted (distribution/distribution#1601; docs/real-texts.md dev106-generic-03, dev106-generic-07)'
  },
  {
    // docs/registries.md §13ww (e): docker push's "authentication required" is
    // most often no login for that host (was REG007's first wording)
    id: 'REG039',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      ['push refers to', 'preparing', 'unauthorized: authentication required']
    ],
    source:
      'docs/registries.md §13ww (e): docker push refused "unauthorized: authentication required" at its first layer: no login the push sent for that host (a login to another host or port, a login docker stored under another key, none at all) in 8 of the 10 development texts that show it (docs/real-texts.md dev20-generic-03, dev20-docker-hub-04, dev22-generic-04, dev3-acr-05, dev48-generic-02: Gitea\'s maintainer pushing before docker login, dev67-harbor-01, dev68-generic-01, dev29-generic-03); a token without the push scope is refused so too (distribution docs/spec/auth/token.md; gitlab-org/gitlab-ce#20185), the case REG007 read it as'
  },
  {
    // docs/registries.md §13ww (d): OpenShift's image import without a pull
    // secret for the registry
    id: 'REG040',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['import failed (unauthorized)'],
    source:
      'docs/registries.md §13ww (d): OpenShift\'s image import (oc import-image, an image stream) refused by the registry, "Import failed (Unauthorized): you may not have access to the Docker image \\"…\\"": the namespace has no pull secret for that registry (or for its token server\'s host) (docs/real-texts.md dev100-generic-06)'
  },
  {
    // a push whose layers were being prepared: the login was accepted,
    // then the token for this repository had no push right (token
    // registries answer a missing scope with 401 "authentication required")
    id: 'REG007',
    diagnosis: 'insufficient-scope',
    match: [
      ['trying to reuse blob', 'at destination', 'unauthorized'],
      ['trying to reuse blob', 'at destination', '403 (forbidden)']
    ],
    source:
      'distribution token auth: a token without the requested push scope gets 401 UNAUTHORIZED "authentication required" (distribution docs/spec/auth/token.md; a GitLab job token pushing to another project, gitlab-org/gitlab-ce#20185); podman/skopeo checking a blob at the destination with a token that may not use the repository (redhat-actions/push-to-registry#52, sclorg/s2i-python-container#714)'
  },
  {
    // docs/registries.md §13s (d): containers/image since 2021 prints a
    // registry error whose message is its code's default without the code:
    // UNAUTHORIZED reads "authentication required" alone. REG007's reading
    id: 'REG015',
    diagnosis: 'insufficient-scope',
    match: [
      ['trying to reuse blob', 'at destination', 'authentication required']
    ],
    source:
      'docs/registries.md §13s (d): containers/image docker/errors.go registryHTTPResponseToError ("if e.Message == e.Code.Message()": the message alone, containers/image 6fa5cda4 "Simplify error messages using the default error text", 2021-08) and docker/docker_image_dest.go ("checking whether a blob %s exists in %s: %w"), under copy\'s "trying to reuse blob %s at destination: %w": podman, buildah or skopeo pushing with a token the registry refused for the repository, REG007\'s reading of the older "unauthorized: authentication required"'
  },
  {
    // docs/registries.md §13aa (a): the registry's own log: the request's
    // token does not grant what it asked (a push with a pull-only token)
    id: 'REG018',
    diagnosis: 'insufficient-scope',
    match: ['error authorizing context: insufficient scope'],
    source:
      'docs/registries.md §13aa (a): distribution registry/auth/token accesscontroller.go ErrInsufficientScope ("insufficient scope"), logged by registry/handlers/app.go as "error authorizing context: %v" for a request whose token lacks the action (attack round 14: a push refused for scope, after the routine "authorization token required" of the session\'s first /v2/ request)'
  },
  {
    // docs/registries.md §13aa (c): containers/image pinged /v2/ and got
    // 404: nothing at that address speaks the registry API
    id: 'REG017',
    diagnosis: 'registry-unreachable',
    case: 'not-a-registry',
    match: [
      ['pinging container registry', 'invalid status code from registry 404']
    ],
    source:
      'docs/registries.md §13aa (c): containers/image docker/docker_client.go detectPropertiesHelper ("pinging container registry %s: %w") with httpResponseToError ("invalid status code from registry %d (%s)"): podman push to an address whose /v2/ answers 404 (ansible/galaxy_collection#184, docs/real-texts.md dev11-not-login-03)'
  },
  {
    // docs/registries.md §13bb (a): containerd's token request answered with
    // a web page (`<`): no token service answers there; before REG003
    id: 'REG019',
    diagnosis: 'registry-unreachable',
    case: 'not-a-registry',
    match: [
      [
        'failed to fetch oauth token',
        'unable to decode token response',
        "invalid character '<'"
      ],
      [
        'failed to fetch anonymous token',
        'unable to decode token response',
        "invalid character '<'"
      ],
      // docker's own client (docs/registries.md §13rr (m))
      ['/v2/: unable to decode token response', "invalid character '<'"]
    ],
    source:
      'docs/registries.md §13bb (a): containerd core/remotes/docker/auth/fetch.go ("unable to decode token response: %w") on an HTML answer, "failed to authorize: failed to fetch oauth token: unable to decode token response: invalid character \'<\' looking for beginning of value" for a GitLab Geo secondary used as a mirror (containerd/containerd#4005, docs/real-texts.md dev12-gitlab-03); docker\'s own client (distribution registry/client/auth/session.go, "unable to decode token response: %s"): "Error response from daemon: Get https://harbor.dev.com/v2/: unable to decode token response: invalid character \'<\' looking for beginning of value" from a Harbor whose token service answered a web page (docs/real-texts.md dev33-harbor-03, docs/registries.md §13rr (m))'
  },
  {
    // docs/registries.md §13c (e): containerd's token request answered 404
    // or 5xx: no token service, or one that failed; before REG003, which
    // reads a token refusal (Google's 404 is GAR020's)
    id: 'REG010',
    diagnosis: 'registry-unreachable',
    case: 'not-a-registry',
    match: [['failed to fetch oauth token', '404 not found']],
    source:
      'docs/registries.md §13c (e): containerd remotes/docker/auth fetchToken ("unexpected status: %s", later "unexpected status from %s request to %s: %s") on a realm with no token service (RFC 9110 §15.5.5; FB018\'s reading); "failed to authorize: failed to fetch oauth token: unexpected status: 404 Not Found" that a re-run fixed (docker/setup-buildx-action#155)'
  },
  {
    id: 'REG011',
    diagnosis: 'registry-unreachable',
    match: [
      ['failed to fetch oauth token', '500 internal server error'],
      ['failed to fetch oauth token', '502 bad gateway'],
      ['failed to fetch oauth token', '503 service unavailable'],
      ['failed to fetch oauth token', '504 gateway timeout']
    ],
    source:
      "docs/registries.md §13c (e): containerd fetchToken's status (as REG010) with a 5xx: RFC 9110 §15.6, the token service failed, not the credential (NET002's reading, which REG003 came before)"
  },
  {
    // docs/registries.md §13f (c): a token request for a pull alone (its
    // one scope ends in `:pull`, as the service parameter follows),
    // refused 401: the credential sent was refused, a push was not asked.
    // Before REG003, which reads a token refused on a push
    id: 'REG014',
    diagnosis: 'invalid-credentials',
    match: [
      ['failed to fetch oauth token', '%3apull&service=', '401 unauthorized']
    ],
    source:
      'docs/registries.md §13f (c): containerd remotes/docker/auth fetchToken ("unexpected status from GET request to <realm>?scope=repository%3A<name>%3Apull&service=…: 401 Unauthorized"): the token service refused the credential (RFC 9110 §15.5.2); a push asks pull,push (REG003)'
  },
  {
    // docs/registries.md §13jj (b): containerd's token request with the
    // credential it holds for the host ("oauth token"; with none it asks an
    // "anonymous token", CLI008) refused 401, the form that shows no scope:
    // the credential was refused (attack-17 repro-02: a BuildKit FROM pull).
    // Before REG003
    id: 'REG020',
    diagnosis: 'invalid-credentials',
    match: [
      ['failed to fetch oauth token', 'unexpected status: 401 unauthorized']
    ],
    source:
      'docs/registries.md §13jj (b): containerd core/remotes/docker/auth/fetch.go FetchTokenWithOAuth (the path taken when a credential is configured for the host) "failed to fetch oauth token: unexpected status: 401 Unauthorized": "[internal] load metadata for docker.io/library/alpine … failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized" (moby/buildkit#4456); distribution token.md: a token server answers a failed authentication 401; an Earthly login with a wrong password (docs/real-texts.md dev13-docker-hub-03)'
  },
  {
    // docs/registries.md §13tt (d): the token request itself found no
    // network: before REG003, which reads the token's refusal
    id: 'NET018',
    diagnosis: 'registry-unreachable',
    match: [
      ['failed to fetch oauth token', 'dial tcp'],
      ['failed to fetch oauth token', 'i/o timeout'],
      ['failed to fetch oauth token', 'no such host'],
      ['failed to fetch oauth token', 'connection refused'],
      ['failed to fetch oauth token', 'tls handshake timeout']
    ],
    source:
      'docs/registries.md §13tt (d): BuildKit\'s "failed to authorize: failed to fetch oauth token: Post "https://auth.docker.io/token": dial tcp [2a03:2880:…]:443: connectex: A connection attempt failed because the connected party did not properly respond …" (Go net\'s dial error, Windows\' WSAETIMEDOUT text) for a resolver answering auth.docker.io with another address (Ryan-Miao/docker-yapi#19): no answer about the credential came'
  },
  {
    // docs/registries.md §13ww (a): the token request's connection dropped
    // mid-request, on its own line (attack-46 A46-03); before REG003
    id: 'NET027',
    diagnosis: 'registry-unreachable',
    sameLine: true,
    match: [
      ['failed to fetch oauth token', 'read: connection timed out'],
      ['failed to fetch oauth token', 'connection reset by peer']
    ],
    source:
      'docs/registries.md §13ww (a): Go\'s "read tcp <local>-><remote>:443: read: connection timed out" (ETIMEDOUT) and "… connection reset by peer" (ECONNRESET) on BuildKit\'s token request, "failed to authorize: failed to fetch oauth token: Post "https://…/token": read tcp …: read: connection timed out": the connection dropped before an answer came. On one line: another tool\'s reset (a pip retry) elsewhere in the log is not it (attack-46 A46-03)'
  },
  {
    // docs/registries.md §13aaa (i): docker 1.x's push of a blob answered
    // with a server error: the registry (or its storage) failed
    id: 'NET028',
    diagnosis: 'registry-unreachable',
    match: [['server error: 5', 'trying to push']],
    source:
      'docs/registries.md §13aaa (i): docker 1.x, "FATA[0430] Error pushing to registry: Server error: 500 trying to push example blob - sha256:…" from a registry:2 on Azure blob storage failing layers over 100 MB (distribution/distribution#758; docs/real-texts.md dev106-generic-08): the registry\'s own fault, whatever the credential'
  },
  {
    id: 'REG003',
    diagnosis: 'insufficient-scope',
    match: ['failed to fetch oauth token'],
    source: 'buildx/BuildKit push: failed to authorize (login had worked)'
  },
  {
    // docs/registries.md §13oo (b): a credential refused for the time it
    // was signed at: the runner's clock, not the key (before REG021, which
    // reads any other invalid_grant as a refused key; case `clock`)
    id: 'REG022',
    diagnosis: 'invalid-credentials',
    case: 'clock',
    match: [['invalid jwt', 'reasonable timeframe']],
    source:
      'docs/registries.md §13oo (b): Google\'s OAuth 2.0 token endpoint, invalid_grant "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values …" when the machine\'s clock is off (mediafigaro/google-analytics-api-symfony#7, googleapis/google-auth-library-nodejs#129, googleapis/google-cloud-python#3100: a Docker for Mac VM whose clock drifted)'
  },
  {
    // docs/registries.md §13aaa (b): the identity token docker stored at an
    // earlier login refused: the stored login is stale, not the password
    id: 'REG041',
    diagnosis: 'invalid-credentials',
    case: 'stored-identity-token',
    match: [
      ['identity token', 'invalid_grant'],
      ['invalid_grant', 'for refresh token']
    ],
    source:
      'docs/registries.md §13aaa (b): RFC 6749 §5.2 invalid_grant (the refresh token is invalid, expired, revoked); docker/cli stores the identity token a registry returns at login (types.AuthConfig IdentityToken, "identitytoken" in config.json) and sends it as a refresh token thereafter; a Docker Trusted Registry refusing it, "unable to get identity token from client token: invalid_grant: no such account for refresh token" (dev19-generic-02)'
  },
  {
    // docs/registries.md §13nn (g): OAuth 2.0's refusal of the grant a
    // client held (a refresh or identity token, a stored login)
    id: 'REG021',
    diagnosis: 'invalid-credentials',
    match: ['invalid_grant'],
    source:
      'docs/registries.md §13nn (g): RFC 6749 §5.2 invalid_grant ("The provided authorization grant … or refresh token is invalid, expired, revoked"); a Docker Trusted Registry refusing docker\'s stored identity token, "unable to get identity token from client token: invalid_grant: no such account for refresh token" (dev19-generic-02); Google\'s token endpoint refusing expired application default credentials, 400 {"error": "invalid_grant"} (dev16-gar-02)'
  },
  {
    // docs/registries.md §13f (b): the kubelet's pull event with a 401
    // that says a credential is required: the pod's pull carried none
    // (no image pull secret for this host, a node identity without the
    // registry): before REG004, which reads the words as a refused login
    id: 'REG013',
    diagnosis: 'missing-credentials',
    case: 'anonymous-pull',
    match: [
      ['failed to pull image', 'unauthorized: authentication required'],
      ['failed to pull image', 'unauthorized: "authentication required"']
    ],
    source:
      'docs/registries.md §13f (b): kubelet event "Failed to pull image "<ref>": rpc error: code = Unknown desc = Error response from daemon: Get https://<registry>/v2/<name>/manifests/<tag>: unauthorized: authentication required" for pods with no image pull secret for a private registry (Azure/AKS, kubernetes.io "Pull an Image from a Private Registry"; texts of the read sets, __fixtures__/real-texts.ts acr-01, real-texts-dev2.ts dev2-acr-01, dev2-acr-02)'
  },
  {
    id: 'REG004',
    diagnosis: 'invalid-credentials',
    match: [
      'unauthorized: authentication required',
      'failed with status: 401',
      '401 unauthorized',
      'response status code 401: unauthorized',
      // go-containerregistry before 2019 quoted the message (%s: %q);
      // logrus escapes the quotes again (docs/registries.md §13c (f))
      'unauthorized: "authentication required"',
      'unauthorized: \\"authentication required\\"',
      // Spack's OCI build cache (docs/registries.md §13uu (f))
      ['401', 'failed to login'],
      // docs/registries.md §13ww (d): as a title cuts it
      '401 unauthorize',
      // docs/registries.md §13aaa (i): moby's wrapping of a registry's bare
      // refusal (docker pull and compose, recent docker)
      'error from registry: unauthorized'
    ],
    source:
      'distribution, Harbor, ACR; docker/cli Basic-auth login; oras-go errcode ErrorResponse without a body, "GET "…": response status code 401: Unauthorized" (helm 3.14+, oras; docs/registries.md §13a (g)); go-containerregistry transport Diagnostic.String "%s: %q" until google/go-containerregistry#341 (2019-01), as kaniko printed it: msg="UNAUTHORIZED: \\"authentication required\\"" (GoogleContainerTools/kaniko#210, #181; docs/registries.md §13c (f)); Spack\'s OCI build cache, "urllib.error.HTTPError: HTTP Error 401: Failed to login to https://ghcr.io/v2/…/blobs/uploads/: Unauthorized" (docs/real-texts.md dev74-ghcr-01; docs/registries.md §13uu (f)); docker\'s (moby) "Error response from daemon: error from registry: unauthorized" for a registry\'s bare 401, as a compose pull of a private ghcr.io package with no login met it (docs/real-texts.md dev105-ghcr-05; docs/registries.md §13aaa (i))'
  },
  {
    // docs/registries.md §13aac (c): docker's push progress retrying a
    // layer, then the connection's EOF: the network or the registry
    id: 'NET033',
    diagnosis: 'registry-unreachable',
    match: [
      ['the push refers to repository', 'retrying in', 'seconds eof'],
      ['the push refers to repository', 'retrying in', 'second eof']
    ],
    source:
      'docker push\'s progress ("Retrying in N seconds", moby distribution/xfer) ending with the upload\'s io.EOF printed alone: "The push refers to repository [containerregistry.azurecr.io/name] 156ff16f37e4: Retrying in 19 seconds EOF" (MicrosoftDocs/azure-docs#32424, docs/real-texts.md dev121-acr-06); docs/registries.md §13aac (c)'
  },
  {
    // attack-70 A70-03: "from daemon": the daemon's own proxy (a systemd
    // drop-in, daemon.json's proxies, Docker Desktop's settings), not the
    // job's HTTPS_PROXY; before NET031
    id: 'NET034',
    diagnosis: 'registry-unreachable',
    case: 'daemon-proxy',
    match: [['error response from daemon', 'proxyconnect tcp: dial tcp']],
    source:
      'Go net/http "proxyconnect tcp: …" in the daemon\'s answer: "Error response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: dial tcp …: connect: connection refused", fixed in the daemon\'s proxy settings: only the systemd service failed, dockerd run by hand worked (moby/moby#35226); /etc/systemd/system/docker.service.d/http-proxy.conf removed (moby/moby#32270); Docker Desktop Settings → Resources → Proxies (docker/for-win#9400); docs/registries.md §9.1 "Who logs in", §13aac (d)'
  },
  {
    // attack-69 A69-02: Go could not reach the proxy of HTTPS_PROXY: no
    // registry was asked, so the registry input and its status page are
    // not the first things to check
    id: 'NET031',
    diagnosis: 'registry-unreachable',
    case: 'proxy-unreachable',
    match: [
      'proxyconnect tcp: dial tcp',
      ['proxyconnect tcp:', 'i/o timeout'],
      ['proxyconnect tcp:', 'connection reset by peer']
    ],
    source:
      'Go net/http transport.go dialConn wraps an error dialing the proxy as "proxyconnect tcp: …" (docs/registries.md §9.1, §13aac (b)): "Error response from daemon: Get "https://registry-1.docker.io/v2/": proxyconnect tcp: dial tcp 10.0.0.5:3128: connect: connection refused", the proxy of the daemon\'s or the job\'s HTTPS_PROXY down or misspelt (attack-69 A69-02, against docker 28.2.2)'
  },
  {
    id: 'NET001',
    diagnosis: 'registry-unreachable',
    match: [
      'no such host',
      'temporary failure in name resolution',
      'dial tcp',
      'connection refused',
      'connection reset by peer',
      'network is unreachable',
      'i/o timeout',
      'tls handshake timeout',
      'x509:',
      'server gave http response to https client',
      'client.timeout exceeded',
      'request canceled while waiting for connection',
      'context deadline exceeded',
      'unexpected eof',
      ': eof',
      // Python clients (az acr login, docker-py): urllib3's wording
      'max retries exceeded with url',
      'failed to establish a new connection',
      // Node's (Renovate, got): docs/registries.md §13hh (h)
      'connect etimedout',
      // Node's http: a connection the other end closed (ECONNRESET; the
      // VS Code Docker extension, docs/registries.md §13uu (b))
      'socket hang up',
      // docs/registries.md §13uu (f): Node's read ECONNRESET, Windows'
      // WSAECONNRESET, containerd's blob fetch that got no answer
      'read econnreset',
      'forcibly closed by the remote host',
      'failed open: failed to do request'
    ],
    source: 'Go net/http and crypto/tls errors as the docker CLI prints them'
  },
  {
    // docs/registries.md §13ww (d): a connection the kernel reports gone
    // (ENOTCONN), an HTTP/2 stream reset (Go's http2.StreamError)
    id: 'NET026',
    diagnosis: 'registry-unreachable',
    match: ['write: socket is not connected', 'stream error: stream id'],
    source:
      'docs/registries.md §13ww (d): Go\'s "write: socket is not connected" (ENOTCONN) on Docker Hub\'s device login, "Post "https://hub.docker.com/v2/access-tokens/desktop-generate": write tcp …: write: socket is not connected" (docs/real-texts.md dev104-docker-hub-07), and golang.org/x/net/http2\'s StreamError "stream error: stream ID %d; %v", "Error forwarding to https://10.2.13.13:443, err: stream error: stream ID 87; PROTOCOL_ERROR" from a Traefik in front of a registry (docs/real-texts.md dev100-generic-04)'
  },
  {
    // gRPC's status as the kubelet prints a CRI call's: a pull that ran out
    // of time
    id: 'NET010',
    diagnosis: 'registry-unreachable',
    match: ['code = deadlineexceeded'],
    source:
      'grpc-go codes.DeadlineExceeded, printed "rpc error: code = DeadlineExceeded desc = …" by the kubelet for a CRI pull past its deadline (aws/containers-roadmap#2304: an ECR pull-through cache sending nodes without internet access to Docker Hub\'s CDN; docs/registries.md §13h)'
  },
  {
    // docs/registries.md §13rr (s): Azure Storage's throttling of an
    // account's traffic (GHCR's and ACR's blob storage): a rate, not a
    // credential; before NET015, which reads its 503
    id: 'REG025',
    diagnosis: 'rate-limited',
    match: [
      'egress is over the account limit',
      'ingress is over the account limit',
      'operations per second is over the account limit'
    ],
    source:
      'docs/registries.md §13rr (s): Azure Storage\'s ServerBusy (503) messages "Ingress is over the account limit.", "Egress is over the account limit.", "Operations per second is over the account limit." (Azure Storage, "Blob service error codes"); GHCR\'s layer host answering "HTTP status server error (503 Egress is over the account limit.) for url (https://pkg-containers.githubusercontent.com/ghcr1/blobs/…)" to wkg in a burst of CI jobs (docs/real-texts.md dev32-ghcr-03)'
  },
  {
    // docs/registries.md §13uu (b): Azure Storage refusing a layer's
    // download by its network rules (a storage firewall, a service endpoint
    // policy): the layer's URL is signed, no credential was refused
    id: 'NET019',
    diagnosis: 'registry-unreachable',
    case: 'blob-storage',
    match: ['<code>authorizationfailure</code>'],
    source:
      'docs/registries.md §13uu (b): Azure Storage\'s error code AuthorizationFailure (403, "This request is not authorized to perform this operation.", learn.microsoft.com "Azure Storage error codes"), in a kubelet\'s pull from AKS\'s registry, "error pulling image configuration: error parsing HTTP 403 response body: … <Error><Code>AuthorizationFailure</Code><Message>This request is not authorized to perform this operation." where a subnet\'s service endpoint policy refused the storage account (docs/real-texts.md dev59-acr-04)'
  },
  {
    // docs/registries.md §13vv (g): the AWS SDK v2 found no keys; after the
    // registries' refusals, which a job that went on to push outranks
    id: 'AWS013',
    diagnosis: 'missing-credentials',
    match: [
      [
        'amazon-ecr-login',
        'missing credentials in config, if using aws_config_file'
      ],
      [
        'getauthorizationtoken',
        'missing credentials in config, if using aws_config_file'
      ]
    ],
    source:
      "docs/registries.md §13vv (b), (g): the AWS SDK for JavaScript v2's CredentialsError, \"Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1\", from aws-actions/amazon-ecr-login v1 after a step that wrote only a web-identity token file (docs/real-texts.md dev84-ecr-18). Read after the registries' refusals: any Node.js code prints it (a test run's log), and a refusal later in the job is what ended it (attack-42 A42-08, attack-43 A43-02)"
  },
  {
    // docs/registries.md §13vv (b): the registry's own log of a client
    // that refused its certificate (NET014's failure, seen from the server).
    // After the registries' refusals, before NET015's alert from the peer:
    // a log of some client, which a client's own reading in the same paste
    // outranks (attack-42 A42-07: docker login's 401 came over TLS)
    id: 'NET021',
    diagnosis: 'registry-unreachable',
    case: 'tls-unknown-authority',
    match: [['tls handshake error from', 'unknown certificate authority']],
    source:
      'docs/registries.md §13vv (b): Go net/http\'s server log "http: TLS handshake error from %s: %v" with the client\'s alert, "remote error: unknown certificate authority" (Go crypto/tls alertUnknownCA; "remote error: tls: unknown certificate authority" since Go 1.8): a self-managed GitLab\'s registry container when GitLab did not trust its certificate (sameersbn/docker-gitlab, docs/real-texts.md dev82-gitlab-08)'
  },
  {
    // docs/registries.md §13rr (s): curl's network and TLS failures, and a
    // 5xx in libsoup's (Flatpak) and reqwest's (Rust clients) words: no
    // answer about the credential came
    id: 'NET015',
    diagnosis: 'registry-unreachable',
    match: [
      'curl: (6) ',
      'curl: (7) ',
      'curl: (28) ',
      'curl: (35) ',
      'curl: (52) ',
      'curl: (56) ',
      'unexpected response status 50',
      // BuildKit's fetch of a blob or manifest answered 5xx (§13tt (e))
      ['unexpected status code http', ': 500 internal server error'],
      ['unexpected status code http', ': 502 bad gateway'],
      ['unexpected status code http', ': 503 service unavailable'],
      ['unexpected status code http', ': 504 gateway time'],
      'http status server error (50',
      // Go's crypto/tls: the peer ended the handshake with an alert
      // (docs/registries.md §13rr (y))
      'remote error: tls: ',
      // containerd's framing of a 5xx on a blob or manifest (§13aab (b))
      ['unexpected status from ', ' request to ', ': 500 '],
      ['unexpected status from ', ' request to ', ': 502 '],
      ['unexpected status from ', ' request to ', ': 503 '],
      ['unexpected status from ', ' request to ', ': 504 ']
    ],
    source:
      'docs/registries.md §13rr (s): libcurl error codes (curl.se, libcurl-errors: 6 CURLE_COULDNT_RESOLVE_HOST, 7 CURLE_COULDNT_CONNECT, 28 CURLE_OPERATION_TIMEDOUT, 35 CURLE_SSL_CONNECT_ERROR, 52 CURLE_GOT_NOTHING, 56 CURLE_RECV_ERROR) as curl prints them, "curl: (35) error:1400443E:SSL routines:… alert inappropriate fallback" downloading a Homebrew bottle from ghcr.io (docs/real-texts.md dev32-ghcr-02); Flatpak\'s OCI remote, "error: Failed to get tokens for ref: Unexpected response status 503 from repo" (dev32-generic-03, Fedora\'s registry down); reqwest\'s "HTTP status server error (503 …) for url (…)" (dev32-ghcr-03); Go crypto/tls "remote error: tls: %s" (the peer\'s alert, RFC 8446 §6: access_denied, handshake_failure…), kubeadm\'s "[ERROR ImagePull]: failed to pull image k8s.gcr.io/kube-apiserver:v1.14.0: … Get https://k8s.gcr.io/v2/: remote error: tls: access denied" before any credential (docs/real-texts.md dev38-gar-02, docs/registries.md §13rr (y)); BuildKit\'s "failed to copy: httpReadSeeker: failed open: unexpected status code https://quay.io/v2/…/blobs/sha256:…: 504 Gateway Time-out" (kgateway-dev/kgateway#10322, a Quay incident; docs/registries.md §13tt (e)); containerd\'s "unexpected status from HEAD request to https://…/v2/…/manifests/sha256:…: 500 Server Error" for a Nexus docker-hosted repository after an upgrade (sonatype/nexus-public#1059, docs/real-texts.md dev112-generic-13; docs/registries.md §13aab (b))'
  },
  {
    // docs/registries.md §13tt (b): an ingress controller's default
    // backend answering where the registry should
    id: 'NET016',
    diagnosis: 'registry-unreachable',
    case: 'not-a-registry',
    match: ['default backend - 404'],
    source:
      'docs/registries.md §13tt (b): ingress-nginx\'s default backend (its 404 page, "default backend - 404") answering a path no ingress rule routes: "Error: Status 404 trying to push repository test/busybox: "default backend - 404"" for Harbor behind an ingress that did not route /v2/ to the registry, while its NodePort worked (goharbor/harbor-helm#61)'
  },
  {
    // docs/registries.md §13aab (b): docker 1.x's login answered 404 where a
    // registry answers: the address is no registry's
    id: 'NET029',
    diagnosis: 'registry-unreachable',
    case: 'not-a-registry',
    match: [['login: not found', '(code: 404']],
    source:
      'docs/registries.md §13aab (b): docker 1.x\'s login (registry/auth.go loginV1) printing the login endpoint\'s answer as "Login: <body> (Code: <status>; Headers: …)": "Error response from daemon: Login: Not found (Code: 404; Headers: map[Content-Type:[text/plain; charset=utf-8] …])" where the address was docker_auth\'s token server, not the registry (cesanta/docker_auth#144, docs/real-texts.md dev112-generic-01)'
  },
  {
    // docs/registries.md §13tt (b): an organization's IP allow list on
    // GitHub refusing the runner's address
    id: 'NET017',
    diagnosis: 'registry-unreachable',
    case: 'ip-allow-list',
    match: [['has an ip allow list enabled', 'ip address is not permitted']],
    source:
      'docs/registries.md §13tt (b): GitHub\'s refusal under an organization\'s IP allow list, "Although you appear to have the correct authorization credentials, the `ORG` organization has an IP allow list enabled, and your IP address is not permitted to access this resource." (docs.github.com "Managing allowed IP addresses for your organization"; github.blog changelog 2023-08-07, the address left out of the message), to docker/metadata-action on a runner the list did not hold (docker/metadata-action#342)'
  },
  {
    id: 'NET002',
    diagnosis: 'registry-unreachable',
    match: [
      '500 internal server error',
      '502 bad gateway',
      '503 service unavailable',
      '504 gateway timeout',
      // distribution's client for any other status it did not expect: a
      // CDN's own 52x (docs/registries.md §13uu (c))
      'received unexpected http status: 5'
    ],
    source: 'docker/cli: login attempt … failed with status: 503 …'
  },
  {
    // docs/registries.md §13aab (b): nginx's 499 in front of a registry
    id: 'NET030',
    diagnosis: 'registry-unreachable',
    match: ['client closed request'],
    source:
      'nginx\'s 499 "Client Closed Request" (ngx_http_request.h NGX_HTTP_CLIENT_CLOSED_REQUEST) from the proxy in front of a registry: "ERROR: unknown: Client Closed Request" after a six-minute layer upload to Gitea\'s registry (go-gitea/gitea#31793; docs/registries.md §13aab (b))'
  },
  {
    // docs/registries.md §13l (f): a 5xx in docker's v1 client's words
    id: 'NET011',
    diagnosis: 'registry-unreachable',
    match: [
      'error: status 500 trying to',
      'error: status 502 trying to',
      'error: status 503 trying to',
      'error: status 504 trying to'
    ],
    source:
      'docker\'s v1 registry client: "Error: Status %d trying to pull repository %s: %q" with a 5xx (docs/registries.md §13l (f): GitLab\'s Dependency Proxy answering a 503 browser-check page, gitlab.com/gitlab-org/gitlab#294018)'
  },
  // Weak client wordings (docs/registries.md §13a (h)): only when nothing
  // more specific (a registry's words, a status, a network error) matched
  {
    id: 'CLI019',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      'ensure registry read access to',
      'ensure registry read/write access to'
    ],
    source:
      'docs/registries.md §13a (h): buildpacks lifecycle image/registry_handler.go ("failed to ensure registry read/write access to %s: %w"); pack build --publish with a private registry whose login the lifecycle did not get: "[analyzer] ERROR: failed to : ensure registry read access to myprivate.registry.com/…" (buildpacks/pack#1432), "validating registry read access: ensure registry read access to harbor.mydomain/cache/test:latest" (buildpacks/pack#1991)'
  },
  {
    id: 'CLI020',
    diagnosis: 'credential-store-error',
    match: ['ecr: failed to get authorization token'],
    source:
      'docs/registries.md §13a (h): awslabs/amazon-ecr-credential-helper ecr-login/api/client.go ("ecr: Failed to get authorization token: %w"; awslabs/amazon-ecr-credential-helper#381, #680); the AWS error inside it (AWS00x, NET001) wins when there is one'
  },
  {
    id: 'CLI021',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      'credentials not found in native keychain',
      'has nothing for server url'
    ],
    source:
      'docs/registries.md §13a (h): docker/docker-credential-helpers credentials/error.go ("credentials not found in native keychain": the helper holds no login for that host); jib "The credential helper (docker-credential-desktop) has nothing for server URL: registry-1.docker.io … credentials not found in native keychain" (a warning when jib then finds no credential elsewhere; GoogleContainerTools/jib DockerCredentialHelper)'
  },
  {
    // docs/registries.md §13hh (c): a client's own call of a credential
    // helper failed; after CLI021, which reads a helper that has nothing
    id: 'CLI069',
    diagnosis: 'credential-store-error',
    case: 'credential-helper',
    match: [
      'credential helper failed:',
      ['credential helper', 'returned non-zero response code']
    ],
    source:
      'docs/registries.md §13hh (c): bazel-contrib/rules_oci oci/private/authn.bzl, "credential helper failed: \\nSTDOUT:\\n…\\nSTDERR:\\n…" (bazel-contrib/rules_oci#750, #816); keirlawson/docker_credential (Rust), "Credential helper `docker-credential-desktop` returned non-zero response code" (keirlawson/docker_credential#16)'
  },
  {
    // docs/registries.md §13rr (w): docker's warning when this user may
    // not read config.json (it then writes the file anew, dropping what it
    // held), and the action's own refusal, in its words. Weak, as CLI024
    id: 'CLI081',
    diagnosis: 'credential-store-error',
    case: 'config-unreadable',
    match: [['error loading config file', 'permission denied']],
    source:
      'docs/registries.md §13rr (w): docker/cli cli/config Load, "WARNING: Error loading config file: <file>: open <file>: permission denied" for a config.json owned by root with mode 0600 in a folder the user may write; docker goes on with an empty config and its login replaces the file (attack round 28, repro-03)'
  },
  {
    // docs/registries.md §0: docker's warning when config.json does not
    // parse (it then writes the file anew, dropping what it held), and the
    // action's own refusal to run docker on such a file, in its words.
    // Weak: a failure the text also shows decides first
    id: 'CLI024',
    diagnosis: 'credential-store-error',
    case: 'config-malformed',
    match: ['error parsing config file'],
    source:
      'docs/registries.md §0: docker/cli config loading, "WARNING: Error parsing config file (<file>): invalid character \'}\' looking for beginning of object key string" (docker 28.2.2, a trailing comma; a UTF-8 byte-order mark: "invalid character \'ï\' looking for beginning of value"), after which docker login and docker logout write the file with only what they hold'
  },
  {
    // docs/registries.md §13aa (a): the registry's own log: a request came
    // without a token (distribution's token access controller). Weak: every
    // docker session's first /v2/ request is logged so, so that any other
    // failure the log shows (insufficient scope) decides first (attack
    // round 14)
    id: 'REG016',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['error authorizing context: authorization token required'],
    source:
      'docs/registries.md §13aa (a): distribution registry/auth/token accesscontroller.go ErrTokenRequired ("authorization token required"), logged by registry/handlers/app.go as "error authorizing context: %v": a self-managed GitLab registry\'s log while containerd pulled with no credential for it (gitpod-io/gitpod#8795, docs/real-texts.md dev11-gitlab-01)'
  },
  {
    id: 'CLI005',
    diagnosis: 'ok',
    match: ['login succeeded'],
    source: 'docker/cli on success'
  },
  {
    // docs/registries.md §13ww (d): docker login's prompt for a Docker ID,
    // printed where no login was given: last of the generic rules, after
    // every refusal and every network or TLS error, which an interactive
    // docker login prints after it too (attack-46 A46-04)
    id: 'HUB024',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      'you can log in with your password or a personal access token (pat)'
    ],
    source:
      'docs/registries.md §13ww (d): docker/cli\'s interactive login banner ("Log in with your Docker ID or email address to push and pull images from Docker Hub. … You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO."), as docker scout prints it in a job whose Docker Hub login it could not use (docs/real-texts.md dev104-docker-hub-02): no stored login the command could use'
  }
]

/**
 * A push that went to Docker Hub (`docker.io/…`, what a name without a
 * registry host means) while the login was for another registry: for every
 * profile but Docker Hub's, before any refusal wording.
 */
export const PUSHED_TO_HUB: readonly TextRule[] = [
  {
    id: 'MIS002',
    diagnosis: 'registry-mismatch',
    case: 'name-without-host',
    match: [
      'push refers to repository [docker.io/',
      'push refers to a repository [docker.io/'
    ],
    source:
      'docker push of a name without its registry host (or with a host without a dot, read as a Docker Hub namespace): "The push refers to repository [docker.io/harbor-node/abc/project]" (goharbor/harbor#4413), "[docker.io/mhcpoccr/myhealth.web]" for an ACR (microsoft/azuredevopslabs#222); docs.docker.com "docker image tag": a name\'s first component is a registry host only with a dot, a port or localhost'
  }
]

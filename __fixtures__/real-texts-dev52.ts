/**
 * A fifty-second development set of real registry error texts ("dev52"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fifty-second
 * development set"). Its direction: the images of identity, secrets and
 * API-gateway products (Keycloak, Vault/Consul, Authentik, Authelia, Teleport,
 * Dex, oauth2-proxy, Ory, SPIRE, Kong, Traefik, Envoy, Caddy, NGINX Plus,
 * HAProxy, APISIX, Gloo, Contour) and the registries those products sit in
 * front of or log in to. Sources are GitHub issues and pull requests found
 * with the search tool; none is a source of an earlier set (the list of the
 * 2356 earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * thread shows no confirmed fix. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV52: readonly RealText[] = [
  {
    id: 'dev52-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "docker pull ghcr.io/dexidp/dex:v2.26.0\nError response from daemon: pull access denied for ghcr.io/dexidp/dex, repository does not exist or may require 'docker login': denied: permission_denied: read_package",
    source: 'dexidp/dex#1872',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull of Dex\'s GHCR image; the packages had been published private, and the maintainer made them public ("It should be public now"). The command\'s trailing padding is trimmed'
  },
  {
    id: 'dev52-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/numberly/vault-db-injector:v3.0.0\nError response from daemon: Head "https://ghcr.io/v2/numberly/vault-db-injector/manifests/v3.0.0": unauthorized',
    source: 'numberly/vault-db-injector#68',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the Vault database-credential injector\'s GHCR package was private (issue title "ghcr image is private"); the maintainer published release 3.2.2 to GHCR as a public image and the reporter confirmed it pulls. The comment\'s curl of the manifest URL is left out'
  },
  {
    id: 'dev52-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed to pull image "ghcr.io/rossoctl/cortex/spiffe-helper:latest":\nfailed to resolve reference "ghcr.io/rossoctl/cortex/spiffe-helper:latest":\nfailed to authorize: failed to fetch anonymous token: ...403 Forbidden',
    source: 'rossoctl/rossoctl#2334',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the SPIFFE helper sidecar (the operator's Keycloak authentication) names a GHCR image that was never published or is private; a substitute image worked. INFERENCE: the stored thread shows the reporter's analysis, not a maintainer's fix. A kubelet event; the '...' is the post's own elision"
  },
  {
    id: 'dev52-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/spiffe/spire-server:1.8.2\nTrying to pull repository ghcr.io/spiffe/spire-server ...\nPulling repository ghcr.io/spiffe/spire-server\nError: image spiffe/spire-server:1.8.2 not found',
    source: 'spiffe/spire#4602',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Red Hat's docker 1.13 (its 'Trying to pull repository' output, then the v1 'Pulling repository' fallback) pulls SPIRE 1.5.6 but no tag from 1.6.0 on, with or without a login: the newer images are published as OCI image indexes, which that docker cannot read. INFERENCE: the stored thread shows no maintainer answer. The shell prompt and the post's bold markers are removed"
  },
  {
    id: 'dev52-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/authelia/authelia:4.39.2\nError response from daemon: manifest unknown',
    source: 'authelia/authelia#9473',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The 4.39.2 tag never reached either registry: the release pipeline's own push had failed (its log, also in the post, shows 'failed to fetch oauth token: Post \"https://auth.docker.io/token\": EOF'). The command is from the post's prose, the error from its code block"
  },
  {
    id: 'dev52-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: unable to copy from source docker://ghcr.io/goauthentik/server:2026.8: copying system image from manifest list: Unexpectedly received a manifest list instead of a manifest for a single image',
    source: 'goauthentik/authentik#25239',
    expected: 'not-a-login-failure',
    note: "A malformed or nested image index for authentik's 2026.8.0 release that podman/skopeo cannot resolve to one image: nothing about a login. INFERENCE: the stored thread shows no fix"
  },
  {
    id: 'dev52-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '$ docker pull quay.io/louketo/louketo-proxy\nUsing default tag: latest\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'louketo/louketo-proxy#606',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the Keycloak Gatekeeper successor\'s Quay repository named in the README was still private; the maintainer fixed its visibility ("should be fixed now"). Quay answers an anonymous pull of a private repository this way'
  },
  {
    id: 'dev52-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '$ docker pull quay.io/oauth2-proxy/oauth2-proxy:v7.2.0\nError response from daemon: error parsing HTTP 404 response body: invalid character \'<\' looking for beginning of value: "<!DOCTYPE HTML PUBLIC \\"-//W3C//DTD HTML 3.2 Final//EN\\">\\n<title>404 Not Found</title>\\n<h1>Not Found</h1>\\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\\n"',
    source: 'oauth2-proxy/manifests#112',
    expected: 'registry-unreachable',
    note: 'A Quay incident: every pull of every oauth2-proxy tag got this HTML 404 page (the maintainer closed it as a duplicate of the Quay-outage issue). A trailing space and a blank line between the two lines are trimmed'
  },
  {
    id: 'dev52-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR: failed to solve: quay.io/solo-io/envoy-gloo:1.31.2-patch3: failed to resolve source metadata for quay.io/solo-io/envoy-gloo:1.31.2-patch3: failed to copy: httpReadSeeker: failed open: unexpected status code https://quay.io/v2/solo-io/envoy-gloo/blobs/sha256:db563075148048b540d968ce53aa0d30851993ee0e1893f926736f82b80ba86b: 504 Gateway Time-out',
    source: 'kgateway-dev/kgateway#10322',
    expected: 'registry-unreachable',
    note: "Gloo's CI builds failing on Quay's 504 for a layer of the Envoy image; the same pull by hand succeeded"
  },
  {
    id: 'dev52-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "[+] Running 2/2\n ✘ keycloak Error pull access denied for jboss/keycloak, repository does not exist or may requi...                 1.3s\n ✘ postgres Error context canceled                                                                                 1.3s\nError response from daemon: pull access denied for jboss/keycloak, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'fastapi-keycloak/fastapi-keycloak#12',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: jboss/keycloak was removed from Docker Hub when Keycloak moved to quay.io/keycloak/keycloak; pointing the compose file there works. The shell prompt and the compose command line are trimmed'
  },
  {
    id: 'dev52-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull nginx-plus-ingress:1.6.3\nError response from daemon: pull access denied for nginx-plus-ingress, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'nginx/docker-nginx#395',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: there is no public NGINX Plus Ingress image on Docker Hub; the maintainer points to building one (the Plus images are otherwise served from NGINX's private registry to subscribers)"
  },
  {
    id: 'dev52-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for na4ma4/traefik-acme, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'na4ma4/traefik-acme#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the image is published only as ghcr.io/na4ma4/traefik-acme; the README named a Docker Hub repository that does not exist, and a docker login did not help'
  },
  {
    id: 'dev52-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull oryd/kratos:latest\nError response from daemon: pull access denied for oryd/kratos, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nmake: *** [quickstart] Error 1",
    source: 'ory/kratos#198',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: Ory Kratos had not been released yet, so the quickstart\'s Docker Hub repository did not exist (maintainer: "Kratos is not yet released"). The make invocation line is trimmed'
  },
  {
    id: 'dev52-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "kong:3.3": rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'Kong/charts#824',
    expected: 'rate-limited',
    note: "A kubelet event pulling the official Kong image anonymously; Kong's images were only on Docker Hub at the time, so the maintainers advised mirroring them"
  },
  {
    id: 'dev52-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for custom_kong, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nProblem encountered starting Docker components",
    source: 'curityio/spa-using-token-handler#29',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure', 'missing-credentials'],
    note: "needs the thread: custom_kong is the token handler's Kong gateway image that the example's build step makes locally; it was not built, so compose looked it up on Docker Hub. Building it fixed the deploy. The script's '...' lines around the error are trimmed"
  },
  {
    id: 'dev52-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: pull access denied for teleport, repository does not exist or may require 'docker login'",
    source: 'gravitational/teleport#1513',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the build pulled an image named 'teleport' from Docker Hub, where Gravitational published none (maintainer: \"we do not support / maintain Docker images for teleport\"; the repository used before was someone else's and was removed). The title repeats the line; the body's line is kept"
  },
  {
    id: 'dev52-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'yoink: prefetch images: ... Docker responded with status code 401:\nHead "https://registry-1.docker.io/v2/library/caddy/manifests/2":\nunauthorized: incorrect username or password',
    source: 'oddur/yoink#108',
    expected: 'invalid-credentials',
    alsoAcceptable: ['registry-mismatch', 'stale-login'],
    note: "needs the thread: the deploy tool sent the credential of its ghcr.io registry block with the pull of its built-in Caddy proxy image from Docker Hub, which refused it; dropping the registry block (anonymous pulls) made the pull work. INFERENCE: the issue is open, the cause is the reporter's test. The '...' is the post's own elision"
  },
  {
    id: 'dev52-not-login-01',
    family: 'not-login',
    host: 'index.docker.io',
    text: 'GET https://index.docker.io/v2/library/vault/manifests/1.12.4: MANIFEST_UNKNOWN: manifest unknown; unknown tag=1.12.4',
    source: 'hashicorp/vault#19473',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The official vault image\'s 1.12.4 tag was still being published (maintainer: "still in progress for being pushed to Dockerhub")'
  },
  {
    id: 'dev52-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull vault:0.8.3\nError response from daemon: manifest for vault:0.8.3 not found',
    source: 'hashicorp/vault#3354',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The 0.8.3 tag was published late ("There was a delay in the docker publishing"). The command and the error are two code blocks of the post, joined'
  },
  {
    id: 'dev52-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker-compose -f docker-compose-local-basic.yml up -d\nError response from daemon: manifest for vault:latest not found: manifest unknown: manifest unknown',
    source: 'mercedes-benz/DnA#1836',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The official vault image has no 'latest' tag any more (HashiCorp moved to hashicorp/vault); pinning vault:1.13.3 moved on. The command and the error are two indented blocks of the post, joined"
  },
  {
    id: 'dev52-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Step 1/17 : FROM vault:0.11.0\n0.11.0: Pulling from library/vault\nno matching manifest for linux/amd64 in the manifest list entries',
    source: 'hashicorp/docker-vault#107',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "The official image's 0.11.0 manifest list was published without a linux/amd64 entry; Docker fixed it by hand (docker-library/official-images). The post's trailing padding is trimmed"
  },
  {
    id: 'dev52-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: "[root@master ~]# docker pull apache/apisix\nUsing default tag: latest\nlatest: Pulling from apache/apisix\nmediaType in manifest should be 'application/vnd.docker.distribution.manifest.v2+json' not 'application/vnd.oci.image.manifest.v1+json'",
    source: 'apache/apisix#8968',
    expected: 'not-a-login-failure',
    note: 'Docker 19.03.1 cannot read the OCI manifests APISIX now publishes (moby/moby#39727); upgrading docker is the fix the maintainers gave'
  },
  {
    id: 'dev52-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker: Error response from daemon: manifest for kong:3.2.1 not found: manifest unknown: manifest unknown.',
    source: 'Kong/kong#10523',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The install guide named an official-image tag (kong:3.2.1) that Docker Hub did not have. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'dev52-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for oryd/kratos:v0.7.2-alpha.1 not found: manifest unknown: manifest unknown',
    source: 'ory/kratos#1692',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The release\'s image tag had not been pushed; fixed upstream ("Resolved on master!")'
  },
  {
    id: 'dev52-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling apisix (apache/apisix:2.99.0-alpine)...\nERROR: manifest for apache/apisix:2.99.0-alpine not found: manifest unknown: manifest unknown',
    source: 'apache/apisix-docker#369',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'APISIX stopped publishing alpine images; the arm64 compose file still named one (maintainer: use the debian or centos images)'
  },
  {
    id: 'dev52-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull bitnami/oauth2-proxy:latest\nError response from daemon: manifest for bitnami/oauth2-proxy:latest not found: manifest unknown: manifest unknown',
    source: 'oauth2-proxy/oauth2-proxy#3392',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Bitnami withdrew its free images from Docker Hub; the README still named bitnami/oauth2-proxy (the project's own image is on quay.io). A Bitnami image, but the thread is oauth2-proxy's"
  },
  {
    id: 'dev52-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: manifest for jboss/keycloak:16.0.1 not found',
    source: 'code-specialist/fastapi-keycloak#25',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The getting-started compose file named a Keycloak tag that was never published (16.1.1 exists); the maintainers fixed the quickstart'
  },
  {
    id: 'dev52-generic-01',
    family: 'generic',
    host: 'kong-docker-kong-gateway-docker.bintray.io',
    text: '2.3.3.0-alpine: Pulling from kong-enterprise-edition\nerror pulling image configuration: error parsing HTTP 403 response body: invalid character \'F\' looking for beginning of value: "Forbidden!"',
    source: 'Kong/docs.konghq.com#2813',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: a Bintray brownout (Bintray\'s scheduled outages before its shutdown) answered the Kong Enterprise layer download with 403 "Forbidden!"; the maintainers moved the images to Docker Hub. The four layer-progress lines between the two lines are trimmed'
  },
  {
    id: 'dev52-generic-02',
    family: 'generic',
    host: 'kong-docker-kong-enterprise-edition-docker.bintray.io',
    text: "Error response from daemon: Get https://kong-docker-kong-enterprise-edition-docker.bintray.io/v2/: unknown: Repo 'kong-enterprise-edition-docker' was not found",
    source: 'Kong/kong#6329',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the docker login to Kong's Enterprise Bintray repository; the reporter's Bintray account had no licence for it, so the repository did not exist for that account. The docker login command line (with its placeholder key) is left out"
  },
  {
    id: 'dev52-generic-03',
    family: 'generic',
    host: 'kong-docker-kubernetes-ingress-controller.bintray.io',
    text: 'Failed to pull image "kong-docker-kubernetes-ingress-controller.bintray.io/kong-ingress-controller:0.7.0": rpc error: code = Unknown desc = Get https://kong-docker-kubernetes-ingress-controller.bintray.io/v1/_ping: EOF',
    source: 'Kong/kubernetes-ingress-controller#497',
    expected: 'registry-unreachable',
    note: 'A kubelet event: Bintray cut the connection. INFERENCE: the maintainer could not reproduce, suspected a temporary Bintray outage and closed it for inactivity'
  },
  {
    id: 'dev52-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'harbor-core        | 2024-05-23T22:41:54Z [ERROR] [/server/middleware/security/oidc_cli.go:68][requestID="6c4a58aa-4192-4b72-a403-780a44c13d83"]: failed to verify secret, username: fuomag9, error: failed to verify the secret: secret mismatch, username: fuomag9\nharbor-core        | 2024-05-23T22:41:54Z [ERROR] [/server/middleware/security/basic_auth.go:72][client IP="2404:9dc0:cd01:0:ed18:4ed:e86:6ba6, 192.168.6.200" requestID="6c4a58aa-4192-4b72-a403-780a44c13d83" user agent="docker/26.1.1 go/go1.21.9 git-commit/ac2de55 kernel/6.6.26-linuxkit os/linux arch/arm64 UpstreamClient(Docker-Client/26.1.1 \\(darwin\\))"]: failed to authenticate user:fuomag9, error:not supported',
    source: 'goauthentik/authentik#9836',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Harbor's core log for a docker login with an OIDC user's CLI secret, Authentik as the provider. Authentik's Harbor guide left out the offline_access scope, so Harbor got no refresh token and the CLI secret stopped working once the ID token expired; adding the scope fixed it (labelled bug/confirmed). Server-side log, not client output; the post names no host, so host is a placeholder"
  },
  {
    id: 'dev52-harbor-02',
    family: 'harbor',
    host: 'harbor.dev.eks.otomi.cloud',
    text: 'docker login https://harbor.dev.eks.otomi.cloud\nUsername: admin\nPassword:\nError response from daemon: login attempt to https://harbor.dev.eks.otomi.cloud/v2/ failed with status: 404 Not Found',
    source: 'linode/apl-core#184',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "The platform's Harbor (Keycloak as its OIDC provider) did not route /v2/ to the registry: a 404 where the registry's 401 challenge belongs. INFERENCE: closed as a no-op without a stated fix. The post's second attempt, as an OIDC user, is left out; trailing padding trimmed"
  },
  {
    id: 'dev52-harbor-03',
    family: 'harbor',
    host: 'harbor.mydomain.com',
    text: '#podman push wr/app-base:0.0.1 harbor.mydomain.com/library/wr/app-base:0.0.1\nError: writing blob: uploading layer chunked: unauthorized: authorize header needed to send HEAD to repository: authorize header needed to send HEAD to repository',
    source: 'goharbor/harbor#16800',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: podman login succeeds through HAProxy (TLS termination) in front of Harbor, but the push's requests reach Harbor without the Authorization header; pushing to Harbor directly works. INFERENCE: the maintainer's reading is that the proxy trims the auth header; no confirmed fix. The two blob-progress lines are trimmed"
  },
  {
    id: 'dev52-ecr-01',
    family: 'ecr',
    host: '111345817488.dkr.ecr.us-east-1.amazonaws.com',
    text: '$(aws ecr get-login --no-include-email)\ndocker pull 111345817488.dkr.ecr.us-east-1.amazonaws.com/aws-appmesh-envoy:v1.11.1.0-prod\nError response from daemon: Get https://111345817488.dkr.ecr.us-east-1.amazonaws.com/v2/aws-appmesh-envoy/manifests/v1.11.1.0-prod: no basic auth credentials',
    source: 'aws/aws-app-mesh-roadmap#56',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-mismatch'],
    case: 'no-login',
    note: "The login went to the reporter's own account's registry, not to AWS's App Mesh Envoy account 111345817488; 'aws ecr get-login --registry-ids 111345817488' fixed it (\"That worked\"). The commands and the error are two code blocks of the same comment, joined"
  },
  {
    id: 'dev52-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "docker pull gcr.io/vmware-tanzu-images/contour:v0.11.0\nError response from daemon: Get https://gcr.io/v2/vmware-tanzu-images/contour/manifests/v0.11.0: unknown: Project 'project:vmware-tanzu-images' not found or deleted.",
    source: 'projectcontour/gimbal#275',
    expected: 'repository-not-found',
    note: "Gimbal's manifests named Contour images in a Google project that did not exist; the maintainer pointed them at projectcontour/contour on Docker Hub"
  },
  {
    id: 'dev52-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: '$ docker pull gcr.io/heptio-images/contour:v0.14.1\nError response from daemon: manifest for gcr.io/heptio-images/contour:v0.14.1 not found',
    source: 'projectcontour/contour#1292',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The v0.14.1 release\'s image had not been pushed to gcr.io; the maintainer pushed it ("Oops. Fixing now")'
  },
  {
    id: 'dev52-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: '$> docker pull gcr.io/heptio-images/contour:v0.2.1\nError response from daemon: manifest for gcr.io/heptio-images/contour:v0.2.1 not found',
    source: 'projectcontour/contour#153',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The release-0.2 deployment specs named an image tag never pushed; the maintainer ran the missed release job'
  },
  {
    id: 'dev52-gitlab-01',
    family: 'gitlab',
    host: 'docker.secma-sa.com',
    text: 'docker login docker.mywebsite.com\nUsername: myusername\nPassword:\nError response from daemon: Get https://docker.secma-sa.com/v2/: net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
    source: 'sameersbn/docker-gitlab#2025',
    expected: 'registry-unreachable',
    note: "A self-hosted GitLab's container registry behind Traefik: the registry's address did not answer. The post masked its domain in the command only; host is the one the error names. INFERENCE: closed without a stated fix. Trailing padding trimmed"
  }
]

/**
 * The eighty-second development set ("dev82": GitLab (gitlab.com and self-managed) and other private registries (plain registry:2, Basic-auth registries, Artifactory, Nexus, Gitea/Forgejo, JFrog, Zot, Distribution behind nginx)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The eighty-second development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV82: readonly RealText[] = [
  {
    id: 'dev82-gitlab-01',
    family: 'gitlab',
    host: 'registry.privategit.example',
    text: 'time="2022-10-04T09:40:24Z" level=error msg="Could not get tags from registry: Get \\"https://registry.privategit.example/v2/project/dev/test/example-app/tags/list\\": denied: access forbidden" alias=test application=test-apps image_name=project/dev/test/example-app image_tag=v22.10.03-1 registry=registry.privategit.example',
    source: 'argoproj-labs/argocd-image-updater#483',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'read-denied',
    note: 'INFERENCE: argocd-image-updater listing tags of a self-managed GitLab registry with a pull secret the reporter verified with docker; GitLab answers "denied: access forbidden" to a read the credential may not make, or to a path the token request does not reach (repository-not-found); the stored thread shows no confirmed fix. Host as the reporter masked it.'
  },
  {
    id: 'dev82-gitlab-02',
    family: 'gitlab',
    host: 'registry.mydomain.com',
    text: '#22 ERROR: failed to push registry.mydomain.com/groupA/projectA/branch:be7804fa: server message: insufficient_scope: authorization failed',
    source: 'moby/buildkit#5883',
    expected: 'insufficient-scope',
    case: 'job-token',
    note: "The line is quoted in a maintainer's reply from the reporter's log. Case from the thread: the push's token request also asked pull on another project's buildkit-cache repository that the CI job token (CI_REGISTRY_PASSWORD) may not read, so GitLab refused the whole scope. Host as the reporter masked it."
  },
  {
    id: 'dev82-gitlab-03',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: "httpOci gives '401 on reattempt after auth: https://registry.gitlab.com/'",
    source: 'devcontainers/cli#675',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'invalid-credentials'],
    note: "needs the thread: the issue's title (the body's log is cut off in the stored copy); devcontainer features publish from a GitLab CI job after docker login with CI_REGISTRY_USER/CI_REGISTRY_PASSWORD, --namespace ${CI_REGISTRY_IMAGE} (which already holds the registry host): a token was issued but refused for the repository path asked. INFERENCE: the stored thread shows no confirmed fix; a wrong repository path (repository-not-found) is as likely."
  },
  {
    id: 'dev82-gitlab-04',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'requesting tags: errors: denied: requested access to the resource is denied unauthorized: authentication required',
    source: 'fluxcd/flux#2999',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: the issue's title; Flux (v1) scanning image tags of a private self-hosted GitLab registry, a commenter compares the reporter's image pull secret with his own working GitLab one (deploy token user, PAT). GitLab gives this pair of errors to a token request that carries no credential with read access to a private project. INFERENCE: no confirmed fix in the stored thread. The text names no host: placeholder host."
  },
  {
    id: 'dev82-gitlab-05',
    family: 'gitlab',
    host: 'gitlab.example.com:5005',
    text: 'failed to deploy a stack: <image-name> Pulling <image-name> Error Error response from daemon: Head "https://gitlab.example.com:5005/v2/<group-name>/<subgroup-name>/manifests/v1-0-0":  denied access forbidden',
    source: 'portainer/portainer#10454',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    case: 'no-login',
    note: "needs the thread: a manual pull in Portainer with the same GitLab registry entry succeeds, the stack deploy then fails: the stack's pull went without the registry's credential, and GitLab refuses an anonymous read of a private project. INFERENCE: the issue is open, unconfirmed. The post masked the host as <private.gitlab.dns>: placeholder host; <image-name> and the group placeholders are the reporter's."
  },
  {
    id: 'dev82-gitlab-06',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Feb  7 09:23:15 docker dockerd[3741060]: time="2024-02-07T09:23:15.056607119+01:00" level=error msg="Not continuing with pull after error: errors:\\ndenied: requested access to the resource is denied\\nunauthorized: authentication required\\n"\nFeb  7 09:23:15 docker dockerd[3741060]: time="2024-02-07T09:23:15.057113552+01:00" level=info msg="Ignoring extra error returned from registry" error="unauthorized: authentication required"',
    source: 'portainer/portainer#11079',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'no-login',
    note: 'needs the thread: a Swarm stack made in Portainer\'s web editor pulls a private registry.gitlab.com image; the GitLab registry is set up in Portainer and browsable, but the deploy\'s pull carries no credential for it (the next log line, trimmed here where the stored copy cuts it, is "pull access denied for registry.gitlab.com/toto/..."). The \\n in the first line are literal, as logged. INFERENCE: the issue is open.'
  },
  {
    id: 'dev82-gitlab-07',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'response code 404 (not found)',
    source: 'podman-desktop/podman-desktop#487',
    expected: 'unknown',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: Podman Desktop 0.0.7\'s "Login to a registry" for registry.gitlab.com with a username and a GitLab personal access token; the same login works from the podman CLI on that host, so it is the client\'s request, not the address or the credential. Quoted from the description (the dialog is a screenshot). INFERENCE: no fix in the stored thread.'
  },
  {
    id: 'dev82-gitlab-08',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'registry_1    | 2017/08/01 03:17:24 http: TLS handshake error from 172.18.0.5:44478: remote error: unknown certificate authority\nregistry_1    | 2017/08/01 03:17:24 http: TLS handshake error from 172.18.0.5:44482: remote error: unknown certificate authority',
    source: 'sameersbn/docker-gitlab#1315',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "The registry container's own log in a self-managed GitLab (sameersbn/docker-gitlab) when the project's registry page is opened: GitLab (172.18.0.5) does not trust the registry's certificate. Other compose log lines trimmed. The text names no host: placeholder host."
  },
  {
    id: 'dev82-gitlab-09',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'If using Docker push to upload docker to gitlab, it response with\n`unauthorized: authentication required` after the layer were uploaded, thus it can not pushed..',
    source: 'hobbit-project/platform#16',
    expected: 'token-expired',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the error is only quoted in the description (copied whole, as posted); on a slow connection the registry's short-lived token expired before the layers were uploaded, fixed by raising the token timeout in the GitLab configuration (the short-lived registry token, not the user's credential, expired). The text names no host: placeholder host of their self-managed GitLab."
  },
  {
    id: 'dev82-generic-01',
    family: 'generic',
    host: 'registry.XXXX.cz',
    text: 'mvlach$ docker login registry.XXXX.cz\nUsername (miloslav.vlach):\nPassword:\nLogin Succeeded\nmvlach$ docker push registry.XXXX.cz/project/elasticsearch:1.7.4\nThe push refers to a repository [registry.XXXX.cz/project/elasticsearch]\n949663c76548: Layer already exists\ndenied',
    source: 'moby/moby#29315',
    expected: 'insufficient-scope',
    note: 'INFERENCE: a login the registry accepted, then a push refused with a bare "denied"; the registry behind it is not named and the thread has no fix. Fourteen more "Layer already exists" lines trimmed. Host as the reporter masked it.'
  },
  {
    id: 'dev82-generic-02',
    family: 'generic',
    host: 'my-nexus.org.com',
    text: "C:\\Users\\.nuget\\packages\\microsoft.net.build.containers\\7.0.402\\build\\Microsoft.NET.Build.Containers.targets(201,5): error CONTAINER1013: Failed to push to the output registry: \nCONTAINER1001: Failed to upload blob using POST https://my-nexus.org.com/v2/my-repository/blobs/uploads/; received status code 'Unauthorized'.",
    source: 'sonatype/nexus-public#270',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'unknown'],
    case: 'no-login',
    note: 'needs the thread: dotnet publish (.NET SDK container push) to Sonatype Nexus right after a docker login that succeeded and while docker push works: the SDK\'s upload went without a credential Nexus accepts. INFERENCE: the issue went stale with no confirmed fix. Host as the reporter masked it; the "Uploading layer" lines before it trimmed.'
  },
  {
    id: 'dev82-generic-03',
    family: 'generic',
    host: 'zot.xxxx.com',
    text: 'docker push error unauthorized: authentication required',
    source: 'project-zot/zot#3538',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: 'needs the thread: the issue\'s title (without its "[Bug]:" prefix); zot with htpasswd and an access-control policy, docker config.json holds an auth for zot.xxxx.com, and the zot log of the 401 shows the push carried no authentication. INFERENCE: no confirmed fix in the stored thread. Host as the reporter masked it.'
  },
  {
    id: 'dev82-generic-04',
    family: 'generic',
    host: '10.17.153.196:5000',
    text: '[root@docker-registry ~]# curl -XGET https://10.17.153.196:5000/v2/  --cacert /etc/docker/certs.d/10.17.153.196\\:5000/ca.crt -k -IL\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json; charset=utf-8\nDocker-Distribution-Api-Version: registry/2.0\nWww-Authenticate: Basic realm="Registry Realm"\nX-Content-Type-Options: nosniff\nDate: Mon, 26 Mar 2018 04:50:28 GMT\nContent-Length: 87',
    source: 'docker/docs#6302',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'registry:2.6.2 with htpasswd (Basic) authentication; the request carried no Authorization header, and the answer in the thread is to send one.'
  },
  {
    id: 'dev82-generic-05',
    family: 'generic',
    host: 'docker.artifactory',
    text: 'Error response from daemon: Get https://docker.artifactory/v2/: Forbidden',
    source: 'jfrog/jfrog-cli#202',
    expected: 'registry-unreachable',
    alsoAcceptable: ['invalid-credentials', 'unknown'],
    note: 'INFERENCE: docker login to Artifactory behind nginx (repository subdomains of a made-up .artifactory domain from /etc/hosts) in a corporate network with a proxy; a 403 on /v2/ with no registry body points at the proxy in between refusing the request rather than at the credential, but the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev82-generic-06',
    family: 'generic',
    host: 'dockercentral:5100',
    text: '400 Bad Request: "[ERROR-400] DOCKER Either Authorization header is missing or invalid"',
    source: 'GoogleContainerTools/jib#2898',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: 'needs the thread: from the issue\'s title ("Sonatype Nexus: not passing authorization header for base image: ..."): jib 2.6.0 had credentials for the target image on Nexus from the Maven settings, and sent none for the base image on the same Nexus, which answers 400 with this body.'
  },
  {
    id: 'dev82-generic-07',
    family: 'generic',
    host: 'portus.mycompany.com',
    text: 'Error response from daemon: Get https://portus.mycompany.com/v2/: Get https://172.17.0.1/v2/token?account=test.user&client_id=docker&offline_token=true&service=172.17.0.1: dial tcp 172.17.0.1:443: connect: connection refused',
    source: 'SUSE/Portus#2227',
    expected: 'registry-unreachable',
    note: 'docker login to a Portus-fronted registry: the token realm the registry sends is a Docker bridge address the client cannot reach. Host as the reporter masked it.'
  },
  {
    id: 'dev82-generic-08',
    family: 'generic',
    host: '192.168.36.86:5000',
    text: 'Error response from daemon: Get http://192.168.36.86:5000/v2/: Get http://172.17.0.1:3000/v2/token?account=ogulman&client_id=docker&offline_token=true&service=172.17.0.1%3A5000: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awa\niting headers) (Client.Timeout exceeded while awaiting headers)',
    source: 'SUSE/Portus#2158',
    expected: 'registry-unreachable',
    note: 'Portus from its docker-compose example: the token realm pointed at the Docker bridge address; fixed by setting MACHINE_FQDN to the host\'s address. The line break inside "awaiting" is as posted.'
  },
  {
    id: 'dev82-generic-09',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Error response from daemon: Get https://registry.example.com/v1/users/: x509: certificate signed by unknown authority',
    source: 'distribution/distribution-library-image#35',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'registry:2 with htpasswd and a StartSSL certificate: docker login works from Windows, fails from Ubuntu 16.10, whose CA store does not take that authority. The post masked the host as <myhost>: placeholder host.'
  },
  {
    id: 'dev82-not-login-01',
    family: 'not-login',
    host: '167.71.195.24:30002',
    text: 'Get \\"https://167.71.195.24:30002/v2/\\":server gave HTTP response to HTTPS client',
    source: 'fluxcd/flux2#3442',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'Flux ImageRepository scanning a plain-HTTP registry; the reply in the thread is the spec.insecure field (Flux v2.2.0). Not the credential: the address speaks HTTP. Trimmed from the description\'s sentence (a leading error":" and the question after it dropped); the escaped quotes are as posted.'
  },
  {
    id: 'dev82-not-login-02',
    family: 'not-login',
    host: 'registry.example.com',
    text: 'invalid reference format: repository name must be lowercase',
    source: 'srl-labs/vrnetlab#393',
    expected: 'not-a-login-failure',
    note: 'A GitLab pipeline pushing vrnetlab images to an internal registry: the makefile built an image name with capitals; fixed in the makefile. The text names no host: placeholder host.'
  },
  {
    id: 'dev82-not-login-03',
    family: 'not-login',
    host: 'registry.gitlab.com',
    text: '$ oras push -d -v ${CI_REGISTRY_IMAGE}/${CI_PROJECT_NAME}:${CI_COMMIT_SHORT_SHA} pingpong.sif\nPreparing pingpong.sif\ntime=2023-04-10T16:23:20-07:00 level=debug msg=Request #0\n> Request URL: "https://registry.gitlab.com/v2/rwaldon/pingpong/pingpong/manifests/sha256:4a69576e405f6839bf49b7e113c035d0f9a11e40746112cf02a78dda77742274"\n> Request method: "HEAD"\n> Request headers:\n   "Accept": "application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, application/vnd.oci.artifact.manifest.v1+json"\n   "User-Agent": "oras/1.0.0"\ntime=2023-04-10T16:23:21-07:00 level=debug msg=Response #0\n< Response Status: "401 Unauthorized"\n< Response headers:\n   "Content-Type": "application/json"\n   "Docker-Distribution-Api-Version": "registry/2.0"\n   "Www-Authenticate": "Bearer realm=\\"https://gitlab.com/jwt/auth\\",service=\\"container_registry\\",scope=\\"repository:rwaldon/pingpong/pingpong:pull\\""\n   "X-Content-Type-Options": "nosniff"\n   "Date": "Mon, 10 Apr 2023 23:23:21 GMT"\n   "Content-Length": "168"',
    source: 'oras-project/oras#923',
    expected: 'not-a-login-failure',
    note: 'The 401 is the registry\'s ordinary first challenge in oras\'s debug log; the issue is an 18-minute push ("oras is slow on push"), which then succeeds. The rest of the log (the token request and the uploads) trimmed.'
  },
  {
    id: 'dev82-not-login-04',
    family: 'not-login',
    host: 'docker:2376',
    text: 'error during connect: Get "https://docker:2376/v1.24/containers/json?all=..": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    source: 'firecow/gitlab-ci-local#1113',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: "The issue's title: a job run by gitlab-ci-local talks to its docker:dind service over TLS and does not trust the daemon's certificate; the docker daemon, not a registry. Not reproducible the next day per the reporter."
  }
]

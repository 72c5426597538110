/**
 * The late set, part B (GitLab (gitlab.com and self-managed) and other private registries (plain registry:2, Basic-auth registries, Artifactory, Nexus, Gitea/Forgejo, JFrog, Sonatype, Zot, Distribution behind nginx)): real registry error texts
 * collected on 2026-11-29 as a held-out measure, labelled before anyone
 * ran the classifier on them and never shown to the people writing its
 * rules (docs/real-texts.md, "The late set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_LATE_B: readonly RealText[] = [
  // ---------------------------------------------------------------- gitlab
  {
    id: 'late-gitlab-01',
    family: 'gitlab',
    host: 'registry.foo.be:5500',
    text: 'docker login registry.foo.be:5500\n\nError response from daemon: Get https://registry.foo.be:5500/v2/: received unexpected HTTP status: 500 Internal Server Error',
    source: 'sameersbn/docker-gitlab#1037',
    expected: 'registry-unreachable',
    note: 'self-managed GitLab (sameersbn/gitlab) moved to a new server; the registry answers /v2/ with a 500. Host kept as the reporter masked it (registry.foo.be).'
  },
  {
    id: 'late-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'denied: access forbidden\nexit status 1\nexit code 1',
    source: 'harness/harness#1960',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: 'needs the thread: the Drone plugins/docker step logs in to registry.gitlab.com with user and password before it pushes to registry.gitlab.com/user/repo, so the denial is of the push, not of the login; GitLab answers "access forbidden" alike for a project the account may not write and one that does not exist. INFERENCE: the maintainer closed it as a support question; no fix is shown. The "docker:" step header and its "####" line above the error are trimmed.'
  },
  {
    id: 'late-gitlab-03',
    family: 'gitlab',
    host: 'gitlab-registry.example.org:443',
    text: 'Using Docker executor with image gitlab-registry.example.org:443/build-environments/appliance:latest ...\nPulling docker image gitlab-registry.example.org:443/build-environments/appliance:latest ...\nERROR: Preparation failed: Error: No such image: gitlab-registry.example.org:443/build-environments/appliance:latest (executor_docker.go:175:0s)\nWill be retried in 3s ...',
    source: 'distribution/distribution#2779',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'GitLab runner pulling a ~1.6 GB image it had just pushed to the self-managed GitLab registry (registry 2.6.2); "No such image" after the pull, no word of a login. The pull of a large image failing underway could also be read as the registry failing (alsoAcceptable). The runner header lines and the repeated retries are trimmed.'
  },
  {
    id: 'late-gitlab-04',
    family: 'gitlab',
    host: 'gitlab-registry.yswtrue.com',
    text: 'docker pull gitlab-registry.yswtrue.com//shiwen2/shiwen_backend\ninvalid reference format',
    source: 'ciiiii/cloudflare-docker-proxy#4',
    expected: 'not-a-login-failure',
    note: 'a Cloudflare worker host that proxies registry.gitlab.com; the image reference has a double slash, which docker refuses before it sends anything.'
  },
  {
    id: 'late-gitlab-05',
    family: 'gitlab',
    host: 'example.domain:4567',
    text: 'ERROR: Preparation failed: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? (executor_docker.go:1150:0s)',
    source: 'docker-library/docker#130',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: "GitLab CI job pushing to a self-managed GitLab registry (example.domain:4567, as the post spells it in the dind service's --insecure-registry command); the host is from the job configuration, not the text. The dind service did not start with that command on the newer docker:stable-dind image: no daemon, no login involved."
  },
  {
    id: 'late-gitlab-06',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'Error: trying to reuse blob sha256:... at destination: Requesting bearer token: invalid status code from registry 404 (Not Found)',
    source: 'podman-container-tools/podman#17999',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: podman push to a GitLab Container Registry from a GitLab runner fails rarely with this, and the same push succeeds when repeated: the registry\'s token service, not the credential. INFERENCE: the issue is open and no cause is confirmed. "sha256:..." is as posted. The post names no host: placeholder registry.gitlab.example.com.'
  },
  {
    id: 'late-gitlab-07',
    family: 'gitlab',
    host: 'gitlab.example.com',
    text: 'Failed to pull image "gitlab.example.com/image": rpc error: code = Unknown desc = Error response from daemon: Get https://gitlab.example.com/v2/: x509: certificate signed by unknown authority',
    source: 'kubernetes/minikube#2498',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'minikube pulling from a local GitLab registry. The reporter wrote "gitlab url" for the host: replaced in the text (twice) by the placeholder gitlab.example.com.'
  },
  {
    id: 'late-gitlab-08',
    family: 'gitlab',
    host: 'registry.mydomain.com',
    text: 'encountered errors while adding images: status=401 authentication required',
    source: 'keel-hq/keel#631',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'insufficient-scope'],
    case: 'no-login',
    note: "needs the thread: Keel polling a self-managed GitLab registry (registry.mydomain.com, as posted) for tags; Kubernetes pulls the same image with the deployment's pull secret, so Keel's request carried no credential it could use. INFERENCE: the issue is open, no fix shown. The text is the issue's title (Keel's log line)."
  },
  {
    id: 'late-gitlab-09',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '20-11-26 20:17:07 ERROR [swarmpit.http:71](23) - Request execution failed! Scope: Registry\n|> GET https://registry.gitlab.com/v2/\n|> Headers: {\n  "Authorization" : "Basic *****"\n}\n|> Payload: null\n|< Message: clj-http: status 401\n|< Data: {\n  "headers" : {\n    "Content-Type" : "application/json; charset=utf-8",\n    "Docker-Distribution-Api-Version" : "registry/2.0",\n    "Www-Authenticate" : "Bearer realm=\\"https://gitlab.com/jwt/auth\\",service=\\"container_registry\\"",\n    "X-Content-Type-Options" : "nosniff",\n    "Date" : "Thu, 26 Nov 2020 20:17:07 GMT",\n    "Content-Length" : "87",\n    "Connection" : "close"\n  },\n  "status" : 401,\n  "body" : "{\\"errors\\":[{\\"code\\":\\"UNAUTHORIZED\\",\\"message\\":\\"authentication required\\",\\"detail\\":null}]}\\n",\n  "reason-phrase" : "Unauthorized",\n  "type" : "clj-http.client/unexceptional-status"\n}',
    source: 'swarmpit/swarmpit#572',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Swarmpit adding a gitlab.com registry sends Basic credentials to /v2/ and stops at the 401, which is GitLab's ordinary Bearer challenge (it answers every first /v2/ request so) and says nothing of the credential; the reporter had also recreated the access token and the creation still failed. INFERENCE: the stored thread shows no fix, so whether the token or Swarmpit's GitLab handling was at fault is not known. The Basic credential is masked as posted; the Swarmpit log line after the block is trimmed."
  },
  // --------------------------------------------------------------- generic
  {
    id: 'late-generic-01',
    family: 'generic',
    host: 'artifactory-artifactory.apps.example.com',
    text: 'Error response from daemon: Login: <!doctype html><html lang="en"><head><title>HTTP Status 404 – Not Found</title><style type="text/css">h1 {font-family:Tahoma,Arial,sans-serif;color:white;background-color:#525D76;font-size:22px;} h2 {font-family:Tahoma,Arial,sans-serif;color:white;background-color:#525D76;font-size:16px;} h3 {font-family:Tahoma,Arial,sans-serif;color:white;background-color:#525D76;font-size:14px;} body {font-family:Tahoma,Arial,sans-serif;color:black;background-color:white;} b {font-family:Tahoma,Arial,sans-serif;color:white;background-color:#525D76;} p {font-family:Tahoma,Arial,sans-serif;background:white;color:black;font-size:12px;} a {color:black;} a.name {color:black;} .line {height:1px;background-color:#525D76;border:none;}</style></head><body><h1>HTTP Status 404 – Not Found</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Message</b> &#47;v1&#47;users&#47;</p><p><b>Description</b> The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.</p><hr class="line" />',
    source: 'jfrog/artifactory-docker-examples#135',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "docker login to Artifactory behind an OpenShift route: the address answers /v2/ with no registry, docker falls back to /v1/users/ and gets Tomcat's 404 page. Trimmed inside the error: the text stops before the page's closing <h3>Apache Tomcat…</h3> and </body></html>."
  },
  {
    id: 'late-generic-02',
    family: 'generic',
    host: 'fir.love.io:30443',
    text: 'Error response from daemon: login attempt to https://fir.love.io:30443/v2/ failed with status: 404 Not Found',
    source: 'artifact-keeper/artifact-keeper-web#109',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "a self-hosted Artifact Keeper registry whose /v2/ route answered 404 (no registry there); the reporter's follow-up (artifact-keeper/artifact-keeper#315) shows the same login answered 401 once that was changed."
  },
  {
    id: 'late-generic-03',
    family: 'generic',
    host: 'registry.mydomain.com',
    text: 'Retrying "registry.mydomain.com/v2/XXXXXXXXXXXXXXXXXXXXXXX:latest" after 2.00s (1 of 3) due to: Error: received unexpected HTTP status: 500 Internal Server Error\nRetrying "registry.mydomain.com/v2/XXXXXXXXXXXXXXXXXXXXXXX:latest" after 2.80s (2 of 3) due to: Error: received unexpected HTTP status: 500 Internal Server Error\nRetrying "registry.mydomain.com/v2/XXXXXXXXXXXXXXXXXXXXXXX:latest" after 3.92s (3 of 3) due to: Error: received unexpected HTTP status: 500 Internal Server Error',
    source: 'balena-io/open-balena#71',
    expected: 'registry-unreachable',
    note: 'balena CLI pushing to an openBalena registry (Distribution); host and repository masked by the reporter as posted.'
  },
  {
    id: 'late-generic-04',
    family: 'generic',
    host: 'localhost:5000',
    text: 'error pushing image "fedora" to "docker://localhost:5000/whenry/fedora:latest": error copying layers and metadata: Error writing blob: Error initiating layer upload to /v2/whenry/fedora/blobs/uploads/, status 500',
    source: 'podman-container-tools/buildah#338',
    expected: 'registry-unreachable',
    note: 'buildah push to a plain registry:2 (latest image) on localhost; the registry answers the upload with a 500.'
  },
  {
    id: 'late-generic-05',
    family: 'generic',
    host: 'my-host.com',
    text: 'Error response from daemon: Get https://my-host.com/v2/: x509: certificate signed by unknown authority',
    source: 'portainer/portainer#2553',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "docker login from a GitLab server to a self-hosted host serving a Let's Encrypt certificate (Portainer on 443); host as the reporter masked it."
  },
  {
    id: 'late-generic-06',
    family: 'generic',
    host: 'registry.example.io',
    text: 'Error response from daemon: Get "https://registry.example.io/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    source: 'docker/login-action#613',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'docker/login-action to a private registry; the log masked the host as registry.***.io (and the post wrapped it in a link): replaced by the placeholder registry.example.io.'
  },
  {
    id: 'late-generic-07',
    family: 'generic',
    host: 'kolaente.dev',
    text: 'Error: failed commit on ref "manifest-sha256:b299865291f52fea32b90f2dd1c4c5ec913d3f5b195493640ae6de72593aa1e4": unexpected status from PUT request to https://kolaente.dev/v2/vikunja/vikunja/manifests/0.4.3: 403 Forbidden',
    source: 'go-gitea/gitea#29118',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    case: 'namespace',
    note: "helm push of a chart to a Gitea instance's container registry (organization vikunja) with an API token that has the packages scope; the manifest PUT, the push's last write, is refused. INFERENCE: the stored thread shows Gitea's log (a POST /v2/token answered 404, \"AuthenticateNotImplemented\") but no fix, so a Gitea fault rather than the token's rights stays possible (alsoAcceptable)."
  },
  {
    id: 'late-generic-08',
    family: 'generic',
    host: 'registry.example.com:5000',
    text: 'The push refers to a repository [registry.example.com:5000/ubuntu] (len: 1)\nd2a0ecffe6fa: Image push failed\n\nPlease login prior to push:\nUsername: dockerino\nPassword:\nEmail: ewdewdew\nFATA[0027] Error response from daemon: no successful auth challenge for https://registry.example.com:5000/v2/ - errors: [Get https://registry.example.com:5000/v2/: x509: certificate signed by unknown authority]',
    source: 'distribution/distribution#719',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'docker push to a registry:2 with htpasswd auth and its own CA. The reporter masked the host as XXX: replaced by the placeholder registry.example.com (the port 5000 is as posted); the command line above and trailing spaces are trimmed.'
  },
  {
    id: 'late-generic-09',
    family: 'generic',
    host: 'localhost:5000',
    text: "Warning: '-e' is deprecated, it will be removed soon. See usage.\nError response from daemon: login attempt to https://localhost:5000/v2/ failed with status: 401 Unauthorized",
    source: 'docker-archive/docker-registry#1080',
    expected: 'invalid-credentials',
    note: 'docker login to a registry:2 with htpasswd auth; the registry log in the same post says "error authenticating user ...: authentication failure". The post quoted the two lines with Markdown ">", dropped here; the command line (with a masked password) is not copied.'
  },
  {
    id: 'late-generic-10',
    family: 'generic',
    host: 'registry2.wisedu.com',
    text: '[root@node1 docker]# docker push registry2.wisedu.com/centos:v1\nThe push refers to a repository [registry2.wisedu.com/centos]\nerror parsing HTTP 405 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>405 Not Allowed</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>405 Not Allowed</h1></center>\\r\\n<hr><center>openresty/1.9.7.3</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'moby/moby#34657',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'registry v2 behind an openresty (nginx) front that answers the layer upload with its own 405 page: the front, not the registry, refuses; no word of a login. The escaped \\r\\n and \\" are as docker printed them. The layer progress line is trimmed.'
  }
]

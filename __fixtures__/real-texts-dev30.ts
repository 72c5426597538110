/**
 * A thirtieth development set of real registry error texts ("dev30"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirtieth
 * development set"). Its directions: registry mirrors, pull-through caches
 * and replication (registry:2 in mirror mode, ECR pull-through cache, ACR
 * cache rules, Artifactory and Nexus remote repositories, Harbor proxy cache
 * projects, zot sync, caching proxies) and the container security scanners
 * that pull images (Grype/Syft, Anchore, Snyk, Docker Scout, Klar/Clair,
 * kubeclarity, ThreatMapper). Sources are GitHub issues and pull
 * requests found with the search tool; none is a source of an earlier set
 * (the list of the 1673 earlier sources was checked before each pick), and the
 * hygiene test (__fixtures__/real-texts-hygiene.ts) compares every text with
 * every earlier set, the sealed and blind ones included, without printing
 * them.
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

export const REAL_TEXTS_DEV30: readonly RealText[] = [
  {
    id: 'dev30-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'unexpected status from GET request to https://ghcr.io/token?scope=repository%3Atencentcloud%2Fcubesandbox-base%3Apull&service=ghcr.io: 401 Unauthorized',
    source: 'TencentCloud/CubeSandbox#86',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a docker build of the project's example, whose FROM names ghcr.io/tencentcloud/cubesandbox-base, with no login; after a docker login the same pull got 403 Forbidden. A maintainer: 'This image is currently marked as private', then 'This issue has been fixed'. The text is the line the issue opens with (a leading space trimmed). Outside this set's directions (no mirror or scanner): kept because ghcr was thin"
  },
  {
    id: 'dev30-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "anchore-cli image add ghcr.io/bentlynevada-bh/xxx-2.0:831\nError: cannot fetch image digest/manifest from registry\nHTTP Code: 400\nDetail: {'error_codes': ['REGISTRY_PERMISSION_DENIED'], 'raw_exception_message': 'Error encountered in skopeo operation. cmd=/bin/sh -c skopeo\ninspect --raw --tls-verify=false docker://ghcr.io/bentlynevada-bh/asset-2.0:831, rc=1, stdout=None, stderr=b\\'time=\"2022-01-17T10:05:20Z\" level=fatal msg=\"Error parsing image name \\\\\\\\\"docker://ghcr.io/org/xxx-2.0:831\\\\\\\\\": unable to retrieve auth token: invalid username/password: unauthorized\"\\\\n\\', error_code=REGISTRY_PERMISSION_DENIED'}",
    source: 'anchore/anchore-cli#187',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: "INFERENCE: Anchore Engine's skopeo was refused by GHCR's token service ('invalid username/password') after the reporter added the registry as 'ghcr.io/org' with a username and a token he says has the right permissions; no reply in the stored thread. The image name is masked differently in the command and in skopeo's message, as posted"
  },
  {
    id: 'dev30-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'System.InvalidOperationException: Unable to retrieve authentication token required to perform operation.',
    source: 'OctopusDeploy/Issues#8156',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials', 'missing-credentials'],
    note: "needs the thread: Octopus Deploy's Docker feed pointed at a GitLab container registry with a GitLab deploy token; searching the feed fails with this server exception (the HTTP log line before it and the stack frames after it trimmed). The vendor reproduced it in its latest build and filed it as a bug of its own: the deploy token is not at fault. INFERENCE: no fix in the stored thread. The post names no host: `host` is a placeholder of the family"
  },
  {
    id: 'dev30-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'HIT [02/Nov/2018:18:50:16 +0000] "/v2/" 401 40 "HOST:quay.io" "PROXY-HOST:quay.io" "UPSTREAM:-"\nHIT [02/Nov/2018:18:50:17 +0000] "/v2/auth" 200 1063 "HOST:quay.io" "PROXY-HOST:quay.io" "UPSTREAM:-"\nMISS [02/Nov/2018:18:50:18 +0000] "/v2/<repository-redacted>/<image-name-redacted>/manifests/4.2.0-8" 401 40 "HOST:quay.io" "PROXY-HOST:quay.io" "UPSTREAM:50.16.237.72:443"\nError response from daemon: unauthorized: authentication required',
    source: 'rpardini/docker-registry-proxy#5',
    expected: 'registry-unreachable',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a caching proxy (docker-registry-proxy, a man-in-the-middle cache) given the reporter's quay.io credentials through AUTH_REGISTRIES; a private quay.io image fails while public images pull and cache fine. The proxy's own log lines come first; the last line is docker's, which the post quotes in its prose ('Docker will say: ...'). The workaround: give the proxy no quay.io credentials and keep a docker login. The proxy in between broke the login, not the credential"
  },
  {
    id: 'dev30-harbor-01',
    family: 'harbor',
    host: '10.26.50.28:5001',
    text: "failed to determine image source: could not fetch image '10.26.50.28:5001/test/alpine:v3': pull failed: Error response from daemon: unauthorized: unauthorized to access repository: test/alpine, action: pull: unauthorized to access repository: test/alpine, action: pull",
    source: 'anchore/syft#407',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: syft scanning an image of a private Harbor project; syft asked the docker daemon to pull it, and the daemon had no login for the Harbor (the credentials were only in syft.yaml, which its registry source reads). The reporter's fix: 'syft registry:10.26.50.28:5001/test/alpine:v3'. The public project's image scanned fine"
  },
  {
    id: 'dev30-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'docker pull <omitted domain>/library/nginx\nUsing default tag: latest\nError response from daemon: unknown: repository library/nginx not found',
    source: 'goharbor/website#194',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "a pull through a Harbor proxy cache project as Harbor's docs then showed it, without the proxy cache project's name in the path; with it (<domain>/proxy-cache/library/nginx) the pull worked, and the PR fixed the docs. The shell prompt before the command trimmed; the post omitted the host: `host` is a placeholder of the family"
  },
  {
    id: 'dev30-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: "failed to analyze packages: could not fetch image 'harbor.xxxxxxxxxx.com/ci-cd/xxxxxxxxxx-ci:V0.0.9': unable determine image source",
    source: 'openclarity/openclarity#225',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found', 'unknown'],
    note: "needs the thread: kubeclarity-cli (grype inside) scanning an image of a private Harbor project; the issue's title quotes 'UNAUTHORIZED: unauthorized to access repository', and the public project's images scanned. Only the msg field of the logrus line is kept (the line is cut in the stored post). INFERENCE: the scanner had no credential for the Harbor; no fix in the stored thread. The post masked the host: `host` is a placeholder"
  },
  {
    id: 'dev30-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '+ /grype some_aws_image:latest\n1 error occurred:\n\t* failed to catalog: could not fetch image "some_aws_image:latest": unable to use OciRegistry source: failed to get image descriptor from registry: GET https://some_aws_image_link: unexpected status code 401 Unauthorized: Not Authorized',
    source: 'anchore/grype#1314',
    expected: 'missing-credentials',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'no-login',
    note: 'needs the thread: grype in a Tekton step after a Kaniko build that pushed to ECR (the masked name says AWS); grype did not find the image locally and read it from the registry with no ECR credential in its step, while Trivy in the same task scanned it. The thread then turns to grype not reading unpushed local images. The post masked the host: `host` is a placeholder of the family'
  },
  {
    id: 'dev30-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '{"level":"error","errorType":"*fmt.wrapError","repo":"gitlab/arcesium/internal/valtech/pricing-engine","reference":"1542762016","error":"failed to list tags for account.dkr.ecr.us-east-1.amazonaws.com/test:latest: request failed: unauthorized [http 403]: {\\"errors\\":[{\\"code\\":\\"DENIED\\",\\"message\\":\\"User: 1738754539209992210 is not authorized to perform: ecr:ListImages on resource: arn:aws:ecr:us-east-1:account:repository/test because no resource-based policy allows the ecr:ListImages action\\"}]}\\n","goroutine":1315,"caller":"zotregistry.dev/zot/pkg/extensions/sync/on_demand.go:124","time":"2025-02-05T11:24:46.418035022Z","message":"sync routine: error while copying image"}',
    source: 'project-zot/zot#2836',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied'],
    case: 'read-denied',
    note: "a zot maintainer's reproduction of an on-demand sync (pull-through) from a private ECR repository: 'Once I added the required IAM policy in the repo, the sync works as expected'. The post masked the account: `host` is a placeholder of the family"
  },
  {
    id: 'dev30-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: '$ podman pull gcr.io/kubebuilder/kube-rbac-proxy:v0.11.0\nTrying to pull gcr.io/kubebuilder/kube-rbac-proxy:v0.11.0...\nError: unable to copy from source docker://gcr.io/kubebuilder/kube-rbac-proxy:v0.11.0: initializing source docker://gcr.io/kubebuilder/kube-rbac-proxy:v0.11.0: reading manifest v0.11.0 in gcr.io/kubebuilder/kube-rbac-proxy: manifest unknown: Failed to fetch "v0.11.0"',
    source: 'openshift/release#75890',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "the image is gone from gcr.io (kubebuilder's images were withdrawn); the PR pulls it from the mirror mirror.gcr.io, which still serves it (its pull output follows in the post). A CI configuration repository of OpenShift, but the text is a plain podman pull of a Google registry"
  },
  {
    id: 'dev30-acr-01',
    family: 'acr',
    host: 'xyz.azurecr.io',
    text: '  "level": "error",\n  "errorType": "*errors.errorString",\n  "remote registry": "https://xyz.azurecr.io/",\n  "error": "{\\"errors\\":[{\\"code\\":\\"UNAUTHORIZED\\",\\"message\\":\\"authentication required, visit https://aka.ms/acr/authorization for more information.\\",\\"detail\\":[{\\"Type\\":\\"registry\\",\\"Name\\":\\"catalog\\",\\"Action\\":\\"*\\"}]}]}\\n",',
    source: 'project-zot/zot#2212',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: zot's periodic sync (a mirror) from an Azure Container Registry with a credentialsFile; zot listed the catalog with basic auth only, not the bearer token ACR asks for, so the request went without a usable credential (a maintainer's bug report). Only the first four fields of the logged JSON object are kept (the rest is cut in the stored post)"
  },
  {
    id: 'dev30-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "Error response from daemon: pull access denied for <acr-name>.azurecr.io/docker.io/pulumi/pulumi-dotnet, repository does not exist or may require 'docker login': denied: requested access to pull from source 'docker.io/library/pulumi/pulumi-dotnet' for cache rule 'docker-io-rule' has been denied.",
    source: 'Azure/acr#772',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'an ACR cache rule (artifact cache) mapping docker.io/* to the source docker.io/library/*: names with a namespace (pulumi/…) became docker.io/library/pulumi/…, which Docker Hub does not have, while nginx and python pulled. The text names the source it asked for. The post masked the registry name: `host` is a placeholder'
  },
  {
    id: 'dev30-generic-01',
    family: 'generic',
    host: 'our.registry.tld',
    text: '$ docker pull our/image:latest\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'distribution/distribution#1486',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: "needs the thread: a registry:2 used as a Docker Hub mirror behind htpasswd, with the daemon started as --registry-mirror=https://user:passwd@our.registry.tld; docker sends no credential to a mirror, and the registry's log shows the htpasswd challenge of /v2/ failing, while curl with the credentials works. INFERENCE: no fix in the stored thread"
  },
  {
    id: 'dev30-generic-02',
    family: 'generic',
    host: 'nexus.example.com',
    text: "[0001] ERROR failed to catalog: could not fetch image **redacted**': pull failed: Error response from daemon: Get **redacted**: no basic auth credentials",
    source: 'anchore/grype#254',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: "needs the thread: grype asking the docker daemon to pull from a Nexus registry after a docker login whose password has special characters; docker pull itself worked with that login, and after a password change grype worked too. The credential was there but grype's pull did not send it. The post masked the host: `host` is a placeholder"
  },
  {
    id: 'dev30-generic-03',
    family: 'generic',
    host: '127.0.0.1:9080',
    text: 'Error response from daemon: manifest for 127.0.0.1:9081/foo/bar/baz:version not found: manifest unknown: manifest unknown',
    source: 'sonatype/nexus-public#639',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: a Nexus Docker proxy repository of an Artifact Registry whose upstream credentials were deliberately broken; Nexus logs the upstream's 401 ('Could not retrieve token from https://europe-docker.pkg.dev/v2/token') and answers the client 'manifest unknown', and keeps doing so after the credentials are fixed until Nexus restarts. The proxy's upstream login failed, not the client's"
  },
  {
    id: 'dev30-generic-04',
    family: 'generic',
    host: 'nexus.test.cloud.uk',
    text: 'docker pull nexus.test.cloud.uk/docker/aws-cli/aws-cli:latest\nError response from daemon: unauthorized: authentication required',
    source: 'sonatype/nexus-public#873',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: a Nexus group of Docker proxy repositories with path-based routing and anonymous pull; the daemon's anonymous request was challenged by another proxy repository of the group than the one holding the image, while containerd and podman pulled fine. INFERENCE: no fix in the stored thread"
  },
  {
    id: 'dev30-generic-05',
    family: 'generic',
    host: 'localhost:8080',
    text: '"Internal error: Grype OCI scan failed for sa-backend:release-1.4.0: Internal error: Grype scan failed (exit status: 1): stderr="[0024] ERROR failed to catalog: errors occurred attempting to resolve \'localhost:8080/sa-backend:release-1.4.0\':\\n - oci-registry: failed to get image descriptor from registry: GET http://localhost:8080/v2/sa-backend/manifests/release-1.4.0: NAME_UNKNOWN: repository not found: sa-backend\\n - oci-model: failed to fetch descriptor: GET http://localhost:8080/v2/sa-backend/manifests/release-1.4.0: NAME_UNKNOWN: repository not found: sa-backend\\n" stdout="',
    source: 'artifact-keeper/artifact-keeper#1903',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "Artifact Keeper's built-in Grype scan of an image uploaded to its repository 'docker-repo1' asked its own registry for sa-backend without the repository's key in the path; a bug of the registry's scanner (closed). Copied as posted, cut where the post cuts it"
  },
  {
    id: 'dev30-generic-06',
    family: 'generic',
    host: 'artifactory.example.com',
    text: 'error pulling image configuration: download failes after attempts=1 unknown blob',
    source: 'kubernetes/registry.k8s.io#258',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a pull through an Artifactory remote Docker repository of registry.k8s.io; a later commenter with the same error: the firewall allowed registry.k8s.io but not the CDNs behind it that serve the blobs, so the remote repository could not fetch them. The post masked the host: `host` is a placeholder'
  },
  {
    id: 'dev30-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '1 error occurred:\n        * failed to catalog: unable to load image: unable to use OciRegistry source: failed to get image descriptor from registry: GET https://auth.docker.io/token?scope=repository%3Alibrary%2Fhello-world%3Apull&service=registry.docker.io: unexpected status code 401 Unauthorized: {"details":"incorrect username or password"}',
    source: 'anchore/grype#1637',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials', 'registry-mismatch'],
    note: 'needs the thread: grype configured with credentials for another registry (registry.auth authority someregistry.io, or GRYPE_REGISTRY_AUTH_*) sent them to Docker Hub for the public hello-world, which anonymous would have pulled; a grype bug (closed). The command line before the text trimmed'
  },
  {
    id: 'dev30-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "failed to catalog: an error occurred attempting to resolve 'cli': docker: pull failed: Error response from daemon: pull access denied for cli, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'anchore/grype#2161',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: 'grype docker:cli' read 'docker:' as grype's source scheme and asked the daemon for an image named 'cli', which does not exist; 'grype docker.io/library/docker:cli' worked"
  },
  {
    id: 'dev30-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "ERROR container grype exited non-zero (1): failed to catalog: errors occurred attempting to resolve 'hardening-test-opa:scan-6d7bd4a0':\n  - oci-registry: failed to get image descriptor from registry: GET https://index.docker.io/v2/library/hardening-test-opa/manifests/scan-6d7bd4a0: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/hardening-test-opa Type:repository]]",
    source: 'huntridge-labs/argus#233',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure', 'missing-credentials'],
    note: "needs the thread: a security workflow's grype scan of an image built locally in the job and never pushed; after an upgrade grype looked it up on Docker Hub instead of the local daemon (a regression of the workflow, closed). The third line (oci-model), cut in the stored post, is left out"
  },
  {
    id: 'dev30-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "→ ./klar my_team/centos7\nCan't pull image: Token request returned 401",
    source: 'optiopay/klar#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Klar (a Clair client) took my_team/centos7 for a Docker Hub image, and for those the maintainer says Klar expects DOCKER_USER/DOCKER_PASSWORD; the reporter's image lived on his own registry (his next command names it). The shell's '%' after the message trimmed"
  },
  {
    id: 'dev30-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error: could not authenticate: user githubactions not entitled to use Docker Scout',
    source: 'docker/scout-action#48',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-mismatch'],
    case: 'no-login',
    note: "needs the thread: the workflow logged in only to an Azure Container Registry before the Docker Scout action; Scout needs a Docker Hub login ('You need to be authenticated to Docker Hub in order to use scout'), and the reporter's Docker Hub user and password worked"
  },
  {
    id: 'dev30-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '{"level":"error","error":"reading manifest hybrid in docker.io/library/hybrid-adm: requested access to the resource is denied","repo":"hybrid-adm","reference":"hybrid","goroutine":77,"caller":"zotregistry.io/zot/pkg/extensions/sync/service.go:361","time":"2023-07-02T17:35:15.044407894Z","message":"couldn\'t get upstream image manifest details"}',
    source: 'project-zot/zot#1570',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: zot's on-demand sync (pull-through) configured with the url https://docker.io/test, a Docker Hub namespace in the url; zot dropped the namespace and read docker.io/library/hybrid-adm, which does not exist, for the private test/hybrid-adm. INFERENCE: no fix in the stored thread"
  },
  {
    id: 'dev30-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Error response from daemon: pull access denied for anjia0532/cloud-datalab.datalab, repository does not exist or may require 'docker login'.",
    source: 'anjia0532/gcr.io_mirror#22',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "a Docker Hub mirror of gcr.io images (gcr.io/<ns>/<image> copied as anjia0532/<ns>.<image>) that had no copy of gcr.io/cloud-datalab; the reporter's direct pull of gcr.io had timed out (blocked), which is why he used the mirror"
  },
  {
    id: 'dev30-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Docker::Error::ServerError (Get https://registry-1.docker.io/v2/repository/manifests/manifests/image: unauthorized: incorrect username or password)',
    source: 'upserve/docker-api#535',
    expected: 'registry-mismatch',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the Ruby docker-api authenticated against an Artifactory (serveraddress) and then created an image from 'repository:image' with no registry host, so the Engine pulled from Docker Hub with the Artifactory credentials. INFERENCE: the reporter closed the issue without saying what fixed it"
  },
  {
    id: 'dev30-docker-hub-09',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'exit status 1: Flag --file has been deprecated, use: output 1 error occurred: * failed to construct source from user input\n"registry:5000/backend:latest": unable to load image: unable to use OciRegistry source: failed to get image descriptor from\nregistry: GET https://index.docker.io/v2/5000/backend/manifests/latest: UNAUTHORIZED: authentication required;\n[map[Action:pull Class: Name:5000/backend Type:repository]]',
    source: 'deepfence/ThreatMapper#2241',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch', 'not-a-login-failure'],
    note: "needs the thread: ThreatMapper's syft scan of an image of a self-hosted registry named 'registry:5000'; syft read 'registry:' as its source scheme and looked up 5000/backend on Docker Hub. INFERENCE: the maintainers could not reproduce it; open. Trailing spaces trimmed"
  },
  {
    id: 'dev30-docker-hub-10',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Error: cannot fetch image digest/manifest from registry\nHTTP Code: 400\nDetail: {'error_codes': ['REGISTRY_PERMISSION_DENIED'], 'raw_exception_message': 'Error encountered in skopeo operation. cmd=/bin/sh -c skopeo  inspect --raw --tls-verify=false  docker://docker.io/smw-zpwd/sm-tomcat:v95, rc=1, stdout=None, stderr=b\\'time=\"2019-08-06T11:37:11Z\" level=fatal msg=\"Error reading manifest v95 in docker.io/smw-zpwd/sm-tomcat: errors:\\\\ndenied: requested access to the resource is denied\\\\nunauthorized: authentication required\\\\n\" \\\\n\\', error_code=REGISTRY_PERMISSION_DENIED'}",
    source: 'anchore/anchore-engine#248',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Anchore Engine asked to analyse the images of a local docker-compose stack (smw-zpwd/…), which it reads from a registry: with no registry host they were looked up on Docker Hub, where they do not exist. INFERENCE: the maintainer's reply is cut in the stored thread"
  },
  {
    id: 'dev30-not-login-01',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Error: could not list CVEs for the image: API operation failed: Message: Not allowed, Locations: [], Extensions: map[arguments:map[context:$context query:map[imageCoords:map[digest:$digest hostname:$hostname repository:$repository] includeExcepted:$includeExcepted packageUrls:$purls]] code:DOWNSTREAM_SERVICE_ERROR status:FORBIDDEN], Path: [vulnerabilitiesByPackageForImageCoords]',
    source: 'docker/scout-action#51',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: "Docker Scout's API refused the CVE query after the image was indexed: the organisation given to the action was not enrolled in Docker Scout (a maintainer); the registry logins worked. Leading spaces trimmed"
  },
  {
    id: 'dev30-not-login-02',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'ERROR   Status: could not get repositories for org <org_name>: could not list skills: failed to list integration configurations: 403 403 Forbidden, CodEe: 1',
    source: 'docker/scout-cli#83',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: "docker scout's own API (integration configurations) refused an organisation not enrolled in Scout; 'docker scout enroll <org_name>' fixed it ('It worked for me')"
  },
  {
    id: 'dev30-not-login-03',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: ' ERROR   Authentication error (SNYK-0005)\n         Authentication credentials not recognized, or user access is not provisioned.\n         Revise credentials and try again, or request access from your Snyk\n         administrator.\n\n           Use `snyk auth` to authenticate.\n\nStatus:  401 Unauthorized\nDocs:    https://docs.snyk.io/scan-with-snyk/error-catalog#snyk-0005',
    source: 'cloudnative-pg/postgres-containers#327',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['invalid-credentials'],
    note: "the Snyk container scan action's Snyk API token (SNYK_TOKEN) was refused: a login to Snyk, not to a registry. INFERENCE: no fix in the stored thread. Trailing spaces trimmed"
  }
]

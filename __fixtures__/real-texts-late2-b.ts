/**
 * The second late set, part B (GitLab (gitlab.com and self-managed) and other private registries (plain registry:2, Basic-auth registries, Artifactory, Nexus, Gitea/Forgejo, JFrog, Sonatype, Zot, Distribution behind nginx)): real registry error texts
 * collected on 2026-11-29 as a held-out measure, labelled before anyone
 * ran the classifier on them and never shown to the people writing its
 * rules (docs/real-texts.md, "The second late set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_LATE2_B: readonly RealText[] = [
  {
    id: 'late2-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'failed to build: couldn\'t build "registry.gitlab.com/polds/my-repo/my-image": getting image: GET https://gitlab.com/jwt/auth?scope=repository%3Apolds%2Fmy-repo%2Fmy-image%3Apull&service=container_registry: DENIED: access forbidden',
    source: 'GoogleContainerTools/skaffold#4287',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: 'needs the thread: Kaniko had just pushed the image with the job\'s credentials; the read that failed is Skaffold\'s own, on the CI host, which the reporter says has no docker config for the registry, so GitLab answered an anonymous read of a private project. INFERENCE: no confirmed fix in the stored thread. Copied from a Markdown quote (the leading "> " dropped).'
  },
  {
    id: 'late2-gitlab-02',
    family: 'gitlab',
    host: 'riversong.alphasoft.com',
    text: '198.187.188.135: {"ts":1738515496146.4287,"caller":"kubelet/pod_workers.go:1301","msg":"Error syncing pod, skipping","pod":{"name":"snappy-deployment-5bbf8677f7-txwd4","namespace":"mail"},"podUID":"c437cdf9-9266-4f0a-95b3-165e7ac27599","err":"failed to \\"StartContainer\\" for \\"snappy\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"riversong.alphasoft.com/arf/snappy-k8s:2.38.2_01\\\\\\": ErrImagePull: failed to pull and unpack image \\\\\\"riversong.alphasoft.com/arf/snappy-k8s:2.38.2_01\\\\\\": failed to resolve reference \\\\\\"riversong.alphasoft.com/arf/snappy-k8s:2.38.2_01\\\\\\": failed to authorize: failed to fetch anonymous tok',
    source: 'siderolabs/talos#10274',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'needs the thread: Talos held the registry login under the registry host (riversong…), while GitLab\'s token endpoint is on the GitLab host (mara…, named in the post), so the token was asked for anonymously; the reporter confirmed a configuration answer fixed it. INFERENCE: the answer itself is not in the stored copy. The stored copy breaks off mid-word ("anonymous tok"); the rest of the line (a 403 from the token endpoint, per the title) is not copied.'
  },
  {
    id: 'late2-gitlab-03',
    family: 'gitlab',
    host: 'registry.dewango.de',
    text: 'time="2025-06-07T17:05:36Z" level=warning msg="Invalid credential reference specified: argocd/gitlab-registry-backend" image_alias=backend image_name=registry.dewango.de/malkasten/backend registr',
    source: 'argoproj-labs/argocd-image-updater#1162',
    expected: 'malformed-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: 'Self-managed GitLab registry. The reference lacks its "pullsecret:" prefix (the same secret worked in the post\'s CLI test as "pullsecret:argocd/gitlab-registry-backend"), so the updater went on without a credential. No answer in the stored thread (INFERENCE for the fix). The stored copy breaks off at "registr"; the post masks the host elsewhere as registry.xxx.de, this line shows it.'
  },
  {
    id: 'late2-gitlab-04',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: ' $ docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY\n WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n error during connect: Post http://docker:2375/v1.40/auth: dial tcp: lookup docker on 169.XXX.XXX.XXX:53: no such host',
    source: 'tiangolo/dockerswarm.rocks#37',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: 'The docker CLI reached no daemon (no docker:dind service named "docker" for the job); the fix in the thread was to stop shared runners taking the job. Host is a placeholder: the post shows only $CI_REGISTRY (shared runners suggest GitLab.com).'
  },
  {
    id: 'late2-gitlab-05',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'build               $ docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD registry.gitlab.com\nbuild               > WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nbuild               > still running...\nbuild               > error during connect: Post "http://docker:2375/v1.24/auth": dial tcp: lookup docker: Try again',
    source: 'firecow/gitlab-ci-local#301',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: 'gitlab-ci-local run of a docker:dind job: the CLI could not resolve the service alias "docker", so the login never reached a daemon. The closing "finished … FAIL" line is trimmed.'
  },
  {
    id: 'late2-gitlab-06',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'error during connect: Post http://docker:2375/v1.40/auth: dial tcp: lookup docker on 169.254.169.254:53: no such host',
    source: 'tiangolo/docker-with-compose#10',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: 'From a GitLab.com job running "docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY" with no docker:dind service (the answer in the thread). Host is a placeholder for $CI_REGISTRY on GitLab.com.'
  },
  {
    id: 'late2-gitlab-07',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '$ docker-compose up\nCreating network "compose_default" with the default driver\nPulling example-redacted...\nGet https://registry.gitlab.com//example/redacted: denied: access forbidden\nERROR: Job failed: exit code 1',
    source: 'tmaier/docker-compose#13',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: 'needs the thread: a GitLab CI job pulling its own private image through docker-compose in dind, with no docker login in that job (the reporter can pull and push in other jobs); GitLab answers an anonymous read of a private project "access forbidden". INFERENCE: the maintainer only asked for the job\'s YAML. Path redacted by the reporter (kept as posted).'
  },
  {
    id: 'late2-generic-01',
    family: 'generic',
    host: 'nexus.xxx.com',
    text: '2022-05-30T22:26:47.492+0530    FATAL   image scan error: scan error: unable to initialize a scanner: unable to initialize a docker scanner: 3 errors occurred:\n        * unable to inspect the image (https://nexus.xxx.com/v2/helpers/init-container/manifests/1.0): Error response from daemon: no such image: https:/nexus.xxx.com/v3/helpers/init-container/manifests/1.0: invalid reference format\n        * unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory\n        * Get "https://https/v2/": dial tcp: lookup https on 111.11.11.1:11: no such host',
    source: 'aquasecurity/trivy#2205',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'Nexus registry. A registry URL (https://…/manifests/1.0) was given to trivy as the image reference, so it took "https" for the registry host: not about logging in; the DNS line follows from the bad reference.'
  },
  {
    id: 'late2-generic-02',
    family: 'generic',
    host: 'example.test',
    text: 'ERROR: failed to solve: failed to push example.test:a639a35f04bf71babaee953d85e0380818b7822a: failed to authorize: failed to fetch anonymous token: Get "https://example.test/v2/token?scope=%2A%3A%3A&scope=repository%XXXXXX%2FXXXXXX%3Apull%2Cpush&service=container_registry": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    source: 'docker/build-push-action#1349',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'Host and repository masked by the reporter (kept as posted). The /v2/token endpoint with service=container_registry and the act runner image suggest a Gitea/Forgejo registry (family by INFERENCE; the label rests on the text).'
  },
  {
    id: 'late2-generic-03',
    family: 'generic',
    host: 'gitea.example.com',
    text: 'Error response from daemon: Head "https://**/v2/**/ca.app/manifests/develop":\nerror parsing HTTP 404 response body: invalid character \'<\' looking for beginning of value: \n"<html>\\r\\n<head><title>404 Not Found</title></head>\\r\\n<body>\\r\\n<center><h1>404 Not Found</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'go-gitea/gitea#32058',
    expected: 'registry-unreachable',
    alsoAcceptable: ['repository-not-found'],
    case: 'not-a-registry',
    note: 'Gitea behind nginx, after an upgrade: nginx\'s own 404 page answered the manifest request, so /v2/ no longer reaches the registry. The post masked the host as "**" (kept in the text; host is a placeholder). No confirmed fix in the stored thread.'
  },
  {
    id: 'late2-generic-04',
    family: 'generic',
    host: 'docker.x.local',
    text: 'Error response from daemon: login attempt to http://docker.x.local/v2/ failed with status: 502 Bad Gatewa',
    source: 'sonatype/nexus-public#565',
    expected: 'registry-unreachable',
    note: 'Nexus Docker connector behind a proxy answering 502. Copied as posted ("Gatewa" is cut in the post itself).'
  },
  {
    id: 'late2-generic-05',
    family: 'generic',
    host: 'nexus.example.com',
    text: 'Error response from daemon: login attempt to https://nexus.example.com/v2/ failed with status: 404 Not Found',
    source: 'flytreeleft/nexus3-keycloak-plugin#26',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: Nexus behind nginx; the login works with the stock Nexus image and fails once the Keycloak realm plugin is installed: /v2/ at that address does not answer as a registry. INFERENCE: no fix in the stored thread.'
  },
  {
    id: 'late2-generic-06',
    family: 'generic',
    host: 'repository.example.com',
    text: 'INFO Error logging in to v2 endpoint, trying next endpoint: login attempt to https://gcp.repository.**.com/v2/ failed with status: 400 Bad Request\nERROR login attempt to https://gcp.repository.**.com/v2/ failed with status: 400 Bad Request',
    source: 'vmware-archive/vctl-docs#53',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: vctl login to a Nexus repository (the title); Nexus answers 400 to /v2/ requests that do not reach a Docker connector (port or subdomain), so the address is not the registry\'s. INFERENCE: no answer in the stored thread. The post masked part of the host ("**", kept in the text); host is a placeholder.'
  },
  {
    id: 'late2-generic-07',
    family: 'generic',
    host: '111.222.234.50',
    text: 'C:\\>docker login 111.222.234.50\nUsername: user123\nPassword: ******\nError response from daemon: Get "https://111.222.234.50/v2/": EOF',
    source: 'go-gitea/gitea#24466',
    expected: 'registry-unreachable',
    note: 'Gitea container registry served over HTTP on port 3000; docker spoke HTTPS to port 443 and got EOF (the maintainers: docker requires HTTPS, or give the port). The password shown in the post is masked here.'
  },
  {
    id: 'late2-generic-08',
    family: 'generic',
    host: 'cr.staging.coscene.cn',
    text: 'ERROR: failed to solve: failed to push cr.staging.coscene.cn/coscene/honeybee-server-go: unexpected status from HEAD request to https://cr.staging.coscene.cn/v2/coscene/honeybee-server-go/blobs/sha256:422765c0b75d56b699a9402733a1b7b414ab9a3ca8b54417331672e03b3481af: 401 Unauthorized',
    source: 'docker/buildx#2749',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'insufficient-scope'],
    case: 'no-login',
    note: 'needs the thread: the login that works for plain docker does not carry over to the buildx push (the thread\'s title, "Authentication not working only in buildx"); a 401 on the push\'s first request means no usable credential reached the registry. INFERENCE: the thread is open with no fix. The build progress lines above are trimmed.'
  },
  {
    id: 'late2-generic-09',
    family: 'generic',
    host: 'registry.gcl.local',
    text: 'build-dind    > Error response from daemon: Get "https://registry.gcl.local/v2/": dial tcp: lookup registry.gcl.local on 127.0.0.11:53: no such host',
    source: 'firecow/gitlab-ci-local#1844',
    expected: 'registry-unreachable',
    note: "gitlab-ci-local's --registry option runs a local registry:2 under this name; the docker:dind service's resolver does not know it (the same job works with buildah). The login target is that local registry, not GitLab."
  }
]

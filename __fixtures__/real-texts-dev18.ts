/**
 * An eighteenth development set of real registry error texts ("dev18"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The eighteenth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1318
 * earlier sources was checked before each pick), and the hygiene test
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

export const REAL_TEXTS_DEV18: readonly RealText[] = [
  {
    id: 'dev18-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Image ghcr.io/crosspoint-reader/crosspoint-sync:main Pulling\nImage ghcr.io/crosspoint-reader/crosspoint-sync:main Error Head "https://ghcr.io/v2/crosspoint-reader/crosspoint-sync/manifests/main": unauthorized\nError response from daemon: Head "https://ghcr.io/v2/crosspoint-reader/crosspoint-sync/manifests/main": unauthorized',
    source: 'crosspoint-reader/crosspoint-sync#5',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a compose pull of the project\'s GHCR package with no login; commenters asked whether the package was private and the maintainer changed it to public ("done!"), which fixed the pulls. The two trailing lines of the deploy tool ("Docker command failed") were trimmed'
  },
  {
    id: 'dev18-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/open-feature/flagd/manifests/v0.10.1": denied: denied',
    source: 'open-telemetry/opentelemetry-demo#1582',
    expected: 'stale-login',
    note: 'needs the thread: flagd is a public image that pulls anonymously (the reporter\'s curl gets the ordinary anonymous token challenge); docker\'s "denied: denied" on a public GHCR image comes from a stored GHCR login whose token GHCR no longer takes. A commenter fixed it by logging in again with a fresh token, which replaces the stored credential. INFERENCE: the reporter did not confirm which fix worked'
  },
  {
    id: 'dev18-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/incaller/prometheus_bot\nUsing default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/incaller/prometheus_bot/manifests/latest": unauthorized',
    source: 'inCaller/prometheus_bot#121',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the same pull of the reporter's fork (ghcr.io/aminvakil/prometheus_bot) works anonymously, so the upstream package is not public; the reporter asks the maintainer to change the package settings. INFERENCE: no reply in the stored thread"
  },
  {
    id: 'dev18-gitlab-01',
    family: 'gitlab',
    host: 'private_gitlab_server.com:5005',
    text: 'Authenticating with credentials from job payload (GitLab Registry)\nPulling docker image private_gitlab_server.com:5005/my_repo/ci:9a495cbc014c ...\nWARNING: Failed to pull image with policy "always": Error response from daemon: manifest for gitlab-private_gitlab_server.com:5005/my_repo/ci:9a495cbc014c not found: manifest unknown: manifest unknown (manager.go:237:0s)\nERROR: Job failed: failed to pull image "private_gitlab_server.com:5005/my_repo/ci:9a495cbc014c" with specified policies [always]: Error response from daemon: manifest for private_gitlab_server.com:5005/my_repo/ci:9a495cbc014c not found: manifest unknown: manifest unknown (manager.go:237:0s)',
    source: 'superlinear-ai/substrate#166',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the runner logged in with the job payload\'s credentials and the registry answered manifest unknown: the CI image tag was never built (the maintainer asks whether the "Build CI image" job ran; the reporter sees only two jobs). INFERENCE: no confirmed fix. The post\'s own placeholder host is kept; two job-log line links GitLab\'s copy inserted ("23[7](…#L7)", "[9](…#L9)") were removed'
  },
  {
    id: 'dev18-gitlab-02',
    family: 'gitlab',
    host: 'gitlab-registry.example.com',
    text: '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"cicd/bazel-reference-implementations/java","Action":"pull"},{"Type":"repository","Class":"","Name":"cicd/bazel-reference-implementations/java","Action":"push"},{"Type":"repository","Class":"","Name":"library/nginx","Action":"pull"}]}]}',
    source: 'google/go-containerregistry#220',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: go-containerregistry's blob upload asked to mount from library/nginx (a Docker Hub name) on a GitLab registry, so its token request included pull on library/nginx, a scope GitLab will not grant outside the user's projects, and the upload was refused; the credential itself was fine. Fixed in the library (go-containerregistry#219). The post's placeholder host is kept"
  },
  {
    id: 'dev18-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '[root@sno ~]# ostree container unencapsulate --repo /ostree/repo ostree-unverified-registry:$oci_url\nerror: Creating importer: Failed to invoke skopeo proxy method OpenImage: remote error: reading manifest backup in quay.io/whatever/ost: unauthorized: access to the requested resource is not authorized',
    source: 'ostreedev/ostree#3015',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: the same private image pulls with podman --authfile /etc/ostree/auth.json; the reporter found that ostree's skopeo proxy read only the file set as global_auth_file, not /etc/ostree/auth.json or ~/.docker/config.json, so the pull went without the credential"
  },
  {
    id: 'dev18-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Step 1/6 : FROM quay.io/ansible/molecule:3.1.5\nunauthorized: access to the requested resource is not authorized',
    source: 'kiali/kiali#4302',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: an anonymous build FROM quay.io/ansible/molecule, a repository that was deleted or moved (the reporter's screenshot of quay.io shows it gone). INFERENCE: no maintainer reply in the stored thread"
  },
  {
    id: 'dev18-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Trying to pull quay.io/voucher/vouch-proxy:latest...\nError: initializing source docker://quay.io/voucher/vouch-proxy:latest: reading manifest latest in quay.io/voucher/vouch-proxy: unauthorized: access to the requested resource is not authorized',
    source: 'vouch/vouch-proxy#505',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the maintainer points out that the namespace is "vouch", not "voucher" (quay.io/vouch/vouch-proxy); Quay answers unauthorized for a repository that does not exist'
  },
  {
    id: 'dev18-quay-04',
    family: 'quay',
    host: 'quay.example.com',
    text: 'level=error msg="Failed to sync layer data" key=default/ssltunnel err="Request returned non-200 response: 401 Unauthorized"',
    source: 'quay/container-security-operator#48',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the Container Security Operator fetched the image's layers from an on-prem Quay without the pull secret the pod uses (a robot account with write on the repository), so the registry answered 401. INFERENCE: the stored thread shows no fix. Host: the post names no host, a Quay placeholder is used"
  },
  {
    id: 'dev18-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Failed to search images: 61 |           f && (p += `&last=${encodeURIComponent(f)}`);\n62 |            const c = await fetch(p, {\n63 |                    method: "GET",\n64 |                    headers: a\n65 |            });\n66 |            if (!c.ok) throw c.status === 401 ? new Error("Authentication failed") : new Error(`Registry returned error: ${c.status}`);\n                                               ^\nerror: Authentication failed\n      at A (/app/build/server/chunks/_server.ts-CJ2ax9xF.js:66:43)',
    source: 'Finsys/dockhand#360',
    expected: 'missing-credentials',
    note: "needs the thread: Dockhand's image search sent the Harbor robot account's credentials as basic auth to the catalog endpoint without the token flow Harbor requires (the same credentials work with the docker CLI); the maintainer says the token flow was fixed in v1.0.9. Host: the post names no host, a Harbor placeholder is used"
  },
  {
    id: 'dev18-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Failed to pull image "xxxxx:tag ": rpc error: code = Unknown desc = Error response from daemon: pull access denied for "xxxxx:tag ":, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
    source: 'goharbor/harbor#11383',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: a private Harbor project pulled through an imagePullSecret made with kubectl create secret generic --from-file=/root/.docker/config.json after a docker login on another node; the pull works when the project is public, so the kubelet pulled without a credential Harbor took. INFERENCE: closed as stale with no fix; the likeliest cause is a config.json whose login sits in a credential store, not in the file. Host masked in the post, a Harbor placeholder is used'
  },
  {
    id: 'dev18-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '2019-11-11T06:42:04Z [ERROR] [/replication/transfer/image/transfer.go:143]: http error: code 401, message {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"devops/devops_ziya_web","Action":"pull"}]}]}',
    source: 'goharbor/harbor#9822',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown', 'registry-unreachable'],
    note: 'needs the thread: Harbor replication between Harbors failing with 401 in nine copies out of ten after the admin password was changed on all of them and the registry endpoints updated (the endpoints test healthy); the reporter then suspects the extra nginx in front. INFERENCE: the stored thread ends without a cause or fix. Host: the post names no host, a Harbor placeholder is used'
  },
  {
    id: 'dev18-ecr-01',
    family: 'ecr',
    host: '121021644041.dkr.ecr.ap-southeast-1.amazonaws.com',
    text: '> [internal] load metadata for 121021644041.dkr.ecr.ap-southeast-1.amazonaws.com/sagemaker-scikit-learn:0.23-1-cpu-py3:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: unexpected status code [manifests 0.23-1-cpu-py3]: 403 Forbidden',
    source: 'aws/aws-cdk#17268',
    expected: 'missing-credentials',
    note: 'needs the thread: cdk deploy builds a DockerImageAsset whose FROM is an AWS-owned SageMaker image in regional ECR; the build does not log in to that registry, so ECR refuses the anonymous request; the reporter works around it by authenticating to the source registry first. A leading space and the "------" line before the text were trimmed'
  },
  {
    id: 'dev18-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "2018-11-27T17:42:15.4769355Z denied: Your Authorization Token has expired. Please run 'aws ecr get-login --no-include-email' to fetch a new one.",
    source: 'aws/aws-toolkit-azure-devops#129',
    expected: 'token-expired',
    note: "an ECR push from a long Azure DevOps job whose token, got at the start, expired midway (the issue's title). Host: the post names no registry, an ECR placeholder is used"
  },
  {
    id: 'dev18-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ca-central-1.amazonaws.com',
    text: 'Step 1/13 : FROM ************.dkr.ecr.ca-central-1.amazonaws.com/***********\n\n--10 | time="2021-06-10T17:11:46Z" level=fatal msg="Head https://************.dkr.ecr.ca-central-1.amazonaws.com/v2/************: no basic auth credentials"',
    source: 'davidbyttow/drone-ecr-registry-plugin#3',
    expected: 'missing-credentials',
    note: 'a docker build inside a Drone step, FROM an ECR image: the registry plugin gives Drone credentials for pulling step images, not to the docker build the step runs, which had no ECR login. INFERENCE: no reply in the stored thread. Masking kept as posted; the host is an ECR placeholder for the masked account'
  },
  {
    id: 'dev18-gar-01',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'reason: generic::permission_denied: failed to fetch manifest: generic::permission_denied',
    source: 'google-github-actions/deploy-appengine#356',
    expected: 'insufficient-scope',
    case: 'read-denied',
    note: "needs the thread: an App Engine standard deploy whose service account lacked Artifact Registry Reader, which new projects need for the build's images (deploy-appengine#354); adding the role fixed it. Text from the PR's prose. Host: the post names none, an Artifact Registry placeholder is used"
  },
  {
    id: 'dev18-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/xxxx-xxx/img:tag": rpc error: code = Unknown desc = Error response from daemon: pull access denied for gcr.io/xxxx-xxx/api, repository does not exist or may require \'docker login\'',
    source: 'kbst/terraform-kubestack#144',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    case: 'read-denied',
    note: "needs the thread: GKE nodes provisioned by kubestack pulling from the same project's gcr.io; the nodes' service account has no read on the registry's storage, and the maintainer proposes granting read-only access by default. INFERENCE: a feature request, no confirmed fix. Masking kept as posted (img vs api)"
  },
  {
    id: 'dev18-gar-03',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'ERROR: Permission denied while accessing Artifact Registry. Artifact Registry access is required to deploy from source.\nERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission denied on resource project dodo',
    source: 'dart-frog-dev/dart_frog#744',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'gcloud run deploy --source: the account has no Artifact Registry access in the project (or "dodo" is not a project id it can see); a reply says to grant the permission in the console. INFERENCE: no confirmed fix. Markdown bold around the lines removed. Host: a placeholder of the family'
  },
  {
    id: 'dev18-acr-01',
    family: 'acr',
    host: 'acrlab10.azurecr.io',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `error getting credentials - err: exit status 1, out: `no usernames for acrlab10.azurecr.io`\nLogin failed.',
    source: 'Azure/acr#680',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "az acr login on Fedora: docker got the token but its configured credential helper failed to store it; the reporter resolved it by installing another helper (the ACR team says that helper is not needed, so the configured one was at fault). Text from the post's prose, quotes around it dropped. INFERENCE as to which helper"
  },
  {
    id: 'dev18-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: '[017:06:56:24.453][E] (72680e68) 2ab66a6a-CredentialHelperPKG C<-S NoResponse POST /registry/credstore-updated (1.5655ms): Post "http://ipc/registry/credstore-updated": open /run/host-services/backend.sock: The system cannot find the path specified.',
    source: 'Azure/azure-cli#21008',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "az acr login in WSL2 after a Docker Desktop update: docker-credential-desktop, the configured helper, cannot reach Docker Desktop's backend socket. The first line of a longer stack trace. INFERENCE: closed with no fix in the stored thread. Host: the post names no registry, an ACR placeholder is used"
  },
  {
    id: 'dev18-acr-03',
    family: 'acr',
    host: 'likvido.azurecr.io',
    text: 'Failed to pull image "likvido.azurecr.io/sync-creditors_production:10": rpc error: code = Unknown desc = Error response from daemon: Get https://likvido.azurecr.io/v2/sync-creditors_production/manifests/10: unauthorized: authentication required',
    source: 'Azure/AKS#1635',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'cloud-service',
    note: 'needs the thread: an AKS cluster created with --enable-managed-identity and --attach-acr, then a Windows node pool added; the kubelet of those nodes pulled with no credential ACR took. INFERENCE: no confirmed fix in the stored thread'
  },
  {
    id: 'dev18-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'While pulling image from oci registry: unable to pull from registry: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    source: 'apptainer/singularity#3616',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: singularity push/pull oras:// against ACR failing whichever way the credentials were given (SINGULARITY_DOCKER_USERNAME/PASSWORD, --docker-username, --docker-login); the ORAS path did not pass them on. INFERENCE: no confirmed fix in the stored thread. Host: the post names no registry, an ACR placeholder is used'
  },
  {
    id: 'dev18-generic-01',
    family: 'generic',
    host: 'registry.company.xyz',
    text: 'DEBU[0000] PullImageRequest: &PullImageRequest{Image:&ImageSpec{Image:registry.company.xyz/namespace/container:1.0,Annotations:map[string]string{},},Auth:nil,SandboxConfig:nil,}\nE0601 13:44:00.499892  728890 remote_image.go:171] "PullImage from image service failed" err="rpc error: code = Unknown desc = Requesting bearer token: invalid status code from registry 403 (Forbidden)" image="registry.company.xyz/namespace/container:1.0"\nFATA[0000] pulling image: rpc error: code = Unknown desc = Requesting bearer token: invalid status code from registry 403 (Forbidden)',
    source: 'cri-o/cri-o#7007',
    expected: 'missing-credentials',
    note: 'needs the thread: the login was made with skopeo login, which writes ${XDG_RUNTIME_DIR}/containers/auth.json; CRI-O does not read that file, and crictl sent no auth (Auth:nil), so the token request went anonymous. INFERENCE: closed as stale with no fix'
  },
  {
    id: 'dev18-generic-02',
    family: 'generic',
    host: 'artifactory.local',
    text: 'ctr: failed to resolve reference "artifactory.local/node:14.17.5-alpine": unexpected status code [manifests 14.17.5-alpine]: 401 Unauthorized',
    source: 'containerd/containerd#6339',
    expected: 'missing-credentials',
    note: "needs the thread: `ctr images pull` from Artifactory with no --user; ctr reads neither docker's config nor the CRI plugin's registry credentials. INFERENCE: open issue, no confirmed fix. One line of the output (the progress lines above it trimmed)"
  },
  {
    id: 'dev18-generic-03',
    family: 'generic',
    host: 'example.registry.io',
    text: '2025/07/16 08:17:02 Pulling Docker image example.registry.io/hello-world:linux\n2025/07/16 08:17:03 500 Internal Server Error - HEAD /v2/hello-world/manifests/linux?ns=example.registry.io - (953.397375ms) - error pulling image example.registry.io/hello-world:linux: Error response from daemon: Head "https://example.registry.io/v2/hello-world/manifests/linux": unauthorized: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}',
    source: 'ligfx/k3d-registry-dockerd#21',
    expected: 'missing-credentials',
    note: "k3d-registry-dockerd pulls through the local Docker daemon, which had no login for the private registry; the maintainer suggests a docker login first. INFERENCE: not confirmed in the stored thread. The post's placeholder host is kept"
  },
  {
    id: 'dev18-generic-04',
    family: 'generic',
    host: 'proxy.replicated.com',
    text: '"proxy.replicated.com/proxy/gitpod/busybox:1": failed to resolve reference "proxy.replicated.com/proxy/gitpod/busybox:1": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    source: 'gitpod-io/gitpod#14837',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a self-hosted Gitpod install pulling through Replicated's registry proxy, which serves images only with the license's pull credential; the node pulled without it. INFERENCE: the stored thread shows no fix"
  },
  {
    id: 'dev18-generic-05',
    family: 'generic',
    host: 'docker.libcuda.so',
    text: "Using default tag: latest\nError response from daemon: pull access denied for docker.libcuda.so/hello-world, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'ciiiii/cloudflare-docker-proxy#17',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: 'needs the thread: a Cloudflare-worker proxy of Docker Hub asked the token service for repository:hello-world instead of library/hello-world, a repository that does not exist; the workaround is the library/ prefix, and the proxy was fixed'
  },
  {
    id: 'dev18-docker-hub-01',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: "nerdctl logout\nRemoving login credentials for https://index.docker.io/v1/\n/usr/local/bin/docker-credential-rancher-desktop: source: line 5: can't open '/etc/rancher/desktop/credfwd': No such file or directory\nWARNING: could not erase credentials:\nhttps://index.docker.io/v1/: error erasing credentials - err: exit status 2, out: ``",
    source: 'rancher-sandbox/rancher-desktop#2278',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'Rancher Desktop 1.4 RC on Windows: its credential helper script cannot read the forwarding file it needs, so storing and erasing Docker Hub credentials fail. INFERENCE: the stored thread shows no fix'
  },
  {
    id: 'dev18-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'PS H:\\bin\\containerd> .\\ctr images pull docker.io/image/doesnotexist:latest\nctr: failed to resolve reference "docker.io/image/doesnotexist:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'containerd/containerd#2052',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the PR's example of the message it adds: a misspelled image name that looked like a failed token auth. The progress lines between the command and the error were trimmed"
  },
  {
    id: 'dev18-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "docker Error response from daemon: pull access denied for python3.6, repository does not exist or may require 'docker login'.",
    source: 'koaning/calmcode-feedback#29',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: "a GitLab CI job image written python3.6 instead of python:3.6, so Docker Hub was asked for library/python3.6, which does not exist; the reporter's fix changed the job's image. Text from the post's prose"
  },
  {
    id: 'dev18-docker-hub-04',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'time="2018-11-14T00:41:30Z" level=error msg="trigger.poll.RepositoryWatcher.Watch: failed to add image watch job" error="Get https:/\n/index.docker.io/v2/goabout/automat/manifests/master: http: non-successful response (status=401 body=\\"{\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\\n":\\\\\\"UNAUTHORIZED\\\\\\",\\\\\\"message\\\\\\":\\\\\\"authentication required\\\\\\",\\\\\\"detail\\\\\\":[{\\\\\\"Type\\\\\\":\\\\\\"repository\\\\\\",\\\\\\"Class\\\\\\\n":\\\\\\"\\\\\\",\\\\\\"Name\\\\\\":\\\\\\"goabout/automat\\\\\\",\\\\\\"Action\\\\\\":\\\\\\"pull\\\\\\"}]}]}\\\\n\\")" image="namespace:default,image:index.docker.\nio/goabout/automat,provider:kubernetes,trigger:poll,sched:@every 5m,secrets:[]"',
    source: 'keel-hq/keel#306',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "Keel polling a private Docker Hub repository found no imagePullSecrets for the image (secrets:[] in the text) although the pods pull with one, so it polled anonymously. INFERENCE: the stored thread shows no fix. The terminal's line wrapping is kept as posted"
  },
  {
    id: 'dev18-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Pulling image index.docker.io/hystax/deactivatorg with tag 2025051201-public\nINFO[0000] fetch failed                                  error="pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed" host=registry-1.docker.io\nFATA[0000] failed to resolve reference "docker.io/hystax/deactivatorg:2025051201-public": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'hystax/optscale#661',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "an anonymous containerd pull by OptScale's installer of a Docker Hub repository (or tag) that is not public. INFERENCE: closed with no reply in the stored thread. Two progress lines and the Python traceback after the error were trimmed"
  },
  {
    id: 'dev18-not-login-01',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: failed to resolve reference "docker.io/eceasy/cli-proxy-api-plus:latest": failed to authorize: failed to fetch anonymous token: Get "https://auth.docker.io/token?scope=repository%3Aeceasy%2Fcli-proxy-api-plus%3Apull&service=registry.docker.io": EOF',
    source: 'router-for-me/CLIProxyAPI#2668',
    expected: 'registry-unreachable',
    note: "docker compose pull: the connection to Docker Hub's token service was cut (EOF) before any answer, a network or in-between problem, not a credential. INFERENCE: closed with no stored explanation. The compose progress lines above it were trimmed"
  },
  {
    id: 'dev18-not-login-02',
    family: 'not-login',
    host: 'registry.isc.ejpd.admin.ch:5000',
    text: 'Error response from daemon: Get https://registry.isc.ejpd.admin.ch:5000/v1/users/: x509: certificate signed by unknown authority',
    source: 'docker/for-win#36',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'docker login on Docker for Windows to an internal registry with a self-signed certificate: the CA placed under C:\\ProgramData\\Docker\\certs.d did not reach the Linux VM that makes the request. INFERENCE: the stored thread shows no fix'
  },
  {
    id: 'dev18-not-login-03',
    family: 'not-login',
    host: 'registry.example.com',
    text: 'Error response from daemon: Get https://<myhost>/v1/users/: x509: certificate signed by unknown authority',
    source: 'moby/moby#28616',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'docker login from Ubuntu to a registry:2 with a StartSSL certificate the daemon does not trust (Windows clients trust it). Host masked in the post as <myhost>; a generic placeholder is used'
  }
]

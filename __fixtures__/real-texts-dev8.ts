/**
 * An eighth development set of real registry error texts ("dev8"), collected
 * on 2026-11-29 to be measured once, as it is, before any rule is written on
 * it, and then used for development (docs/real-texts.md, "The eighth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 779
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines trimmed; notes say where more was
 * done). A note starting "needs the thread:" marks a label the text alone
 * does not support. Where the post masked or left out the registry host,
 * `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS_DEV8: readonly RealText[] = [
  {
    id: 'dev8-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'pi5@pi5server:~/Development/Containers/jellydash $ sudo docker compose up -d',
      '[+] up 2/2',
      ' ✘ Image ghcr.io/v2/themartz90/jellydash:latest Error error from r...       0.3s',
      ' ! Image mariadb:11                             Interrupted                 0.3s',
      'Error response from daemon: error from registry: denied',
      'denied'
    ),
    source: 'themartz90/jellydash#2',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: docker compose (2026). The maintainer: the image is public; the compose file also had a wrong path (ghcr.io/v2/...), and an old or expired GHCR login makes docker return denied even for a public image; the reporter: `sudo docker logout ghcr.io` "did the trick". Also acceptable: the wrong image path (repository-not-found)'
  },
  {
    id: 'dev8-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'walter@voy:/opt/voy$ docker pull  ghcr.io/leomartindev/voy:latest',
      'Error response from daemon: unknown: failed to resolve reference "ghcr.io/leomartindev/voy:latest": unexpected status from HEAD request to https://ghcr.io/v2/leomartindev/voy/manifests/latest: 403 Forbidden'
    ),
    source: 'LeoMartinDev/voy#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'anonymous pull (2026, containerd image store wording). The maintainer: "I misconfigured ghcr and the package was private"; made public. GHCR answers an anonymous pull of a private or missing package with 403; missing-credentials is defensible for a private package'
  },
  {
    id: 'dev8-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Error response from daemon: Head "https://ghcr.io/v2/esnet/gdg/manifests/0.3.1": denied: denied',
      'failed to solve: ghcr.io/esnet/gdg:0.3.1: failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden'
    ),
    source: 'esnet/gdg#122',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a public image; the first line is `docker pull`, the second a Dockerfile `COPY --from=ghcr.io/esnet/gdg:0.3.1` (both quoted in the post, prose between left out). The reporter: "I had to run the command `docker logout ghcr.io`"'
  },
  {
    id: 'dev8-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      "2026-02-16T21:30:58.556701Z ERROR querymt::plugin::host: Failed to process provider 'xai': Plugin Error: Failed to fetch OCI plugin for provider 'xai' from 'oci://ghcr.io/querymt/xai:latest': Unauthorized access to \"https://ghcr.io/v2/querymt/xai/manifests/latest\"",
      "2026-02-16T21:30:58.559919Z ERROR querymt::plugin::host: Failed to process provider 'mistral': Plugin Error: Failed to fetch OCI plugin for provider 'mistral' from 'oci://ghcr.io/querymt/mistral:latest': Unauthorized access to \"https://ghcr.io/v2/querymt/mistral/manifests/latest\""
    ),
    source: 'querymt/querymt#148',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'invalid-credentials'],
    note: "needs the thread: querymt's OCI plugin fetcher (2026). The reporter's title and text: the cause was a wrong/expired token stored for ghcr.io on the machine, sent with pulls of the public plugin images; two of the repeated lines kept. token-expired is defensible (the stored token had expired)"
  },
  {
    id: 'dev8-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      "2026-07-23T12:47:23Z\tFATAL\tFatal error\trun error: image scan error: scan error: unable to initialize a scan service: unable to initialize artifact: unable to initialize container image: unable to find the specified image 'ghcr.io/xxx/web:1.1.6' in ['docker' 'containerd' 'podman' 'remote']: 4 errors occurred:",
      '\t* docker error: unable to inspect the image (ghcr.io/xxx/web:1.1.6): Error response from daemon: No such image: ghcr.io/xxx/web:1.1.6',
      '\t* containerd error: containerd socket not found: /run/containerd/containerd.sock',
      '\t* podman error: unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory',
      '\t* remote error: GET https://ghcr.io/token?scope=repository%3Axxx%2Fweb%3Apull&service=ghcr.io: UNAUTHORIZED: authentication required'
    ),
    source: 'Aerya/Dockge-Enhanced#96',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "trivy run in a container with the docker socket but no registry credentials, scanning the user's private GHCR image (the `Command failed: docker run ... trivy` line left out; the namespace masked `xxx` by the reporter). The reporter and maintainer: pass credentials (TRIVY_USERNAME/TRIVY_PASSWORD or the docker config); repository-not-found is defensible (a private image without a login)"
  },
  {
    id: 'dev8-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '21-11-14 09:04:59 ERROR (SyncWorker_1) [supervisor.docker.interface] Can\'t install ghcr.io/fredrikbaberg/addon-3dprinter-aarch64:2021.11.4: 500 Server Error for http+docker://localhost/v1.41/images/create?tag=2021.11.4&fromImage=ghcr.io%2Ffredrikbaberg%2Faddon-3dprinter-aarch64: Internal Server Error ("Head "https://ghcr.io/v2/fredrikbaberg/addon-3dprinter-aarch64/manifests/2021.11.4": denied")',
    source: 'fredrikbaberg/hassio-addons#245',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the Home Assistant Supervisor's Docker Engine API wording (the 500 is the engine wrapping the registry's denied). The maintainer: the images had never been uploaded to GHCR (the build script failed); pushing them fixed it"
  },
  {
    id: 'dev8-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Trying to pull ghcr.io/k0sprojects/k0sctl:latest...',
      'Error: initializing source docker://ghcr.io/k0sprojects/k0sctl:latest: Requesting bearer token: invalid status code from registry 403 (Forbidden)'
    ),
    source: 'k0sproject/k0sctl#981',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'podman (2025; the command line with its own typo left out). The namespace is k0sproject, not k0sprojects (the issue was labelled documentation): GHCR answers a token request for a package that does not exist with 403'
  },
  {
    id: 'dev8-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'failed to determine artifact digest: GET https://ghcr.io/token?scope=repository:devantler-tech/platform/manifests:pull&service=ghcr.io: DENIED: denied',
    source: 'devantler-tech/platform#1347',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: Flux OCIRepository in a cluster (2026). The issue: the registry secret had been created from a short-lived GITHUB_TOKEN of an earlier CI run; fixed (PR #1351) by giving Flux a long-lived PAT'
  },
  {
    id: 'dev8-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '$ helm install flux-operator oci://ghcr.io/controlplaneio-fluxcd/charts/flux-operator \\',
      '  --namespace flux-system \\',
      '  --create-namespace',
      '',
      'Error: INSTALLATION FAILED: GET "https://ghcr.io/v2/controlplaneio-fluxcd/charts/flux-operator/tags/list": unable to retrieve credentials'
    ),
    source: 'controlplaneio-fluxcd/flux-operator#149',
    expected: 'credential-store-error',
    alsoAcceptable: ['stale-login'],
    case: 'credential-helper',
    note: 'needs the thread: Helm (2025). The reporter had removed Docker the week before and "there was residue in the ~/.docker/config.json" (a credential store entry whose helper was gone); the maintainer also names an expired PAT stored for ghcr.io (stale-login)'
  },
  {
    id: 'dev8-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: signing ghcr.io/slsa-framework/example-package.e2e.container.push.main.default.slsa3@sha256:def490eb6f085f58e87cc445fea11c74910f27d074720350102fd594b55565d6: PUT https://ghcr.io/v2/slsa-framework/example-package.e2e.container.push.main.default.slsa3/blobs/upload/03f854c2-5b37-4809-9506-6803fd7f5332?digest=sha256%3A9f7732a53c2c96e0800b217b4298fa9b75d156db806e993435c0a4aab571ad9b: DENIED: permission_denied: unable to connect to authzd server: twirp error bad_route: Error from intermediary with HTTP status code 404 "Not Found"',
    source: 'slsa-framework/slsa-github-generator#1699',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: cosign signing in a scheduled e2e run that otherwise pushed fine. INFERENCE: GHCR\'s own authorization service failed ("unable to connect to authzd server", a 404 from an intermediary) - a server-side failure, not the credential; the maintainer suspected a transient problem and the next runs passed'
  },
  {
    id: 'dev8-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.hpi.de',
    text: lines(
      'STEP 1/6: FROM registry.gitlab.hpi.de/akita/i/pyod:0.2.5',
      'Trying to pull registry.gitlab.hpi.de/akita/i/pyod:0.2.5...',
      'Error: error creating build container: initializing source docker://registry.gitlab.hpi.de/akita/i/pyod:0.2.5: Requesting bear token: invalid status code from registry 403 (Forbidden)'
    ),
    source: 'TimeEval/TimeEval#56',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: podman emulating `docker build` against a self-managed GitLab registry (the \'Emulate Docker CLI\' line left out). The maintainer: "Our registry is not public to the outside" - build the base images yourself; GitLab refuses the anonymous token for a private project with 403'
  },
  {
    id: 'dev8-gitlab-02',
    family: 'gitlab',
    host: 'gitlab.example.com:8085',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "gitlab.xxx.de:8085/projs/devs/frontend-ecomm:v38.3-54c2e0d7": POST https://gitlab.xxx.de:8085/v2/projs/devs/frontend-ecomm/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:projs/devs/frontend-ecomm Type:repository] map[Action:push Class: Name:projs/devs/frontend-ecomm Type:repository]]',
    source: 'GoogleContainerTools/kaniko#2446',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: kaniko in GitLab CI, self-managed GitLab (host masked gitlab.xxx.de by the reporter; a placeholder here). The image name frontend-ecomm is not a GitLab project (the project is projs/devs/frontend), so GitLab grants no token for that path; the workaround was pushing below the project path'
  },
  {
    id: 'dev8-gitlab-03',
    family: 'gitlab',
    host: 'gitlab.registry.example.com',
    text: 'error parsing HTTP 400 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>400 Bad Request</h1></center>\\r\\n<center>The plain HTTP request was sent to HTTPS port</center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'hardpixel/dokku-gitlab#2',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'docker push to an Omnibus GitLab registry behind dokku (host masked by the reporter; a placeholder here). registry_external_url was set to http:// while the proxy served HTTPS, so an nginx error page answered where the registry should'
  },
  {
    id: 'dev8-gitlab-04',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      "Error response from daemon: pull access denied for registry.gitlab.com/<IMAGE_PATH>, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      'Cleaning up project directory and file based variables',
      'ERROR: Job failed: exit code 1'
    ),
    source: 'docker/docs#22965',
    expected: 'unknown',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    note: 'needs the thread: GitLab CI with docker:latest (Docker 28) as the job image; the reporter: `docker login` succeeded just before, the path is right, and the same job works with docker:20.10. INFERENCE: a client/daemon change, not the credential; no fix in the thread. From the text alone an expert would say missing-credentials or repository-not-found'
  },
  {
    id: 'dev8-gitlab-05',
    family: 'gitlab',
    host: 'gitlab.com',
    text: 'Error: could not download chart: looks like "https://gitlab.com/api/v4/projects/<proj_id>/packages/helm/stable" is not a valid chart repository or cannot be reached: failed to fetch https://gitlab.com/api/v4/projects/<proj_id>/packages/helm/stable/index.yaml : 401 Unauthorized',
    source: 'terraform-module/terraform-helm-release#46',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "Terraform helm_release against GitLab's Helm package registry of a private project; the reporter asks how to pass credentials at all (none were configured). invalid-credentials is defensible from the 401 alone"
  },
  {
    id: 'dev8-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'docker pull quay.io/jetstack/kube-proxy-oidc:v0.3.0',
      'Error response from daemon: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'jetstack/kube-oidc-proxy#189',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'The maintainer: the image is quay.io/jetstack/kube-oidc-proxy (the name was mistyped); Quay answers a pull of a repository that does not exist as unauthorized'
  },
  {
    id: 'dev8-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/stolostron/kube-rbac-proxy-mce@sha256:d0cd6580603bcdf2ebef1f9a836f91c024ce8113dca480962b515bc0efbda523": rpc error: code = Unknown desc = quay.io/stolostron/kube-rbac-proxy-mce: unauthorized: access to the requested resource is not authorized',
    source: 'stolostron/deploy#270',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: kubelet on OKD. The reporter: "remedied with the new release channel \'community-0.2\'" - the old release referenced an image that was not publicly available (INFERENCE: not public or removed)'
  },
  {
    id: 'dev8-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'failed to copy: httpReadSeeker: failed open: unexpected status code',
      'https://quay.io/v2/oauth2-proxy/oauth2-proxy/blobs/sha256:c172f...: 502 Bad Gateway'
    ),
    source: 'oauth2-proxy/oauth2-proxy#3395',
    expected: 'registry-unreachable',
    note: 'containerd pull (2026); hard-wrapped as posted (trailing spaces trimmed, the digest cut by the reporter). Quay answered 502 intermittently on blob fetches: a server-side failure'
  },
  {
    id: 'dev8-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '⇒  docker pull quay.io/oauth2-proxy/oauth2-proxy:v7.3.0',
      'Error response from daemon: error parsing HTTP 404 response body: invalid character \'<\' looking for beginning of value: "<!DOCTYPE HTML PUBLIC \\"-//W3C//DTD HTML 3.2 Final//EN\\">\\n<title>404 Not Found</title>\\n<h1>Not Found</h1>\\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\\n"'
    ),
    source: 'oauth2-proxy/oauth2-proxy#1816',
    expected: 'registry-unreachable',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: every tag of the repository answered with an HTML 404 page the same day (several duplicate reports; Eclipse Che hit it too), while the tags were listed in Quay's UI. INFERENCE: a Quay-side fault for that repository, not the client; a web page answered where the registry should. repository-not-found is defensible from the 404"
  },
  {
    id: 'dev8-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '  Warning  Failed     2m36s (x2 over 3m40s)  kubelet            Failed to pull image "wazuh/wazuh-kibana-odfe:4.2.6": rpc error: code = Unknown desc = pinging container registry quay.io: Get "https://quay.io/v2/": dial tcp: lookup quay.io: Temporary failure in name resolution',
      '  Warning  Failed     15s (x2 over 89s)      kubelet            Failed to pull image "wazuh/wazuh-kibana-odfe:4.2.6": rpc error: code = Unknown desc = reading manifest 4.2.6 in quay.io/wazuh/wazuh-kibana-odfe: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'wazuh/wazuh-kubernetes#237',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure', 'registry-unreachable'],
    note: "needs the thread: kubelet with CRI-O (two of the event lines kept). INFERENCE (unanswered): the short name wazuh/wazuh-kibana-odfe was resolved to quay.io by the node's unqualified-search registries, where no such repository exists (the images are on Docker Hub); the DNS failure is a second, passing problem"
  },
  {
    id: 'dev8-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'failed to do request: Head "https://xxx/v2/minzhi/nginx/manifests/1.0": x509: certificate signed by unknown authority',
    source: 'easzlab/kubeasz#1163',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "Kubernetes 1.24 with containerd pulling from an HTTPS Harbor (host masked xxx by the reporter; a placeholder here): `docker login` on the host works, but containerd does not trust Harbor's CA"
  },
  {
    id: 'dev8-harbor-02',
    family: 'harbor',
    host: 'reg.harbor.com',
    text: lines(
      '# nerdctl login reg.harbor.com ',
      'Enter Username: admin',
      'Enter Password: ',
      'ERRO[0008] failed to call tryLoginWithRegHost            error="failed to call rh.Client.Do: Get \\"https://reg.harbor.com/v2/\\": x509: certificate relies on legacy Common Name field, use SANs instead" i=0',
      'FATA[0008] failed to call rh.Client.Do: Get "https://reg.harbor.com/v2/": x509: certificate relies on legacy Common Name field, use SANs instead'
    ),
    source: 'kubernetes/kubernetes#110476',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch',
    note: "nerdctl on Kubernetes 1.24/containerd; Harbor's certificate names the host only in its Common Name, which Go refuses (docker login worked from an older client)"
  },
  {
    id: 'dev8-harbor-03',
    family: 'harbor',
    host: '20.26.38.138',
    text: 'Error: failed to display progress: failed to pull image: failed to do request: Head https://20.26.38.138/v2/library/kube-proxy/manifests/v1.13.4: x509: certificate signed by unknown authority',
    source: 'AliyunContainerService/pouch#2771',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "PouchContainer pulling from an HTTPS Harbor with a self-signed certificate (the reporter's --tlscacert flags did not make pouchd trust it)"
  },
  {
    id: 'dev8-harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      '** Message: 17:24:23.760: Remote error from secret service: org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files',
      'Error saving credentials: error storing credentials - err: exit status 1, out: `The name org.freedesktop.secrets was not provided by any .service files`'
    ),
    source: 'goharbor/harbor#15370',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker login to Harbor from a fresh VM (host not given; a placeholder here): the docker config names the secretservice helper but no Secret Service runs on the machine'
  },
  {
    id: 'dev8-harbor-05',
    family: 'harbor',
    host: 'harbor.mycompany.com',
    text: lines(
      'Error response from daemon: unauthorized: unauthorized to access repository: project/foo, action: pull: unauthorized to access repository: project/foo, action: pull',
      "subprocess.CalledProcessError: Command '['docker-credential-pass', 'get']' returned non-zero exit status 1."
    ),
    source: 'docker/docker-credential-helpers#217',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: 'needs the thread: assembled from two failures the post quotes: `docker pull` and (last line of a Python traceback) docker-compose. The reporter uses the pass helper for Harbor and must run `pass init` again now and then; INFERENCE: the pass store was locked (gpg key not unlocked), the helper returned nothing, and the pull went to Harbor without credentials'
  },
  {
    id: 'dev8-harbor-06',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "<my-harbor-url>/<my-project>/<my-image>:<image-tag>": POST https://<my-harbor-url>/<my-project>/<my-image>/blobs/uploads/: UNAUTHORIZED: unauthorized to access repository: <my-project>/<my-image>, action: push: unauthorized to access repository: <my-project>/<my-image>, action: push',
    source: 'osscontainertools/kaniko#280',
    expected: 'unknown',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: 'needs the thread: the osscontainertools kaniko fork v1.25.5 in GitLab CI (2025; host masked by the reporter). Labelled a regression: the same /kaniko/.docker/config.json worked with the old kaniko; the maintainer suspected the newly added env credential helper. A client defect; from the text alone an expert would say insufficient-scope or missing-credentials'
  },
  {
    id: 'dev8-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Request startWorkspace failed with message: 13 INTERNAL: cannot resolve workspace image: Error response from daemon: denied: Your authorization token has expired. Reauthenticate and try again.',
    source: 'gitpod-io/gitpod#1900',
    expected: 'token-expired',
    note: 'self-hosted Gitpod on AWS (registry host not given; a placeholder here): it worked after install and failed the next morning - the stored 12-hour ECR token was not renewed'
  },
  {
    id: 'dev8-ecr-02',
    family: 'ecr',
    host: '008577686731.dkr.ecr.us-gov-west-1.amazonaws.com',
    text: 'denied: User: arn:aws-us-gov:iam::008577686731:user/service_account/dsva-vagov-prt-github-environment-deploy is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws-us-gov:ecr:us-gov-west-1:008577686731:repository/dsva/prt-environment-dashboard because no identity-based policy allows the ecr:InitiateLayerUpload action',
    source: 'department-of-veterans-affairs/va.gov-team#106631',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied'],
    note: 'AWS GovCloud (2025): the IAM user could log in (GetAuthorizationToken) but had no push actions on the repository; fixed in Terraform. aws-access-denied is defensible (an IAM refusal), but it names GetAuthorizationToken'
  },
  {
    id: 'dev8-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-2.amazonaws.com',
    text: lines(
      'time="2024-05-04T08:04:25Z" level=error msg="Error retrieving credentials" error="ecr: Failed to get authorization token: operation error ECR: GetAuthorizationToken, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded"',
      '',
      'E0504 08:04:25.125601       1 archfilter.go:167] "failed to get image architectures" err=<',
      '\tGET https://....dkr.ecr.eu-west-2.amazonaws.com/v2/.../manifests/latest: unexpected status code 401 Unauthorized: Not Authorized'
    ),
    source: 'ElementTech/kube-arch-scheduler#5',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-unreachable'],
    note: "a scheduler plugin on kops (2024; account and repository masked by the reporter, a placeholder host here): the pod found no AWS credentials (the instance metadata service did not answer it), so the manifest request went without an ECR token; the maintainer: let the pod's role reach IMDS (IMDSv2 hop limit)"
  },
  {
    id: 'dev8-ecr-04',
    family: 'ecr',
    host: '366590864501.dkr.ecr.us-west-2.amazonaws.com',
    text: 'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref 366590864501.dkr.ecr.us-west-2.amazonaws.com/bedrock-proxy-api-ecs:latest@sha256:5de487da52320ad9978f3a7a4f6700910342956c7dcb3b6f955222b4cccbd600: unexpected status from HEAD request to https://366590864501.dkr.ecr.us-west-2.amazonaws.com/v2/bedrock-proxy-api-ecs/blobs/sha256:5de487da52320ad9978f3a7a4f6700910342956c7dcb3b6f955222b4cccbd600: 403 Forbidden',
    source: 'aws-samples/bedrock-access-gateway#114',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: ECS Fargate (2025) pulling a publisher\'s image from the publisher\'s account: the repository "just became private around 2 hours ago" (its cross-account repository policy was withdrawn), so other accounts may no longer read it'
  },
  {
    id: 'dev8-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'An error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.',
      'ECR get-login failed',
      "/tmp/mexec/tmp-script.sh: eval: line 80: syntax error near unexpected token `('",
      "/tmp/mexec/tmp-script.sh: eval: line 80: `An error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.'"
    ),
    source: 'Shippable/support#4440',
    expected: 'invalid-credentials',
    note: 'Shippable CI (2018; the echo line left out, registry host not given, a placeholder here): AWS did not recognise the access key in the integration; support: the keys used for ECR are not valid for it'
  },
  {
    id: 'dev8-ecr-06',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'time="2017-04-16T19:42:51Z" level=info msg="Error getting secret for provider awsecr-cred. Skipping secret provider! [Err: InvalidSignatureException: Signature expired: 20170416T194251Z is now earlier than 20170417T123951Z (20170417T125451Z - 15 min.)',
      '\tstatus code: 400, request id: 0b8d33f4-236d-11e7-a556-d147d2308480]"'
    ),
    source: 'upmc-enterprises/registry-creds#47',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: registry-creds refreshing ECR pull secrets in Minikube (timestamps prefix left out; host not given, a placeholder here). The maintainer asked for the VM's time: the VM clock was a day behind (the same error in #24 was the VM's date). No id names a clock skew; unknown"
  },
  {
    id: 'dev8-ecr-07',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'could not login to OCI registry "public.ecr.aws": error storing credentials - err: exit status 1, out: `The stub received bad data.`',
    source: 'docker/for-win#13591',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Helm's registry login on Windows (2023; the issue title as the text, its leading 'suddenly getting' left out): the wincred helper refused to store the ECR Public token; a maintainer links docker-credential-helpers#346's mitigation"
  },
  {
    id: 'dev8-gar-01',
    family: 'gar',
    host: 'us-docker.pkg.dev',
    text: '  Warning  Failed          6s               kubelet, gke-play-dev-cluster-play-dev-cluster-eeb36792-97tg  Failed to pull image "us-docker.pkg.dev/berglas/berglas/berglas:latest": rpc error: code = Unknown desc = Error response from daemon: Get https://us-docker.pkg.dev/v2/berglas/berglas/berglas/manifests/latest: denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/berglas/locations/us/repositories/berglas"',
    source: 'GoogleCloudPlatform/berglas#128',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: GKE pulling the berglas example image (2020). INFERENCE: the publisher's Artifact Registry repository was not readable by other projects at the time (the maintainers then moved the example's image reference); the node's service account could not be granted anything on it"
  },
  {
    id: 'dev8-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "failed to list tags for repo gcr.io/webapp-alpha/curl: GET https://gcr.io/v2/project-alpha/curl/tags/list?n=1000: DENIED: Failed to read tags for host 'gcr.io', repository '/v2/project-alpha/curl/tags/list?n=1000'",
    source: 'GoogleCloudPlatform/gcr-cleaner#131',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: gcr-cleaner in GitHub Actions after `docker/login-action` with a _json_key (2023; the line is from a comment in the thread). gcr-cleaner does not read the docker login; the opener: "I needed the extra auth step" (google-github-actions/auth)'
  },
  {
    id: 'dev8-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      'crane auth login -u _json_key -p "${GCR_SA_KEY}" ${GCR_HOST}',
      '',
      '2021/11/17 07:59:15 No matching credentials were found for "gcr.io"',
      "Error: failed to copy image: GET https://gcr.io/v2/token?scope=repository......=gcr.io: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"
    ),
    source: 'google/go-containerregistry#1183',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: crane in CI (2021; the scope cut by the reporter). A regression in crane's latest image (#1181): the config `crane auth login` wrote was not read back, so the copy went anonymous; v0.7.0 worked with the same key"
  },
  {
    id: 'dev8-gar-04',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'rpc error: code = Unknown desc = helm registry login us-central1-docker.pkg.dev --username ****** --password ** ... failed exit status 1: WARNING: Using --password ****** the CLI is insecure. Use --password-stdin. Error: Get "https://us-central1-docker.pkg.dev/v2/": unauthorized: authentication failed',
    source: 'devtron-labs/devtron#6654',
    expected: 'invalid-credentials',
    alsoAcceptable: ['malformed-credentials'],
    note: 'needs the thread: Devtron deploying a chart from Artifact Registry with a service-account JSON key (2025; masked by Devtron). INFERENCE (open, unanswered): Artifact Registry rejected the username/key pair as Devtron passed it on the command line (the username must be _json_key and the key intact); malformed-credentials is defensible'
  },
  {
    id: 'dev8-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      "Unable to find image 'gcr.io/android-battery-historian:2.1' locally",
      'docker: Error response from daemon: unable to ping registry endpoint https://gcr.io/v0/',
      'v2 ping attempt failed with error: Get https://gcr.io/v2/: dial tcp 108.177.97.82:443: i/o timeout',
      ' v1 ping attempt failed with error: Get https://gcr.io/v1/_ping: dial tcp 108.177.97.82:443: i/o timeout.',
      "See 'docker run --help'."
    ),
    source: 'google/battery-historian#110',
    expected: 'registry-unreachable',
    note: 'Docker 17 (2017): gcr.io could not be reached at all (TCP timeouts); a reply: a server is down or blocked, try again later'
  },
  {
    id: 'dev8-gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: 'Mon, 13 Jan 2025 12:00:48 CET WRN Cannot get remote manifest error="cannot get image digest from HEAD request: pinging container registry gcr.io: StatusCode: 403, \\"<!DOCTYPE html>\\\\n<html lang=en>\\\\n  <meta charset=utf...\\"" image=gcr.io/cloud-tagging-10302018/gtm-cloud-image:stable provider=docker',
    source: 'crazy-max/diun#1334',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: Diun watching a public gcr.io image (2025; one of the repeated lines kept). Google's front end answered the /v2/ ping with an HTML 403 page; INFERENCE (closed without a stated cause): a web page answered where the registry should, not a credential problem"
  },
  {
    id: 'dev8-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      '% az acr credential show --name <****************>',
      'AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on 2021-04-14T21:31:07.1749157Z and the maximum allowed lifetime for this request is 43200.',
      'Trace ID: 150de44a-fe53-4165-8f75-59d63f6d1e00',
      'Correlation ID: 6d45f5c4-8f32-48ad-9945-2476bbb60fa0',
      'Timestamp: 2021-04-15 12:43:15Z',
      'To re-authenticate, please run `az login`. If the problem persists, please contact your tenant administrator.'
    ),
    source: 'Azure/azure-cli#17714',
    expected: 'token-expired',
    note: "`az acr` command after the tenant's 12-hour sign-in frequency ran out (registry name masked by the reporter; a placeholder host here): the Azure CLI session expired; `az login` again"
  },
  {
    id: 'dev8-acr-02',
    family: 'acr',
    host: 'my-container-registry.azurecr.io',
    text: lines(
      'unauthorized: authentication required',
      "The terminal process \"/usr/bin/bash '-c', 'docker push my-container-registry.azurecr.io/qstart-custom-ctnr/tag1:latest'\" terminated with exit code: 1."
    ),
    source: 'MicrosoftDocs/azure-docs#89972',
    expected: 'token-expired',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: VS Code's Docker extension pushing to ACR (2022): the registry was set up and logged into the day before; the push worked again after `az acr login -n <registry>` (the token `az acr login` stores lasts three hours). missing-credentials is defensible from the text"
  },
  {
    id: 'dev8-acr-03',
    family: 'acr',
    host: 'containerpreview.azurecr.io',
    text: 'Error response from daemon: Get https://containerpreview.azurecr.io/v2/: unauthorized: Application not registered with AAD.',
    source: 'Azure-Samples/cognitive-services-containers-samples#21',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: 'needs the thread: the gated Cognitive Services preview registry (2020): the appId/password the reporter had been given earlier no longer worked ("access is lost"); the credentials had been withdrawn or expired'
  },
  {
    id: 'dev8-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.us',
    text: lines(
      "Could not connect to the registry login server '<redacted>.azurecr.us'. Please verify that the registry exists and the URL 'https://<redacted>.azurecr.us/v2/' is reachable from your environment.",
      "Try running 'az acr check-health -n <redacted>--yes' to diagnose this issue."
    ),
    source: 'Azure/acr#614',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: '`az acr login` against Azure Government (2022; registry masked by the reporter, a placeholder host here). check-health: DNS fine, then CONNECTIVITY_CHALLENGE_ERROR; the portal could not list repositories at the same time - the registry endpoint was not answering'
  },
  {
    id: 'dev8-acr-05',
    family: 'acr',
    host: 'aksdemoreg.azurecr.io',
    text: 'Deployment failed. Correlation ID: 947b1204-953c-4edd-bcfc-fc925eba4f3f. Operation registries-cf1e87e6-20aa-11e9-a5c3-f06e0bc28714 failed. Resource /subscriptions/3aba1271-ca5f-49e8-9229-2214ec0ac30c/resourceGroups/demos-acr/providers/Microsoft.ContainerRegistry/registries/aksdemoreg Invalid message Unauthorized Unauthorized {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"mcr.microsoft.com/windows/servercore","Action":"pull"}]}]}',
    source: 'Azure/acr#181',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch'],
    note: '`az acr import --source docker.io/mcr.microsoft.com/windows/servercore:ltsc2016` with Docker Hub credentials (2019): the image lives on mcr.microsoft.com, not on Docker Hub, and Docker Hub answers a repository that does not exist with authentication required. registry-mismatch is defensible (the source names the wrong registry)'
  },
  {
    id: 'dev8-acr-06',
    family: 'acr',
    host: 'prodacrelectool.azurecr.io',
    text: 'Deployment failed. Correlation ID: 039d8a3f-5938-467f-b97d-5b5f403d6439. Operation registries-feeccf4f-0f04-11eb-aecd-0b70a1ccdcda failed. Resource /subscriptions/5170570b-48b6-414d-86b4-xxxxxxxxxx/resourceGroups/prod-rg-devtools/providers/Microsoft.ContainerRegistry/registries/prodacrelectool Invalid message Unauthorized Unauthorized {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"library/axoniq/axonserver","Action":"pull"}]}]}',
    source: 'Azure/acr#476',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: '`az acr import --source docker.io/library/axoniq/axonserver:latest` (2020; the same response template as dev8-acr-05, another request). The library/ prefix belongs to official single-name images only; docker.io/library/axoniq/axonserver does not exist, and Docker Hub answers that as authentication required (the reporter noticed only official single-name images imported). not-a-login-failure is defensible (a wrong image reference)'
  },
  {
    id: 'dev8-acr-07',
    family: 'acr',
    host: 'contregdmsmith.azurecr.io',
    text: lines(
      'PS> az acr login --name contregdmsmith',
      'Error saving credentials: error storing credentials - err: exit status 1, out: `The stub received bad data.'
    ),
    source: 'Azure/azure-cli#4843',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: '`az acr login` on Windows (2017; cut as posted): the ACR refresh token was longer than the Windows credential manager (wincred) takes; workaround from the maintainers: remove "credsStore": "wincred" from the docker config'
  },
  {
    id: 'dev8-acr-08',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Invalid message Unauthorized Unauthorized {"errors":[{"code":"UNAUTHORIZED","message":"Access to the requested resource is not authorized"}]}',
    source: 'Azure/acr#449',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: `az acr import --source registry.redhat.io/openjdk/openjdk-11-rhel8:1.3 -u ... -p ...` (2020, filed by an ACR engineer; the registry name is not in the text, a placeholder host here): ACR's import required a scope in the source's auth challenge and registry.redhat.io sends none - an ACR defect, not the credential"
  },
  {
    id: 'dev8-generic-01',
    family: 'generic',
    host: 'localhost:8888',
    text: lines(
      'crane ls "${IMAGE_URL}"',
      'Error: reading tags for localhost:8888/citi/picalc: GET http://localhost:8888/v2/citi/picalc/tags/list?n=1000: NAME_UNKNOWN: repository name not known to registry; map[name:citi/picalc]'
    ),
    source: 'buildsec/frsca#97',
    expected: 'repository-not-found',
    note: 'crane against a registry:2 in minikube: the maintainer: the extra /citi/picalc should not be in IMAGE_URL (the repository name was wrong)'
  },
  {
    id: 'dev8-generic-02',
    family: 'generic',
    host: 'artifactory.example.com',
    text: lines(
      '65c62053e519: Retrying in 1 second ',
      '771f555be0f4: Retrying in 1 second ',
      '15421e93d379: Retrying in 1 second ',
      '0f68577f0b47: Waiting ',
      'unknown: Not Found'
    ),
    source: 'jfrog/charts#908',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: docker push to Artifactory installed with its Helm chart (2020; layer lines shortened, host not given, a placeholder here). The reporter: "I was missing the repository key in the path" (without a reverse proxy Artifactory wants host/<repo-key>/image)'
  },
  {
    id: 'dev8-generic-03',
    family: 'generic',
    host: 'infradock.jfrog.io',
    text: 'ERROR: failed to solve: failed to push infradock.jfrog.io/test-ghaction:master: unexpected status from POST request to https://infradock.jfrog.io/v2/test-ghaction/blobs/uploads/: 404 Not Found',
    source: 'docker/build-push-action#1115',
    expected: 'repository-not-found',
    note: 'needs the thread: buildx in the action\'s own e2e tests against JFrog Cloud (2024): fixed by adding the Artifactory repository slug to the image name ("fix artifactory slug")'
  },
  {
    id: 'dev8-generic-04',
    family: 'generic',
    host: 'jfrog-docker-registry.bintray.io',
    text: lines(
      'Pulling artifactory (jfrog-docker-registry.bintray.io/artifactory/artifactory-oss:latest)...',
      "ERROR: unauthorized: Repository '/jfrog/registry' does not support Docker API version v2"
    ),
    source: 'spring-attic/spring-cloud-pipelines#69',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "docker-compose (2017): Bintray's old registry path no longer served the image; the reporters got past it with docker.bintray.io/jfrog/... not-a-login-failure is defensible"
  },
  {
    id: 'dev8-generic-05',
    family: 'generic',
    host: 'kubespray.hub',
    text: 'fatal: [node1]: FAILED! => {"ansible_facts": {"discovered_interpreter_python": "/usr/bin/python3"}, "changed": false, "command": "/usr/local/bin/helm --version=13.2.22 show chart oci://kubespray.hub/helm-charts/nginx", "msg": "Failure when executing Helm command. Exited 1.\\nstdout: \\nstderr: Error: pulling from host kubespray.hub failed with status code [manifests 13.2.22]: 401 Unauthorized\\n"',
    source: 'ansible-collections/kubernetes.core#578',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "Ansible's kubernetes.core.helm against a basic-auth registry (2023; the rest of the JSON left out). The module had no way to log in to the OCI registry (the issue asks for `helm registry login` support), so Helm pulled without credentials"
  },
  {
    id: 'dev8-generic-06',
    family: 'generic',
    host: 'nexus.example.com',
    text: lines(
      'da7816fa955e: Layer already exists',
      'error from registry: blob unknown to registry - sha256:ddf74a63f7d8b7d157e5db1a45675a58e304b4c1d425b05c28c835b987623395',
      'blob unknown to registry - sha256:ddf74a63f7d8b7d157e5db1a45675a58e304b4c1d425b05c28c835b987623395'
    ),
    source: 'sonatype/nexus-public#264',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'docker push to a Nexus 3 hosted repository (2025; earlier layer lines left out, host not given, a placeholder here). Nexus had lost track of a blob it reported as existing (commenters: a corrupted blob store/database); not about the credential'
  },
  {
    id: 'dev8-generic-07',
    family: 'generic',
    host: 'rg.fr-par.scw.cloud',
    text: '{"errorDetail":{"message":"denied: requested access to the resource is denied"},"error":"denied: requested access to the resource is denied"}',
    source: 'scaleway/serverless-scaleway-functions#302',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    note: "needs the thread: `serverless deploy` pushing to Scaleway's registry through the Docker Engine API (2025). INFERENCE (open, no answer): the plugin logs in with the Scaleway secret key, and denied on push means that key (or its IAM policy) may not write to that registry namespace, or the namespace belongs to another project"
  },
  {
    id: 'dev8-generic-08',
    family: 'generic',
    host: 'docker.artifactory.mycompany.com',
    text: lines(
      'id12345@ubuntu2204 ~ $ docker login docker.artifactory.mycompany.com',
      'Username: id12345',
      'Password:',
      'error saving credentials: error storing credentials - err: exit status 1, out: `The name org.freedesktop.secrets was not provided by any .service files`'
    ),
    source: 'docker/cli#7148',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'Docker 29 (2026) logging in to Artifactory on a headless Ubuntu (the same post went to moby/moby#53287): the docker config names the secretservice helper and no Secret Service runs (Docker 29 spells the error lower-case)'
  },
  {
    id: 'dev8-generic-09',
    family: 'generic',
    host: 'my.private.reg:5050',
    text: lines(
      '~# docker login my.private.reg:5050',
      'error getting credentials - err: exit status 1, out: `error fetching password during initialization: exit status 2: gpg: decryption failed: No secret key`'
    ),
    source: 'docker/docker-credential-helpers#118',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'the pass credential helper (2018): pass could not decrypt its store without the gpg key being unlocked'
  },
  {
    id: 'dev8-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens',
      'Error: Command failed: docker_buildx/scripts/docker_login.sh *** *** '
    ),
    source: 'WebThingsIO/registration_server#104',
    expected: 'pat-required',
    alsoAcceptable: ['password-with-2fa', 'password-with-sso'],
    note: 'a GitHub Actions release workflow logging in with the account password (2024); fixed by switching to a personal access token'
  },
  {
    id: 'dev8-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Error:  io.helidon.tests.integration.dbclient.pgsql.PostgreSQLSimpleRemoteTestIT -- Time elapsed: 30.86 s <<< ERROR!',
      'org.testcontainers.containers.ContainerLaunchException: Container startup failed for image pgsql:latest',
      'Caused by: com.github.dockerjava.api.exception.DockerClientException: Could not build image: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit'
    ),
    source: 'helidon-io/helidon#9388',
    expected: 'rate-limited',
    note: "Testcontainers' ImageFromDockerfile in CI (2024; the lines between left out, as the post does with '. . .'): the build's FROM pull hit Docker Hub's anonymous pull limit"
  },
  {
    id: 'dev8-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '{"errorDetail":{"message":"toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"},"error":"toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"}',
      '    iagotest.go:171: Error response from daemon: No such image: iago-test:latest'
    ),
    source: 'relab/hotstuff#176',
    expected: 'rate-limited',
    note: "a Go test building an image through the Docker Engine API in CI (2025): the JSON stream of the build, then the test's own failure"
  },
  {
    id: 'dev8-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'PS C:\\Users\\waifairer\\waifairer\\nvidia> docker login -u waifairer',
      'Password:',
      'Error saving credentials: error storing credentials - err: exit status 1, out: `A specified logon session does not exist. It may already have been terminated.`'
    ),
    source: 'docker/cli#4487',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker login to Docker Hub over OpenSSH on Windows (2023): the wincred helper cannot reach the Windows credential manager from a non-interactive SSH logon'
  },
  {
    id: 'dev8-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `Error calling StartServiceByName for org.freedesktop.secrets: Timeout was reached`',
    source: 'docker/for-linux#329',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "`sudo docker login` on Ubuntu 18.04 with docker-credential-secretservice configured (2018): root's session has no Secret Service to start"
  },
  {
    id: 'dev8-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
    source: 'docker/docker-credential-helpers#170',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker login with "credsStore": "secretservice" on a machine without a desktop session (2020; the registry not named, Docker Hub being the default)'
  },
  {
    id: 'dev8-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: POST https://index.docker.io/v2/vegardit/graalvm-maven/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:vegardit/graalvm-maven Type:repository] map[Action:push Class: Name:vegardit/graalvm-maven Type:repository]]',
    source: 'vegardit/docker-graalvm-maven#22',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "crane run in a container in GitHub Actions (2024): the workflow's docker login was not visible to it; fixed by PR #23 adding auth for the crane commands"
  },
  {
    id: 'dev8-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Using Docker executor with image deployphp/deployer:7 ...',
      'Pulling docker image deployphp/deployer:7 ...',
      'WARNING: Failed to pull image with policy "always": Error response from daemon: pull access denied for deployphp/deployer, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied (manager.go:237:0s)',
      'ERROR: Job failed: failed to pull image "deployphp/deployer:7" with specified policies [always]: Error response from daemon: pull access denied for deployphp/deployer, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied (manager.go:237:0s)'
    ),
    source: 'deployphp/deployer#3707',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "a GitLab runner (2023) pulling a job image from Docker Hub; unanswered. From the text: Docker Hub has no public deployphp/deployer repository (or it is private), so the runner's anonymous pull is refused; missing-credentials is defensible"
  },
  {
    id: 'dev8-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'C:\\Users\\Ahmad Raza>docker pull ubuntu',
      '',
      'Using default tag: latest',
      'latest: Pulling from library/ubuntu',
      'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com/registry-v2/docker/registry/v2/blobs/sha256/6d/6d79abd4c96299aa91f5a4a46551042407568a3858b00ab460f4ba430984f62c/data?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=<masked>&X-Amz-Date=20250925T031140Z&X-Amz-Expires=1200&X-Amz-SignedHeaders=host&X-Amz-Signature=<masked>": dialing docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com:443 container via direct connection because static system has no HTTPS proxy: connecting to docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com:443: dial tcp [2606:4700:2ff9::1]:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.'
    ),
    source: 'docker/for-win#14702',
    expected: 'registry-unreachable',
    note: "Docker Desktop on Windows (2025): the manifest came from Docker Hub, the layer download from Docker's Cloudflare R2 storage timed out; another commenter: their ISP blocks those hosts. The presigned URL's credential and signature are masked here (<masked>)"
  },
  {
    id: 'dev8-not-login-02',
    family: 'not-login',
    host: 'registry.example.com',
    text: 'ERROR: error pulling image configuration: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<!DOCTYPE HTML PUBLIC \\"-//W3C//DTD HTML 4.01 Transitional//EN\\" \\"http://www.w3.org/TR/html4/loose.dtd\\">\\n<HTML><HEAD><META HTTP-EQUIV=\\"Content-Type\\" CONTENT=\\"text/html; charset=iso-8859-1\\">\\n<TITLE>ERROR: The request could not be satisfied</TITLE>\\n</HEAD><BODY>\\n<H1>403 ERROR</H1>\\n<H2>The request could not be satisfied.</H2>\\n<HR noshade size=\\"1px\\">\\nThe Amazon CloudFront distribution is configured to block access from your country.\\nWe can\'t connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.\\n<BR clear=\\"all\\">\\nIf you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.\\n<BR clear=\\"all\\">\\n<HR noshade size=\\"1px\\">\\n<PRE>\\nGenerated by cloudfront (CloudFront)\\nRequest ID: er6Z6UXOIcPAHik6iEzAJdT6M54lAJ4ANBe0l2BPAiFS8mvU0EyxQg==\\n</PRE>\\n<ADDRESS>\\n</ADDRESS>\\n</BODY></HTML>"',
    source: 'curiefense/curiefense#824',
    expected: 'registry-unreachable',
    note: "docker-compose pulling curiefense's images (2022; the registry is not named, a placeholder host here): the blob storage's CDN (CloudFront) refused the reporter's country - a geo-block web page, not the credential"
  },
  {
    id: 'dev8-not-login-03',
    family: 'not-login',
    host: 'k8s.gcr.io',
    text: lines(
      '3.1: Pulling from pause',
      'no matching manifest for linux/arm64/unknown in the manifest list entries'
    ),
    source: 'moby/moby#39201',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Docker on an Allwinner A64 board (2019): the daemon detected the CPU variant as 'unknown', so no entry of the manifest list matched; `--platform arm64` pulled fine"
  },
  {
    id: 'dev8-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'error pulling image configuration: Get https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/ca/cab95b3760163f8663ca45194a50cd5ed2e88a87220dd799ce359c19119d66f3/data?verify=<masked>: EOF',
    source: 'jlesage/docker-crashplan-pro#215',
    expected: 'registry-unreachable',
    note: "docker pull (2019): the reporter's web filter blocked Cloudflare (Docker Hub's blob CDN); the signed `verify=` value is masked here (<masked>)"
  },
  {
    id: 'dev8-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://hub-mirror.c.163.com/v2/jc21/nginx-proxy-manager/blobs/sha256:e53e87b0740476098e532b9715d68a910319716ab637de84b93d15d51bae1cd0?ns=docker.io": EOF',
    source: 'NginxProxyManager/nginx-proxy-manager#4479',
    expected: 'registry-unreachable',
    note: "a Docker Hub pull routed through the daemon's registry-mirrors entry (hub-mirror.c.163.com, 2025). INFERENCE: that public mirror no longer serves; the pull fails at the mirror, not at Docker Hub; remove the mirror"
  },
  {
    id: 'dev8-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'Using Docker executor with image alpine:latest ...',
      'Pulling docker image alpine:latest ...',
      'WARNING: Failed to pull image with policy "always": Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers) (manager.go:237:15s)',
      'ERROR: Job failed: failed to pull image "alpine:latest" with specified policies [always]: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers) (manager.go:237:15s)'
    ),
    source: 'cattle-ops/terraform-aws-gitlab-runner#1199',
    expected: 'registry-unreachable',
    note: "GitLab Runner's docker-autoscaler on AWS (2024): the instances' Docker daemon could not reach Docker Hub in time (curl from the runner host worked) - networking of the autoscaled instance, not a login"
  },
  {
    id: 'dev8-not-login-07',
    family: 'not-login',
    host: 'f47275fjove1b60acr.azurecr.io',
    text: 'Error Message: Failed to schedule ACR build run: ACR Tasks requests for the registry f47275fjove1b60acr and f47275fc-00f6-40f6-ade3-020eb8c5f749 are not permitted. Please file an Azure support request at http://aka.ms/azuresupport for assistance.',
    source: 'microsoft/microsoft-foundry-for-vscode#516',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'the Microsoft Foundry VS Code extension building with ACR Tasks (2026): ACR Tasks are not allowed for that subscription (commonly free or trial subscriptions); the credential is fine - use a local build or ask Azure support'
  }
]

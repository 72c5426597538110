/**
 * The ninety-fourth development set ("dev94": GitLab (gitlab.com and self-managed) and other private registries (plain registry:2, Basic-auth registries, Artifactory, Nexus, Gitea/Forgejo, JFrog, Zot, Distribution behind nginx)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The ninety-fourth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV94: readonly RealText[] = [
  {
    id: 'dev94-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Error (500 Server Error: Internal Server Error ("Get https://registry.gitlab.com/v2/MYUSERNAME/REPOSNAME/manifests/latest: nil"))',
    source: 'rancher/rancher#5328',
    expected: 'unknown',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the private gitlab.com image pulls with docker-compose on the same host and the registry was added in the Rancher UI with username and password; only Rancher's pull fails (a possible duplicate of a Rancher bug), so the credential is not at fault; the workaround was pulling on the host by hand. INFERENCE: no confirmed fix in the stored thread"
  },
  {
    id: 'dev94-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: "MANIFEST_INVALID: manifest invalid; mediaType in manifest should be 'application/vnd.docker.distribution.manifest.v2+json' not 'application/vnd.oci.image.manifest.v1+json'",
    source: 'chainguard-forks/kaniko#160',
    expected: 'not-a-login-failure',
    note: 'the post names only "gitlab registry": host is a placeholder of the family. A media-type rejection of the pushed manifest (kaniko warmer cache), not a credential'
  },
  {
    id: 'dev94-gitlab-03',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '► pushing artifact to registry.gitlab.com/sylva-projects/sylva-core/kustomize-units:tmorin-test\n✗ pushing artifact failed: pushing artifact failed: PUT https://registry.gitlab.com/v2/sylva-projects/sylva-core/kustomize-units/manifests/tmorin-test: MANIFEST_INVALID: manifest invalid; unknown media type: application/vnd.cncf.flux.config.v1+json',
    source: 'fluxcd/flux2#3724',
    expected: 'not-a-login-failure'
  },
  {
    id: 'dev94-gitlab-04',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '400 MANIFEST_INVALID: unknown media type: application/vnd.grimoire.skill.v1',
    source: 'grimoire-rs/grimoire#11',
    expected: 'not-a-login-failure',
    note: "quoted from the issue's description (the registry's answer as the reporter copied it); GitLab refuses the artifact type, not the credential"
  },
  {
    id: 'dev94-gitlab-05',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'Faraday::ConnectionFailed (Failed to open TCP connection to $REGISTR_DOMAIN:443 (Connection refused - connect(2) for "$REGISTR_DOMAIN" port 443)):\n  lib/container_registry/client.rb:19:in `repository_tags\'\n  lib/container_registry/repository.rb:22:in `manifest\'',
    source: 'sameersbn/docker-gitlab#1025',
    expected: 'registry-unreachable',
    note: "self-managed GitLab's production.log when its registry page fails; the reporter masked the registry host as $REGISTR_DOMAIN (kept in the text), host is a placeholder of the family; trimmed after the third line of the stack"
  },
  {
    id: 'dev94-generic-01',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Failure: no basic auth credentials',
    source: 'portainer/portainer#1797',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "the post does not name the private registry: host is a placeholder. The same push works from the command line after docker login; Portainer's push carried no credential for the host"
  },
  {
    id: 'dev94-generic-02',
    family: 'generic',
    host: 'onprem.nexus.local',
    text: 'Pushing signature to: onprem.nexus.local/crunchydata/crunchy-postgres\nError: signing [onprem.nexus.local/crunchydata/crunchy-postgres:ubi8-14.3-0]: recursively signing: signing digest: POST http://onprem.nexus.local/v2/crunchydata/crunchy-postgres/blobs/uploads/: DENIED: Deploying to groups is a PRO-licensed feature. See https://links.sonatype.com/product-nexus-repository',
    source: 'sigstore/cosign#2189',
    expected: 'insufficient-scope',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'namespace',
    note: 'needs the thread: the tag pointed at a Nexus group repository, which takes no writes; retagging to the hosted repository and logging in to it fixed the push (a write target the login cannot write, not a bad credential)'
  },
  {
    id: 'dev94-generic-03',
    family: 'generic',
    host: 'docker-repo.stackengine.com:8080',
    text: "2014/11/09 16:20:19 Error response from daemon: Invalid registry endpoint https://docker-repo.stackengine.com:8080/v1/: Get https://docker-repo.stackengine.com:8080/v1/_ping: x509: certificate signed by unknown authority. If this private registry supports only HTTP or HTTPS with an unknown CA certificate, please add `--insecure-registry docker-repo.stackengine.com:8080` to the daemon's arguments. In the case of HTTPS, if you have access to the registry's CA certificate, no need for the flag; simply place the CA certificate at /etc/docker/certs.d/docker-repo.stackengine.com:8080/ca.crt",
    source: 'docker-archive/docker-registry#708',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'the Username/Password/Email prompt lines before the error are not copied (the post showed a password)'
  },
  {
    id: 'dev94-generic-04',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Failed to pull image "xxxxxxxxxxxxxxxxxxxx/test-service:latest": rpc error: code = Unknown desc = unauthorized: authentication required\nError syncing pod',
    source: 'rancher-archives/rke#167',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'repository-not-found'],
    note: 'the reporter masked the image and registry: host is a placeholder; the Markdown bold around the two lines is dropped. A kubelet pull from a private registry with an imagePullSecret; the maintainer could not reproduce and asked to check the credentials. INFERENCE: no confirmed fix'
  },
  {
    id: 'dev94-generic-05',
    family: 'generic',
    host: 'griffig.xyz',
    text: 'Sending build context to Docker daemon  1.631MB\nStep 1/11 : FROM griffig.xyz/base\nHead "https://griffig.xyz/v2/base/manifests/latest": no basic auth credentials',
    source: 'pantor/griffig#1',
    expected: 'missing-credentials',
    case: 'no-login'
  },
  {
    id: 'dev94-generic-06',
    family: 'generic',
    host: 'xxx.xxx.com',
    text: 'docker push xxx.xxx.com/langfuse/langfuse:latest\n78561cef0761: Layer already exists\nmanifest invalid: manifest invalid',
    source: 'langfuse/langfuse#4864',
    expected: 'not-a-login-failure',
    note: 'an Artifactory the reporter masked with a readable name (kept as posted); the "Pushed" progress lines between the command and the error are trimmed'
  },
  {
    id: 'dev94-generic-07',
    family: 'generic',
    host: 'localhost:8080',
    text: 'Error: PUT http://localhost:8080/v2/ns2/fn-node/manifests/latest-xyz: MANIFEST_INVALID: manifest invalid; map[description:During upload, manifests undergo several checks ensuring validity. If those checks fail, this error MAY be returned, unless a more specific error is included. The detail will contain information the failed validation. mediaType:application/vnd.docker.distribution.manifest.v2+json]',
    source: 'knative/func#2721',
    expected: 'not-a-login-failure',
    note: 'crane pushing an image tarball to a local Zot registry (a comment in the thread)'
  },
  {
    id: 'dev94-generic-08',
    family: 'generic',
    host: 'docker-dependency-track-prod.local.host',
    text: 'Error from server: error when creating "./debug-pod.yaml": admission webhook "ivpol.validate.kyverno.svc-fail-finegrained-verify-keyless-cosign-in-namespace" denied the request: Policy verify-keyless-cosign-in-namespace error: failed to evaluate policy: GET https://docker-dependency-track-prod.local.host /v2/apiserver/manifests/4.13.6-5d638faa: UNAUTHORIZED: The client does not have permission for manifest; map[manifest:apiserver/4.13.6-5d638faa/manifest.json]',
    source: 'kyverno/kyverno#15120',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'read-denied',
    note: "needs the thread: the pod deploys normally without the policy (the kubelet pulls with its secret), so Kyverno's own manifest read carried no credential that may read it even after the reporter let it read secrets. INFERENCE: the stored thread shows no fix. The space before /v2 is as posted"
  },
  {
    id: 'dev94-generic-09',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Error response from daemon: Get "https://registry.example.com/v2/":\nGet "https://registry.example.com:5001/api/auth?account=admin&client_id=docker&offline_token=true&service=localhost%3A5000":\nhttp: server gave HTTP response to HTTPS client',
    source: 'mkuchin/docker-registry-web#107',
    expected: 'registry-unreachable',
    note: 'registry:2 with docker-registry-web as its token service behind nginx; the realm answered plain HTTP (the reporter later switched everything to HTTP). registry.example.com is as posted'
  },
  {
    id: 'dev94-generic-10',
    family: 'generic',
    host: 'registry.konstpic.ru',
    text: '✘ Image registry.konstpic.ru/sharx/postgres:16-alpine Error failed to resolve reference "registry.konstpic.ru/sharx/postgres:16-alpine": failed to do request: ... 0.2s\nError response from daemon: failed to resolve reference "registry.konstpic.ru/sharx/postgres:16-alpine": failed to do request: Head "https://registry.konstpic.ru/v2/sharx/postgres/manifests/16-alpine": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-08-13T05:50:29Z is after 2026-08-13T04:59:29Z',
    source: 'konstpic/SharX#107',
    expected: 'registry-unreachable',
    case: 'tls-expired'
  },
  {
    id: 'dev94-generic-11',
    family: 'generic',
    host: 'www.haitian.com:5000',
    text: 'root@docker-clent:~# docker push www.haitian.com:5000/redis\nThe push refers to a repository [www.haitian.com:5000/redis] (len: 1)\nunable to ping registry endpoint https://www.haitian.com:5000/v0/\nv2 ping attempt failed with error: Get https://www.haitian.com:5000/v2/: x509: certificate has expired or is not yet valid',
    source: 'distribution/distribution#1298',
    expected: 'registry-unreachable',
    case: 'tls-expired',
    note: 'a plain registry:2 with a self-signed certificate; trimmed after the v2 ping line (the stored copy is cut inside the v1 line that follows). INFERENCE: the thread shows no confirmed cause'
  },
  {
    id: 'dev94-generic-12',
    family: 'generic',
    host: 'fir.love.io:30443',
    text: 'docker -l debug login fir.love.io:30443\nUsername: love\nPassword: \nError response from daemon: login attempt to https://fir.love.io:30443/v2/ failed with status: 401 Unauthorized',
    source: 'artifact-keeper/artifact-keeper#315',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'a self-hosted Artifact Keeper registry; the text alone reads as a refused credential, but the reporter says the same username and password work in the web UI and /v2/ answers oddly to curl, so a server-side fault is also defensible. INFERENCE: no confirmed fix in the stored thread'
  },
  {
    id: 'dev94-not-login-01',
    family: 'not-login',
    host: 'registry.gitlab.com',
    text: 'Authenticating with credentials from job payload (GitLab Registry)\nPulling docker image registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:x86_64-4d1ca121 ...\nWARNING: Failed to pull image with policy "always": Cannot connect to the Docker daemon at tcp://10.0.48.102:2376. Is the docker daemon running? (manager.go:237:0s)\nERROR: Job failed (system failure): Cannot connect to the Docker daemon at tcp://10.0.48.102:2376. Is the docker daemon running?',
    source: 'cattle-ops/terraform-aws-gitlab-runner#1043',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: 'a GitLab Registry pull with job credentials that never reached a daemon'
  },
  {
    id: 'dev94-not-login-02',
    family: 'not-login',
    host: 'docker.bintray.io',
    text: 'Error response from daemon: unauthorized: The client does not have permission for manifest: Upstream repository is not configured properly',
    source: 'jfrog/charts#1834',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'needs the thread: only the 7.6.2 tag failed (7.6.1 and 7.6.3 pulled), and JFrog fixed it by making that tag available; a missing tag answered as a permission error by Artifactory'
  },
  {
    id: 'dev94-not-login-03',
    family: 'not-login',
    host: 'gitlab-letsencrypt',
    text: 'Running on runner-94ds8ayaf-project-1-concurrent-0 via gitlab-runner1...\nGetting source from Git repository 00:01\nFetching changes with git depth set to 20...\nReinitialized existing Git repository in /builds/doc-editor/xxxxxxxxxxxxxxxxx/.git/\nremote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled',
    source: 'steevepay/gitlab-docker-letsencrypt#9',
    expected: 'not-a-login-failure',
    note: "the runner's own git fetch of the repository (self-managed GitLab at http://gitlab-letsencrypt), no registry involved; trimmed inside the error where the stored copy is cut. INFERENCE: no confirmed fix in the stored thread"
  },
  {
    id: 'dev94-not-login-04',
    family: 'not-login',
    host: 'gitlab.com',
    text: 'remote: Your account has been blocked.',
    source: 'Shippable/support#5043',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['login-locked-out'],
    note: "a git pull on GitLab after the reporter tried several passwords: GitLab blocked the account for git, no registry involved; posted to another product's tracker. INFERENCE: no answer in the stored thread"
  }
]

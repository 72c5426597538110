/**
 * The eighty-eighth development set ("dev88": GitLab (gitlab.com and self-managed) and other private registries (plain registry:2, Basic-auth registries, Artifactory, Nexus, Gitea/Forgejo, JFrog, Zot, Distribution behind nginx)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The eighty-eighth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV88: readonly RealText[] = [
  // ---- gitlab ----
  {
    id: 'dev88-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: "Login to registry.gitlab.com... Enter your username and password:\nUsername: iamrajee\nPassword: \nWARNING! Your password will be stored unencrypted in /home/rajendra/.docker/config.json.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\nLogin Succeeded\nPulling o2ac-ur ... error\n\nERROR: for o2ac-ur  pull access denied for registry.gitlab.com/o2ac/o2ac-ur/o2ac-dev, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nERROR: pull access denied for registry.gitlab.com/o2ac/o2ac-ur/o2ac-dev, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'o2ac/o2ac-ur#4',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'read-denied',
    note: "The login with the reporter's own gitlab.com account succeeded, then the pull of the project's image is denied: an identity that may not read it (the convention for a denied pull); the path may also not exist for outsiders, hence repository-not-found. Lines of the build script before the login are trimmed. INFERENCE: the stored thread has no answer."
  },
  {
    id: 'dev88-gitlab-02',
    family: 'gitlab',
    host: 'docker-registry.example.com',
    text: "FATA[0001] Couldn't mount blobs for cross-repository push: Blob mount failed to url https://docker-registry.example.com/v2/docker/alpine/alpine/blobs/uploads/?from=docker%2Falpine%2Fppc64le_alpine&mount=sha256%3Adaa414b19dcffa0ba7b80abb50a6b31156f1efd7bb1b8cdaeeb848da367afa38: HTTP status 401",
    source: 'estesp/manifest-tool#53',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the registry is the built-in registry of a self-managed GitLab (the post says so; host masked by the poster as docker-registry.example.com). A 401 on a cross-repository blob mount: the token manifest-tool obtained did not cover the source repository the mount reads from. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev88-gitlab-03',
    family: 'gitlab',
    host: 'registry.gitlab.steamos.cloud',
    text: 'docker: Error response from daemon: Head "https://registry.gitlab.steamos.cloud/v2/proton/sniper/sdk/manifests/0.20230509.49493-2": EOF.',
    source: 'ValveSoftware/steam-runtime#616',
    expected: 'registry-unreachable',
    note: 'A self-managed GitLab registry serving public images; the connection ended (EOF) on the manifest request. The 401 the reporter saw with wget is the ordinary anonymous challenge, as the maintainer says. The cause of the EOF is not confirmed in the stored thread.'
  },
  {
    id: 'dev88-gitlab-04',
    family: 'gitlab',
    host: 'git.example.local',
    text: "[INFO] Querying registry for permission grant\n[INFO] Authenticating with user: project_1337_bot\nEnter host password for user 'project_1337_bot':\n[ERROR] URL https://git.example.local/jwt/auth returned error code: 401 Unauthorized",
    source: 'NVIDIA/enroot#99',
    expected: 'invalid-credentials',
    note: "enroot import against a self-managed GitLab (host masked by the poster as git.example.local, registry on port 5005); the reporter typed a wrong password for the project access token's bot user on purpose, and GitLab's token endpoint refused it."
  },
  {
    id: 'dev88-gitlab-05',
    family: 'gitlab',
    host: 'my-registry.com',
    text: '$ enroot import docker://my-registry.com#foo/bar:v1.0\n[ERROR] URL https://my-registry.com/jwt/auth returned error code: 403',
    source: 'NVIDIA/enroot#8',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: no user in the URI and no credentials file yet, so enroot asked the token endpoint (/jwt/auth: a GitLab registry) anonymously for a private repository; the import worked once a credentials file and the user were given. Host as posted (a name the poster chose).'
  },
  {
    id: 'dev88-gitlab-06',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '$ http https://registry.gitlab.com/v2/_catalog\nHTTP/1.1 401 Unauthorized\nContent-Length: 145\nContent-Type: application/json; charset=utf-8\nDate: Fri, 12 Oct 2018 02:56:47 GMT',
    source: 'portainer/portainer#2956',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'list-denied',
    note: "A maintainer's probe of the catalog listing on gitlab.com, which GitLab.com grants to nobody. The stored copy stops inside the next header line, so the text ends at the Date line (trimmed); trailing blanks after the command dropped."
  },
  {
    id: 'dev88-gitlab-07',
    family: 'gitlab',
    host: 'git.herd.cloud.infn.it:5050',
    text: '$ apptainer registry login --username nicola_personal_rwregistry  docker://git.herd.cloud.infn.it:5050\nPassword / Token: \nINFO:    Token stored in /home/mori/.apptainer/remote.yaml\n\n$ apptainer pull docker://git.herd.cloud.infn.it:5050/herd/herd-htc-frontend:latest\nFATAL:   While making image from oci registry: error fetching image to cache: failed to get checksum for docker://git.herd.cloud.infn.it:5050/herd/herd-htc-frontend:latest: Requesting bearer token: invalid status code from',
    source: 'apptainer/apptainer#2230',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials', 'missing-credentials'],
    note: 'needs the thread: the same credentials pull the image with docker and with Singularity 4.1.2 from this self-managed GitLab registry; only Apptainer 1.3.0 fails to get a bearer token, so neither a wrong credential nor a missing login explains it. The stored copy cuts the FATAL line after "invalid status code from" (the status is missing: trimmed inside the error); the docker commands before are trimmed. INFERENCE: no confirmed cause in the stored thread.'
  },
  // ---- generic ----
  {
    id: 'dev88-generic-01',
    family: 'generic',
    host: 'registry.docker.artifactory.sativa.com',
    text: 'UNAUTHORIZED: The client does not have permission for manifest; map[manifest:repo/app/0.152.2-20220208T143249Z.master/manifest.json]\nmain.go:46: error during command execution: GET https://registry.docker.artifactory.sativa.com/v2/repo/app/manifests/0.152.2-20220208T143249Z.master: UNAUTHORIZED: The client does not have permission for manifest; map[manifest:repo/app/0.152.2-20220208T143249Z.master/manifest.json]',
    source: 'sigstore/cosign#1440',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    case: 'read-denied',
    note: 'cosign verify against Artifactory: the manifest read is refused with Artifactory\'s "does not have permission" wording, which it also gives when the identity (or an anonymous request) may not read the path or the tag is not there. INFERENCE: the stored thread shows no fix.'
  },
  {
    id: 'dev88-generic-02',
    family: 'generic',
    host: 'example.domain.com',
    text: 'Error response from daemon: Server Error: Post https://example.domain.com/v1/users/: \n            x509: certificate signed by unknown authority',
    source: 'docker-archive/docker-registry#902',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'A private registry behind nginx with Basic authentication; the reporter fixed the login by installing the CA bundle, running update-ca-trust and restarting docker. Host as masked by the poster.'
  },
  {
    id: 'dev88-generic-03',
    family: 'generic',
    host: 'openshift-docker.artifactory.na.cobank2.corp:8443',
    text: 'Error: initializing source docker://<internal repo> /sl-openjdk17-openshift-custom:100258: reading manifest 100258 in openshift-docker.artifactory.na.cobank2.corp:8443/sl-openjdk17-openshift-custom: unauthorized: The client does not have permission for manifest',
    source: 'podman-desktop/podman-desktop#2849',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    case: 'read-denied',
    note: 'podman pull from Artifactory: a manifest read refused with Artifactory\'s "does not have permission" wording (also its answer for an anonymous read or a tag it does not have). The reporter says the permissions are right; the maintainer suspects the tag. Quotes around the posted line dropped. INFERENCE: no fix in the stored thread.'
  },
  {
    id: 'dev88-generic-04',
    family: 'generic',
    host: 'registry.example.com',
    text: '  File "../pusher/file/pusher.par/containerregistry/client/v2_2/docker_http_.py", line 215, in _Ping\n  File "../pusher/file/pusher.par/containerregistry/client/v2_2/docker_http_.py", line 128, in _CheckState\ncontainerregistry.client.v2_2.docker_http_.BadStateException: Unexpected "www-authenticate" header: Basic realm="Registry Realm"',
    source: 'bazelbuild/rules_docker#104',
    expected: 'unknown',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'rules_docker\'s pusher could not answer the Basic challenge of the reporter\'s own registry:2 (htpasswd, "Registry Realm"): a client limitation, not the credential, and no id names it. Earlier traceback lines trimmed; the post names no host: placeholder host.'
  },
  {
    id: 'dev88-generic-05',
    family: 'generic',
    host: 'registry.example.com',
    text: 'rctx.download(\nError in download: java.io.IOException: Error in downloading my_registry/v2/distroless/static-debian11/manifest/sha256:sha\n: GET returned 401 Unauthorized',
    source: 'bazel-contrib/rules_oci#126',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the credentials are set (crane get auth returns them) but rules_oci's pull extension did not send them to the private registry (labelled a bug). The post masks the host (my_registry, my.private.repo): placeholder host."
  },
  {
    id: 'dev88-generic-06',
    family: 'generic',
    host: 'docker.envisia.io',
    text: "/usr/local/share/dotnet/sdk/8.0.100/Containers/build/Microsoft.NET.Build.Containers.targets(202,5): error CONTAINER1016: Unable to access the repository 'envisia/dotnet/runtime-german' in the registry 'docker.envisia.io'. Please confirm your credentials are correct and that you have access to this repository and registry. [HIDDEN/dotnet/Envisia.Erp.Web/Envisia.Erp.Web.csproj]",
    source: 'dotnet/sdk#37156',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope', 'invalid-credentials'],
    note: "needs the thread: docker login to this Sonatype Nexus 3 registry works, but dotnet publish /t:PublishContainer cannot read the base image from it; the login docker holds did not reach the SDK's request. INFERENCE: the issue is open and untriaged."
  },
  {
    id: 'dev88-generic-07',
    family: 'generic',
    host: 'registry.company.com',
    text: '$ docker login registry.company.com\nUsername (company): \nPassword: \nLogin Succeeded\n$ docker pull registry.company.com/documentation\nUsing default tag: latest\nlatest: Pulling from documentation\nDigest: sha256:ec9eb827e46bf44f39ec029db0fbd26bad599ba8efe224b3b2d88934b1d0424e\nStatus: Downloaded newer image for registry.company.com/documentation:latest\n$ docker-compose pull\nPulling documentation (registry.company.com/documentation:latest)...\nERROR: unauthorized: authentication required\n$ docker-compose push\nPushing documentation (registry.company.com/documentation:latest)...\nThe push refers to a repository [registry.company.com/documentation]\nERROR: unauthorized: authentication required',
    source: 'docker/compose#5153',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'docker login and docker pull work, docker-compose 1.15 (docker-py 2.4.2) pulls and pushes with no credential for the same host. Layer progress lines of the pull and the push are trimmed, trailing blanks dropped. INFERENCE: the thread went stale without a confirmed cause.'
  },
  {
    id: 'dev88-generic-08',
    family: 'generic',
    host: 'registry.example.com',
    text: 'compose.progress_stream.StreamOutputError: Authentication is required.',
    source: 'docker/compose#1136',
    expected: 'missing-credentials',
    note: 'needs the thread: a private registry with a valid certificate and Basic authentication; docker pull works, docker-compose 1.2.0 up fails because that compose bundled a docker-py that sent no registry credentials (closed as a duplicate of docker/compose#75). Only the error line of the comment is taken; the post names the host "myregistry": placeholder host.'
  },
  {
    id: 'dev88-generic-09',
    family: 'generic',
    host: 'prod.url.io:3000',
    text: "root@pre-prod2:~# docker push prod.url.io:3000/bhaskar/jenkins \nThe push refers to repository [prod.url.io:3000/bhaskar/jenkins]\nerror parsing HTTP 404 response body: invalid character '<' looking for beginning of value: \"<!DOCTYPE html>",
    source: 'SUSE/Portus#1511',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: 'The push goes to port 3000 of a Portus host, where Portus\'s Rails web application answers with an "Action Controller: Exception caught" page instead of the registry behind it. Layer progress lines trimmed; the line is cut after <!DOCTYPE html> (the rest of the HTML page trimmed). INFERENCE: no confirmed fix in the stored thread.'
  },
  {
    id: 'dev88-generic-10',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Failed to pull image "domain/dashboard-XXX:tag": rpc error: code = Unknown desc = Error response from daemon: Get https://domainv2/xxxx/manifests/25: no basic auth credentials',
    source: 'canonical/microk8s#263',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'microk8s pulling from a self-hosted docker registry: its own docker daemon held no login for that host (the reporter logged in with another docker). The post masks the host ("domain"): placeholder host.'
  },
  {
    id: 'dev88-generic-11',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Failed to pull image "registry.example.com/my/app:latest": rpc error: code = Unknown desc = failed to resolve image "registry.example.com/my/app:latest": failed to fetch anonymous token: unexpected status: 403 Forbidden',
    source: 'kubernetes/kubernetes#66162',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: an imagePullSecret is set and ctr image pull --user works on the node, yet the kubelet's containerd pull asked for an anonymous token, i.e. the secret was not sent. Host as masked by the poster. INFERENCE: no confirmed fix in the stored thread."
  },
  // ---- not-login ----
  {
    id: 'dev88-not-login-01',
    family: 'not-login',
    host: 'artifactory.example.com',
    text: 'UNAUTHORIZED: Pushing Docker images with manifest v2 schema 1 to this repository is blocked',
    source: 'GoogleContainerTools/kaniko#2454',
    expected: 'not-a-login-failure',
    note: "The issue's title, the error as the reporter quoted it: JFrog Artifactory refuses schema 1 manifests for this repository (a repository setting), with UNAUTHORIZED as its code; the same credentials push from the reporter's laptop. The post masks the host (xxxx:443): placeholder host."
  },
  {
    id: 'dev88-not-login-02',
    family: 'not-login',
    host: 'registry.code.test.com',
    text: 'podman push --format oci registry.code.test.com/eric/registry/ui:error2\nGetting image source signatures\nError: writing blob: uploading layer chunked: StatusCode: 403, <!DOCTYPE html>\n<!--[if lt IE 7]> <html class="no-...',
    source: 'podman-container-tools/podman#18757',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the same push succeeds when only the Containerfile changes (quoting "/var/log" in a RUN line), so a web application firewall in front of the registry refused the layer by its content and answered with an HTML page; not the credential. The "Copying blob" lines are trimmed. INFERENCE.'
  },
  {
    id: 'dev88-not-login-03',
    family: 'not-login',
    host: 'pulp.example.com',
    text: '#20 writing cache manifest sha256:aab0bc0ce8d3b398d3a61724a079214b0f72cbd0b8e2ee76188fa2b1233a13ab\n#20 preparing build cache for export 151.3s done\n#20 writing cache manifest sha256:aab0bc0ce8d3b398d3a61724a079214b0f72cbd0b8e2ee76188fa2b1233a13ab 0.2s done\n#20 ERROR: error writing manifest blob: failed commit on ref "sha256:aab0bc0ce8d3b398d3a61724a079214b0f72cbd0b8e2ee76188fa2b1233a13ab": unexpected status from PUT request to https://pulp.<domain>/v2/<image>/manifests/latest: 400 Bad Request',
    source: 'pulp/pulp_container#1587',
    expected: 'not-a-login-failure',
    note: 'build-push-action exporting a registry cache (cache-to type=registry) to a Pulp container registry, which refused the cache manifest with 400: a cache export the registry does not take, not a login. The post masks the host (pulp.<domain>): placeholder host; the text keeps the mask as posted.'
  },
  {
    id: 'dev88-not-login-04',
    family: 'not-login',
    host: 'myrepo.example.com',
    text: 'rpc error: code = Unknown desc = Manifest generation error (cached): `helm repo add myrepo.example.com https://myrepo.example.com` failed exit status 1: Error: looks like "https://myrepo.example.com" is not a valid chart repository or cannot be reached: failed to fetch https://myrepo.example.com/index.yaml : 404 Not Found',
    source: 'argoproj/argo-cd#7121',
    expected: 'not-a-login-failure',
    note: 'Argo CD treated an OCI registry as a classic Helm chart repository (the enableOCI key of the repository secret was not read) and asked it for index.yaml, which a registry does not serve; credentials were never the question. Host as masked by the poster.'
  }
]

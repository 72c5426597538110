/**
 * The hundred-and-ninth development set ("dev109": Google Artifact Registry / GCR (`*-docker.pkg.dev`, `gcr.io`) and Azure Container Registry (`*.azurecr.io`)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-ninth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV109: readonly RealText[] = [
  {
    id: 'dev109-gar-01',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'Step #1 - "long-build":  > exporting to image:\nStep #1 - "long-build": ------\nStep #1 - "long-build": error: failed to solve: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    source: 'docker/buildx#1205',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a Cloud Build `docker buildx build --push` of more than an hour to Artifact Registry; the push at the end is refused a token, and stopping the builder so that tokens are fetched again works around it (the build's one-hour token had run out). The post names no registry host: `host` is a placeholder of the family."
  },
  {
    id: 'dev109-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "google-github-actions/ssh-compute failed with: failed to execute gcloud command `gcloud compute ssh puneet_garg@instance-name --zone us-central1-a --ssh-key-file /tmp/370468b917507eeaf92cd5d1/google_compute_engine --quiet --tunnel-through-iap --project project-id --command docker pull gcr.io/project-id/image-name@sha256:sha`: WARNING: \n\nTo increase the performance of the tunnel, consider installing NumPy. For instructions,\nplease see https://cloud.google.com/iap/docs/using-tcp-forwarding#increasing_the_tcp_upload_bandwidth\n\nWarning: Permanently added 'compute.5394523985438097724' (ECDSA) to the list of known hosts.\nError response from daemon: unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'google-github-actions/ssh-compute#22',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'INFERENCE: a `docker pull` run over SSH on a Compute Engine VM, whose docker has no credential for gcr.io (no `gcloud auth configure-docker` there); the stored thread shows no fix. The timestamp and `##[error]` prefix of the first line and the post-job lines are trimmed.'
  },
  {
    id: 'dev109-gar-03',
    family: 'gar',
    host: 'eu.gcr.io',
    text: "2022-07-22T13:37:40.728Z\\t\\u001b[31mFATAL\\u001b[0m\\timage scan error: scan error: unable to initialize a scanner: unable to initialize a docker scanner: 4 errors occurred:\\n\\t* unable to inspect the image (eu.gcr.io/PROJECT-NAME/IMAGE-NAME): Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\\n\\t* unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory\\n\\t* containerd socket not found: /run/containerd/containerd.sock\\n\\t* GET https://eu.gcr.io/PROJECT-NAME/IMAGE-NAME: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials.",
    source: 'aquasecurity/trivy-operator#392',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'repository-not-found'],
    note: 'needs the thread: trivy-operator\'s scan job, with the GCR pull secret named in its ConfigMap, still reads the image without a credential (labelled a bug); INFERENCE: the stored thread shows no fix. The value of the posted JSON log field `status.message`, its escapes (`\\n`, `\\t`, `\\u001b`) kept as posted; trimmed after "invalid credentials." where the stored copy breaks off.'
  },
  {
    id: 'dev109-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/xx/yy:latest": rpc error: code = Unknown desc = Error response from daemon: unauthorized: You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication',
    source: 'GoogleContainerTools/skaffold#336',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: the reporter's own docker can pull the image (`gcloud docker -a`); the pull that fails is the cluster's (a commenter traced it to Kubernetes), whose nodes had no credential for the private GCR image. INFERENCE: the stored thread breaks off before the cause is spelt out."
  },
  {
    id: 'dev109-gar-05',
    family: 'gar',
    host: 'eu.gcr.io',
    text: "Step 1/4 : FROM eu.gcr.io/<private>/<private>-java8:1.0.8\nWARN[0024] run: build: build step: running build: unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'GoogleContainerTools/skaffold#239',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: `docker pull` of the private base image works on the same machine; skaffold\'s build sent no registry credential for the FROM image (a skaffold bug, "Private base images don\'t work with skaffold properly").'
  },
  {
    id: 'dev109-gar-06',
    family: 'gar',
    host: 'us.gcr.io',
    text: '[2021-09-09T07:25:21.380Z] <<< [apiv2][status] GET https://us.gcr.io/v2/project/gcf/us-central1/tags/list 403    [2021-09-09T07:25:21.381Z] <<< [apiv2][body] GET https://us.gcr.io/v2/project/gcf/us-central1/tags/list {"errors":[{"code":"DENIED","message":"Failed to read tags for host \'us.gcr.io\', repository \'/v2/project/gcf/us-central1/tags/list\'"}]}\n    [2021-09-09T07:25:21.386Z] Failed docker command with error HTTP Error: 403, Unknown Error ',
    source: 'firebase/firebase-tools#3714',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'INFERENCE: `firebase deploy` lists the tags of its Cloud Functions images in GCR and is refused (a listing, not a pull or push); the stored thread shows no confirmed cause (the permission, or no such repository). Copied from the debug log as posted, one line run into the next.'
  },
  {
    id: 'dev109-gar-07',
    family: 'gar',
    host: 'gcr.io',
    text: "hello-world\tFalse\tGET https://gcr.io/v2/<PROJECT_ID>/hello-world/tags/list?n=1000: DENIED: Failed to read tags for host 'gcr.io', repository '/v2/<PROJECT_ID>//hello-world/tags/list?n=1000'",
    source: 'fluxcd/image-automation-controller#83',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope', 'repository-not-found'],
    note: "needs the thread: Flux's image-reflector-controller on GKE, with no `secretRef`; the node service account may read the image, but the controller did not use it (GCR support was a TODO; the answer points to a way to give it credentials). Output of `flux get image repository`."
  },
  {
    id: 'dev109-gar-08',
    family: 'gar',
    host: 'us-west2-docker.pkg.dev',
    text: 'time="2024-03-07T20:40:09+08:00" level=fatal msg="pulling image: rpc error: code = DeadlineExceeded desc = failed to pull and unpack image \\"registry.k8s.io/pause:3.9\\": failed to resolve reference \\"registry.k8s.io/pause:3.9\\": failed to do request: Head \\"https://us-west2-docker.pkg.dev/v2/k8s-artifacts-prod/images/pause/manifests/3.9\\": dial tcp 142.250.157.82:443: i/o timeout"\n, error: exit status 1',
    source: 'kubernetes/kubeadm#2936',
    expected: 'registry-unreachable',
    note: 'registry.k8s.io redirects to Artifact Registry, which the node cannot reach (i/o timeout). The first of several such errors; the escaped quotes are as posted.'
  },
  {
    id: 'dev109-gar-09',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: 'error execution phase preflight: [preflight] Some fatal errors occurred:\n        [ERROR ImagePull]: failed to pull image k8s.gcr.io/kube-apiserver:v1.16.3: output: Trying to pull repository k8s.gcr.io/kube-apiserver ...\nGet https://k8s.gcr.io/v1/_ping: dial tcp 172.217.218.82:443: i/o timeout\n, error: exit status 1',
    source: 'kubernetes/kubernetes#85498',
    expected: 'registry-unreachable',
    note: 'kubeadm init; the same error for the other images is trimmed.'
  },
  {
    id: 'dev109-gar-10',
    family: 'gar',
    host: 'gcr.io',
    text: 'Run elgohr/gcloud-login-action@v1\n  with:\n    account_key: ***\n  ...\nbase64: invalid input',
    source: 'elgohr/gcloud-login-action#8',
    expected: 'malformed-credentials',
    note: 'needs the thread: the action wants the service-account key base64-encoded and was given the JSON as it is; the reporter confirmed ("Missed that"). The action logs docker in to Google\'s registries; the text names no host: `host` is a placeholder of the family.'
  },
  {
    id: 'dev109-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Failed to push OCI artifact to ACR: Cannot respond to request for authentication.',
    source: 'Azure/azure-cli-extensions#10288',
    expected: 'unknown',
    alsoAcceptable: ['unsupported-credential-kind'],
    note: "needs the thread: `az acr supply-chain workflow create` (the acrcssc extension) hands the refresh token of `az acr login --expose-token` to its ORAS client as if it were an access token; the reporter traced it to the extension's code, not the user's credential. INFERENCE: no fix is confirmed in the stored thread. The text names no host: `host` is a placeholder of the family."
  },
  {
    id: 'dev109-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "$ az acr login --name=myregistry --expose-token | jq -r '.accessToken' | nerdctl login -u 00000000-0000-0000-0000-000000000000 --password-stdin myregistry.azurecr.io`\nWARNING: You can perform manual login using the provided access token below, for example: 'docker login loginServer -u 00000000-0000-0000-0000-000000000000 -p accessToken'\nLogin Succeeded\n\nnerdctl push myregistry/container:0.0.1\nFATA[0007] push access denied, repository does not exist or may require authorization: server message: insufficient_scope",
    source: 'containerd/nerdctl#2840',
    expected: 'registry-mismatch',
    note: 'INFERENCE: the login is to myregistry.azurecr.io, but the image pushed is `myregistry/container:0.0.1`, a Docker Hub name; the stored thread shows no confirmed outcome. The `INFO` and progress lines of the push are trimmed, and the last line is cut after "insufficient_scope" where the stored copy breaks off mid-word.'
  },
  {
    id: 'dev109-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'image scan error: scan error: unable to initialize a scanner: unable to initialize a docker scanner: 4 errors occurred:\n\t* unable to inspect the image (***.azurecr.io/***): Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n\t* unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory\n\t* containerd socket not found: /run/containerd/containerd.sock\n\t* GET https://***.azurecr.io/oauth2/token?scope=repository%3***.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'aquasecurity/trivy#3558',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: the same scan worked before Trivy 0.37.0/0.37.1 (the title); the token request now goes out without the credential. INFERENCE: no fix in the stored thread. The post masks the registry name: `host` is a placeholder of the family.'
  },
  {
    id: 'dev109-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'UNAUTHORIZED: authentication required',
    source: 'aquasecurity/trivy-azure-pipelines-task#22',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "needs the thread: Azure Pipelines' Docker@2 login writes its config to a temporary DOCKER_CONFIG file, which the trivy task (running Trivy in a container) does not read, so the scan of the private ACR image carries no credential; a push with the same login works. The post sets the line in italics (`_`, not copied) and names no host: `host` is a placeholder."
  },
  {
    id: 'dev109-acr-05',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: ' WARN: Failed to obtain docker registry token (repository=jpearson/test-renovate)\nDEBUG: Failed to get authHeaders for getTags lookup (repository=jpearson/test-renovate)\n INFO: Failed to look up dependency myregistry.azurecr.io/my-img (repository=jpearson/test-renovate, packageFile=Dockerfile, dependency=myregistry.azurecr.io/my-img)',
    source: 'renovatebot/renovate#5263',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: self-hosted Renovate with host rules for the ACR registry could not get a token from any custom registry; a Renovate bug, fixed in a release (and ACR's blob redirect in a follow-up issue), not the credential."
  },
  {
    id: 'dev109-acr-06',
    family: 'acr',
    host: 'name.azurecr.io',
    text: 'Failed to pull image "name.azurecr.io/name/imagename:latest": rpc error: code = Unknown desc = Error response from daemon: Get https://name.azurecr.io/v2/name/imagename/manifests/latest: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'portainer/portainer#5012',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'A kubelet pull answered "authentication required": the pod\'s pull carried no credential, although the ACR registry was set up in Portainer with credentials that work with docker. INFERENCE for the cause (the registry not given to the namespace): the stored thread shows no fix. The host is masked as posted.'
  },
  {
    id: 'dev109-acr-07',
    family: 'acr',
    host: 's3dregistry.azurecr.io',
    text: 'Failed to pull image "s3dregistry.azurecr.io/frontend-noauth:v3.0.256": rpc error: code = Unknown desc = failed to pull and unpack image "s3dregistry.azurecr.io/frontend-noauth:v3.0.256": failed to resolve reference "s3dregistry.azurecr.io/frontend-noauth:v3.0.256": failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    source: 'k0sproject/k0s#1050',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'containerd asked for an anonymous token: the pull carried no credential (a docker-registry secret was created, and docker on the host can pull, but the k0s kubelet used neither).'
  },
  {
    id: 'dev109-acr-08',
    family: 'acr',
    host: 'example.azurecr.io',
    text: 'err="requesting tags: Get https://example.azurecr.io/v2/exampleImage/tags/list: unauthorized: authentication required"',
    source: 'fluxcd/flux#2564',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "Flux v1 scanning the tags of a private ACR image; its own pod's imagePullSecrets are set, but the scan request carried no credential. INFERENCE: the stored thread shows no fix."
  },
  {
    id: 'dev109-acr-09',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "The push refers to repository [***/resdiary/database-maintenance-actest]\nGet https://***/v2/: dial tcp: lookup *** on 168.63.129.16:53: no such host\n##[error]Get https://***/v2/: dial tcp: lookup *** on 168.63.129.16:53: no such host\n##[error]The process '/usr/bin/docker' failed with exit code 1",
    source: 'microsoft/azure-pipelines-tasks#10616',
    expected: 'registry-unreachable',
    note: "Azure Pipelines' DockerV2 task with an ACR service connection; the registry host is masked (`***`) in the log, so `host` is a placeholder of the family. The table formatting (`|`) the post put around the log lines is not copied."
  },
  {
    id: 'dev109-acr-10',
    family: 'acr',
    host: 'edgecontainer.azurecr.io',
    text: '$ sudo docker push edgecontainer.azurecr.io:0.0.1-amd64\nThe push refers to repository [docker.io/library/&lt;my container&gt;.azurecr.io]\ndenied: requested access to the resource is denied',
    source: 'MicrosoftDocs/azure-docs.fr-fr#165',
    expected: 'registry-mismatch',
    case: 'host-as-image-name',
    note: 'An image tagged with the registry host alone, pushed to Docker Hub as `library/<host>`. Layer progress lines trimmed; the HTML escapes are as stored.'
  },
  {
    id: 'dev109-not-login-01',
    family: 'not-login',
    host: 'gcr.io',
    text: 'time="2019-06-26T12:12:28-07:00" level=fatal msg="watching files for artifact gcr.io/<HIDDEN>/migrator: listing files: listing files: listing copied files: retrieving image config: getting image: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/baseline Type:repository]]"',
    source: 'GoogleContainerTools/skaffold#2355',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a regression of skaffold 0.32.0, which looked up `baseline`, an image built locally by another artifact, on Docker Hub; skaffold 0.31.0 works and the fix was a skaffold release. The 401 is Docker Hub's for a repository that does not exist."
  },
  {
    id: 'dev109-not-login-02',
    family: 'not-login',
    host: 'us-central1-docker.pkg.dev',
    text: 'Step #2: Already have image (with digest): gcr.io/cloud-builders/docker\nStep #2: invalid argument "us-central1-docker.pkg.dev/devops-bioenable//myimage:67dabfb" for "-t, --tag" flag: invalid reference format\nStep #2: See \'docker build --help\'.\nFinished Step #2\nERROR\nERROR: build step 2 "gcr.io/cloud-builders/docker" failed: step exited with non-zero status: 125',
    source: 'GoogleCloudPlatform/cloud-build-samples#17',
    expected: 'not-a-login-failure',
    note: 'An empty repository substitution in cloudbuild.yaml leaves `//` in the Artifact Registry tag: docker refuses the reference before any request.'
  },
  {
    id: 'dev109-not-login-03',
    family: 'not-login',
    host: 'gcr.io',
    text: 'ERROR: (gcloud.builds.submit) INVALID_ARGUMENT: invalid build: invalid image name "gcr.io/***/***:ef88a8...github_sha": could not parse reference: gcr.io/***/***:ef88a8...github_sha\n##[error]Process completed with exit code 1.',
    source: 'google-github-actions/setup-gcloud#130',
    expected: 'not-a-login-failure',
    note: 'A malformed tag (the workflow expression left `github_sha` in it): Cloud Build refuses the image name.'
  },
  {
    id: 'dev109-not-login-04',
    family: 'not-login',
    host: 'myregistry.azurecr.io',
    text: "Azure.RequestFailedException: 'blob upload unknown to registry\nStatus: 404 (Not Found)\nErrorCode: BLOB_UPLOAD_UNKNOWN",
    source: 'Azure/azure-sdk-for-net#42293',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'An intermittent blob upload failure of the .NET ACR client (an upload session the registry no longer knows), not a credential. Trimmed before the response body (`Content:`); the text names no host: `host` is a placeholder.'
  }
]

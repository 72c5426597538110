/**
 * A thirty-first development set of real registry error texts ("dev31"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirty-first
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool, from HPC, science and edge directions: Apptainer and
 * Singularity, enroot and pyxis under Slurm, Nextflow and nf-core (AWS Batch,
 * Google Batch, Kubernetes, Wave), Cromwell, Toil, datalad-container,
 * Azure IoT Edge and the AWS Greengrass provisioner. None is a source of an
 * earlier set (the list of the 1742 earlier sources was checked before each
 * pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts) compares
 * every text with every earlier set, the sealed and blind ones included,
 * without printing them.
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

export const REAL_TEXTS_DEV31: readonly RealText[] = [
  {
    id: 'dev31-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'K8s pod image cannot be pulled -- rpc error: code = Unknown desc = Error response from daemon: Head <URL API call to image repo>: denied: access forbidden',
    source: 'nextflow-io/nextflow#2827',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: Nextflow's Kubernetes executor (`nextflow kuberun`) ran a process whose container is in a private repository of an enterprise GitLab; the pod had no pull secret for that registry. INFERENCE: the stored thread shows no confirmed fix (closed as stale). The post masked the URL (kept as posted); the host is a placeholder of the family"
  },
  {
    id: 'dev31-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'FATAL:   While making image from oci registry: error fetching image to cache: failed to get checksum for docker://quay.io/biocontainers/nanoq:0.8.2--h779adbc_0: unable to retrieve auth token: invalid username/password: unauthorized: Invalid Username or Password',
    source: 'biocorecrg/MOP2#11',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Nextflow's `singularity pull` of a public BioContainers image; the maintainer answers that quay.io needs no password for it, so the credential Singularity sent (a stored or environment login) is what broke a public pull. INFERENCE: the thread shows no confirmed fix. The text alone reads as a refused credential"
  },
  {
    id: 'dev31-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'FATAL:   Unable to handle docker://quay.io/snazeen/carnelian:latest uri: failed to get checksum for docker://quay.io/snazeen/carnelian:latest: reading manifest latest in quay.io/snazeen/carnelian: unauthorized: access to the requested resource is not authorized',
    source: 'snz20/carnelian#6',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: every Singularity command on this image fails while other images work; Quay answers an anonymous read of a private (or absent) repository with this wording. INFERENCE: the issue is open with no answer'
  },
  {
    id: 'dev31-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'FATAL:   While pulling library image: could not get image info: request did not succeed: UNAUTHORIZED: project quay.io not found: project quay.io not found (401 Unauthorized)',
    source: 'cancerit/BRASS#108',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: '`singularity pull quay.io/wtsicgp/brass` without a `docker://` prefix asked the Sylabs library for a project named quay.io; `singularity pull docker://quay.io/wtsicgp/brass:v6.3.4` worked ("the following command worked for me"). The answer came from the library service, not Quay; host quay.io is the registry the user meant'
  },
  {
    id: 'dev31-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'FATAL:   while login to docker://myharbor.com: GET https://myharbor.com/service/token?service=harbor-registry: unexpected status code 401 Unauthorized',
    source: 'apptainer/apptainer#1910',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: `apptainer registry login` to a Harbor 2.5.2 registry fails with apptainer 1.3.0-rc.1 and succeeds with the same credential under 1.2.5, a client regression, not the credential. The post masked the host as myharbor.com (kept in the text); host is a placeholder of the family'
  },
  {
    id: 'dev31-ecr-01',
    family: 'ecr',
    host: '216483018798.dkr.ecr.us-west-2.amazonaws.com',
    text: '[ERROR] BasicProgressHandler: Docker build error [Get https://216483018798.dkr.ecr.us-west-2.amazonaws.com/v2/aws-iot-greengrass/manifests/latest: no basic auth credentials]',
    source: 'aws-iot-builder-tools/aws-greengrass-provisioner#342',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "The Greengrass provisioner's docker build starts FROM AWS's Greengrass image in ECR and fails when the image is not yet local: the build had no ECR login for that account's registry (it works once the image has been pulled). The `[INFO]` Step lines before it are trimmed"
  },
  {
    id: 'dev31-ecr-02',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: "Task failed to start - CannotPullContainerError: Error response from daemon: unknown: repository 'public.ecr.aws/some/repo:tag-id bad request (400)",
    source: 'seqeralabs/wave#430',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'cloud-service',
    note: "needs the thread: the Wave maintainer's own report: Wave (Nextflow's container proxy) answers this when it has no credentials for a private repository, because none were given in the Seqera Platform; the issue asks for a clearer message. The repository name is the maintainer's placeholder, kept as posted"
  },
  {
    id: 'dev31-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: '[INFO] Querying registry for permission grant\n[INFO] Found valid credentials in cache\n[INFO] Fetching image manifest list\n[INFO] Fetching image manifest\n[ERROR] URL https://gcr.io/v2/google-containers/addon-builder/manifests/latest returned error code: 401 Unauthorized',
    source: 'NVIDIA/enroot#18',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: enroot reused a GCR token cached from an earlier pull (GCR uses different tokens for public and private images); deleting ~/.cache/enroot/.tokens-$(id -u)/gcr.io fixed it ("deleting the tokens worked") and the maintainer pushed a fix'
  },
  {
    id: 'dev31-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: '[INFO] Querying registry for permission grant\n[INFO] Permission granted\n[INFO] Fetching image manifest list\n[INFO] Fetching image manifest\n[ERROR] URL https://gcr.io/v2/google-containers/busybox/manifests/latest returned error code: 404 Not Found',
    source: 'NVIDIA/enroot#70',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'The image was pushed to gcr.io years ago with only a schema 1 manifest, which enroot does not support; a recent image (gcr.io#deeplearning-platform-release/base-cpu) imports fine. The first of the two texts in the post (a local registry) is left out'
  },
  {
    id: 'dev31-gar-03',
    family: 'gar',
    host: 'us-east1-docker.pkg.dev',
    text: 'Wave invalid response: POST https://wave.seqera.io/v1alpha2/container [400] {"message":"Container image \'us-east1-docker.pkg.dev/###/###/###:0.1.0\' does not exist or access is not authorized"}',
    source: 'nextflow-io/nextflow#5627',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'cloud-service',
    note: "needs the thread: the image pulls on Google Batch without Wave; with `wave.enabled = true` Wave itself must read the private Artifact Registry repository and had no credential: the maintainer answers that registry credentials must be given through the Platform's credentials. Masking (###) as posted"
  },
  {
    id: 'dev31-gar-04',
    family: 'gar',
    host: 'eu.gcr.io',
    text: 'cromwell.docker.registryv2.DockerRegistryV2Abstract$Unauthorized: 401 Unauthorized {"errors":[{"code":"UNAUTHORIZED","message":"You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"}]}',
    source: 'broadinstitute/cromwell#7356',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Cromwell's GCP Batch backend looked up a private eu.gcr.io image's digest for call caching without sending the VM's Google credential (the task itself pulled fine); PR broadinstitute/cromwell#7464 propagates the credential to that lookup and closes it. The docker-compose prefix `cromwell_1  | ` and the stack frames after the first line are trimmed"
  },
  {
    id: 'dev31-acr-01',
    family: 'acr',
    host: 'sdcommoncontainerregistry.azurecr.io',
    text: 'Microsoft.Azure.Devices.Edge.Agent.Edgelet.EdgeletCommunicationException- Message:Error calling Create module esf-proxy: Could not create module esf-proxy\n        caused by: Could not pull image sdcommoncontainerregistry.azurecr.io/esf-proxy:9510-amd64\n        caused by: Get https://sdcommoncontainerregistry.azurecr.io/v2/esf-proxy/manifests/9510-amd64: unauthorized: Application not registered with AAD., StatusCode:500',
    source: 'Azure/iotedge#4024',
    expected: 'invalid-credentials',
    case: 'service-principal-id',
    note: "IoT Edge's edgeAgent pulling a module from ACR with the registry credential of the deployment manifest; ACR's 'Application not registered with AAD' means the username is no application (service principal) the tenant knows. INFERENCE: the stored thread shows no confirmed fix. The stack frames after StatusCode are trimmed"
  },
  {
    id: 'dev31-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Microsoft.Azure.Devices.Edge.Agent.Edgelet.EdgeletCommunicationException- Message:Error calling prepare update for module {container_name}: Could not prepare update for module "{container_name}"\n        caused by: Could not pull image {custom_cr}/{container_name}:0.1.32\n        caused by: Head "https://{custom_cr}/v2/{container_name}/manifests/0.1.32": unauthorized: Invalid clientid or client secret., StatusCode:500',
    source: 'Azure/iotedge#7466',
    expected: 'invalid-credentials',
    case: 'service-principal-secret',
    note: "edgeAgent pulling from the user's private registry with the deployment's credentials; 'Invalid clientid or client secret' is ACR's answer to a service principal whose secret is wrong or expired. INFERENCE: the issue is open with no fix. The post masked the registry as {custom_cr} (kept); host is a placeholder of the family"
  },
  {
    id: 'dev31-acr-03',
    family: 'acr',
    host: 'mycontainerregistry.azurecr.io',
    text: 'Microsoft.Azure.Devices.Edge.Agent.Edgelet.EdgeletCommunicationException- Message:Error calling Create module AIVisionDevKitGetStartedModule: Could not create module AIVisionDevKitGetStartedModule\n        caused by: Could not pull image <mycontainerregistry>.azurecr.io/aivisiondevkitgetstartedmodule:0.0.2-arm32v7\n        caused by: Get https://<mycontainerregistry>.azurecr.io/v2/aivisiondevkitgetstartedmodule/manifests/0.0.2-arm32v7: unauthorized: authentication required, StatusCode:500',
    source: 'microsoft/vision-ai-developer-kit#268',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'cloud-service',
    note: 'needs the thread: the Vision AI Dev Kit\'s edgeAgent pulled the module from the reporter\'s ACR with no registry credentials in the deployment ("I guess I am missing some credentials to pull it from my container registry?"). INFERENCE: the thread shows no confirmed fix. Host masked as <mycontainerregistry> in the post (kept); host is a placeholder'
  },
  {
    id: 'dev31-acr-04',
    family: 'acr',
    host: 'iotcontainerwe01.azurecr.io',
    text: 'One or more errors occurred. (Error calling Create module SimulatedTemperatureSensor: Could not create module SimulatedTemperatureSensor caused by: Could not pull image iotcontainerwe01.azurecr.io/azureiotedge-seeed-temperature-sensor:1.0.2-arm32v7 caused by: Get https://iotcontainerwe01.azurecr.io/v2/azureiotedge-seeed-temperature-sensor/manifests/1.0.2-arm32v7: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.)',
    source: 'Azure-Samples/azure-iot-starter-kits#38',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'cloud-service',
    note: "needs the thread: an IoT Central edge device pulled from an ACR with admin user enabled, but the deployment did not pass the registry credentials of the template's .env file to the device (the reporter's own reading). INFERENCE: the thread shows no confirmed fix"
  },
  {
    id: 'dev31-acr-05',
    family: 'acr',
    host: 'evuedsoacr.azurecr.io',
    text: 'slurmstepd: error: pyxis:     [INFO] Querying registry for permission grant\nslurmstepd: error: pyxis:     [INFO] Authenticating with user: <anonymous>\nslurmstepd: error: pyxis:     [INFO] Authentication succeeded\nslurmstepd: error: pyxis:     [INFO] Fetching image manifest list\nslurmstepd: error: pyxis:     [INFO] Fetching image manifest\nslurmstepd: error: pyxis:     [ERROR] URL https://registry-1.docker.io/v2/evuedsoacr.azurecr.io/dc-ecosys-appl-eng/mlperf-nvidia/manifests/stable_diffusion-pyt returned error code: 401 Unauthorized',
    source: 'NVIDIA/pyxis#168',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch', 'missing-credentials'],
    note: "Slurm's pyxis handed enroot `evuedsoacr.azurecr.io/...` with a slash after the host; enroot wants `registry#image`, so it asked Docker Hub, anonymously, for a repository named evuedsoacr.azurecr.io/...: the URL shows it. INFERENCE: the issue is open; the fix is the `#` separator (as in NVIDIA/pyxis#39's thread) and a credential for the ACR in enroot's .credentials. Family acr for the registry meant; the answer came from Docker Hub"
  },
  {
    id: 'dev31-generic-01',
    family: 'generic',
    host: 'localhost:5000',
    text: 'SINGULARITY_NOHTTPS=true singularity pull docker://localhost:5000/localtf:latest\nWARNING: pull for Docker Hub is not guaranteed to produce the\nWARNING: same image on repeated pull. Use Singularity Registry\nWARNING: (shub://) to pull exactly equivalent images.\nERROR Authentication error, exiting.\nCleaning up...\nERROR: pulling container failed!',
    source: 'apptainer/singularity#1910',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a registry:2 on localhost:5000; the reporter had not pushed the image to it ("forget to push the image to docker local registry when using singularity pull"). Singularity 2.5 called the missing repository an authentication error'
  },
  {
    id: 'dev31-generic-02',
    family: 'generic',
    host: 'nvcr.io',
    text: "enroot# enroot import 'docker://$oauthtoken@nvcr.io#nvidia/cuda:10.0-base'\n[INFO] Querying registry for permission grant\n[INFO] Authenticating with user: $oauthtoken\n[INFO] Using credentials from file: /root/.config/enroot/.credentials\n[ERROR] URL https://nvcr.io/proxy_auth returned error code: 401 Unauthorized",
    source: 'NVIDIA/enroot#161',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired', 'malformed-credentials'],
    note: "NGC's token service refused the API key read from enroot's .credentials file; the maintainer: \"Check that your configuration is correct and that your token hasn't expired\". INFERENCE: no confirmed fix in the thread"
  },
  {
    id: 'dev31-generic-03',
    family: 'generic',
    host: 'nvcr.io',
    text: 'Error response from daemon: Head \'https://nvcr.io/v2/nvidian/alpamayo/nre/manifests/25.7.9-dc9a8043\': denied: {"errors": [{"code": "DENIED", "message": "Access Denied"}]}',
    source: 'NVlabs/alpasim#44',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the reporter had logged in to nvcr.io; the maintainer: \"That's an internal-only image\" which a public config file named by mistake. The post quotes the error inside quotes in its prose (kept as posted). A research simulator's tracker, near this set's science direction"
  },
  {
    id: 'dev31-generic-04',
    family: 'generic',
    host: 'mcr.microsoft.com',
    text: 'Z [WARN] - Could not pull image mcr.microsoft.com/azureiotedge-agent:1.1\nZ [WARN] -         caused by: Get https://mcr.microsoft.com/v2/: net/http: request canceled while waiting for connection',
    source: 'Azure/iotedge#6138',
    expected: 'registry-unreachable',
    note: "IoT Edge's daemon on a Raspberry Pi could not reach Microsoft's registry (mcr.microsoft.com) to pull edgeAgent. Trailing spaces and the watchdog lines after these two are trimmed"
  },
  {
    id: 'dev31-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'singularity run --docker-login docker://bids-validator\nEnter Docker Username: verdurin\nEnter Docker Password:\nFATAL:   Unable to handle docker://bids-validator uri: failed to get SHA of docker://bids-validator: Error reading manifest latest in docker.io/library/bids-validator: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: 'apptainer/singularity#4674',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: 'needs the thread: docker://bids-validator names an official image (library/bids-validator) that does not exist; the reporter: "This was my error in the container image URL". A login was given with --docker-login, so the credential was sent'
  },
  {
    id: 'dev31-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'singularity pull --name nf-core-rnaseq-1.3.img docker://nf-core/rnaseq:1.3\nWARNING: pull for Docker Hub is not guaranteed to produce the\nWARNING: same image on repeated pull. Use Singularity Registry\nWARNING: (shub://) to pull exactly equivalent images.\nDocker image path: index.docker.io/nf-core/rnaseq:1.3\nERROR UNAUTHORIZED: authentication required\nERROR Check existence, naming, and permissions\nCleaning up...\nERROR: pulling container failed!',
    source: 'nf-core/rnaseq#312',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the installation docs named docker://nf-core/rnaseq; the Docker Hub organisation is nfcore (no dash), and `docker://nfcore/rnaseq:1.3` pulled. The shell prompt is trimmed from the command line'
  },
  {
    id: 'dev31-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ sudo singularity build home.sif Singularity\nINFO:    Starting build...\nFATAL:   While performing build: conveyor failed to get: unable to retrieve auth token: invalid username/password',
    source: 'apptainer/singularity#3480',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: building FROM the public ubuntu:16.04; the reporter (a Singularity maintainer) found the cause: "I forgot that I changed my login after Dock[er Hub]...": the Docker Hub login Singularity had stored was outdated and broke a public pull'
  },
  {
    id: 'dev31-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'biocontainers/biocontainers:v1.2.0_cv1' locally\ndocker: Error response from daemon: Head \"https://registry-1.docker.io/v2/biocontainers/biocontainers/manifests/v1.2.0_cv1\": unauthorized: incorrect username or password.\nSee 'docker run --help'.",
    source: 'nf-core/ampliseq#346',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a Nextflow task's `docker run` of a public BioContainers image; the maintainers suggest `docker logout`, and the reporter \"solved [it] by login in through the docker desktop app\": the stored Docker Hub login was outdated. The 'Command error:' header is trimmed"
  },
  {
    id: 'dev31-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: '0: slurmstepd: error: pyxis:     [INFO] Querying registry for permission grant\n0: slurmstepd: error: pyxis:     [INFO] Authenticating with user: <anonymous>\n0: slurmstepd: error: pyxis:     [INFO] Authentication succeeded\n0: slurmstepd: error: pyxis:     [INFO] Fetching image manifest list\n0: slurmstepd: error: pyxis:     [INFO] Fetching image manifest\n0: slurmstepd: error: pyxis:     [ERROR] URL https://registry-1.docker.io/v2/nvcr.io/nvidia/pytorch/manifests/20.12-py3 returned error code: 401 Unauthorized',
    source: 'NVIDIA/pyxis#39',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch'],
    note: '`srun --container-image "nvcr.io/nvidia/pytorch:20.12-py3"`: with a slash after the host enroot asks Docker Hub, anonymously, for a repository named nvcr.io/nvidia/pytorch, as the URL shows; pyxis wants `nvcr.io#nvidia/pytorch` and an NGC credential in enroot\'s .credentials. The pyxis lines before and after are trimmed'
  },
  {
    id: 'dev31-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'FATAL:   While making image from oci registry: error fetching image to cache: failed to get checksum for docker://google/deepvariant:1.3.0: pinging container registry registry-1.docker.io: Get "https://registry-1.docker.io/v2/": dial tcp 54.242.59.189:443: i/o timeout',
    source: 'nf-core/sarek#748',
    expected: 'registry-unreachable',
    note: "A cluster node with no internet access ran Nextflow's `singularity pull` for a container that `nf-core download` had not fetched. The Nextflow framing lines before it are trimmed"
  },
  {
    id: 'dev31-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Task failed to start - CannotPullImageManifestError: Error response from daemon: errors:\n  denied: requested access to the resource is denied\n  unauthorized: authentication required',
    source: 'epi2me-labs/wf-basecalling#59',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: on AWS Batch the workflow's base.config joined the image prefix and name with '-' instead of '/', naming Docker Hub repositories that do not exist (ontresearch-wf-common). The text names no host; docker.io is from the thread"
  },
  {
    id: 'dev31-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Task failed to start - CannotPullContainerError: Error response from daemon: pull access denied for personal/privateimage:latest, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'nextflow-io/nextflow#2938',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a Nextflow process on AWS Batch uses a private Docker Hub image and the reporter asks where to give the credential: none was given to the Batch hosts. INFERENCE: the issue is open. The image name is the reporter's placeholder"
  },
  {
    id: 'dev31-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: "WARNING: Couldn't use cached digest for registry: HEAD https://index.docker.io/v2/nf-core/proteinfold_alphafold2_msa/manifests/1.1.0: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)\nWARNING: Falling back to direct digest.\nFATAL:   While making image from oci registry: error fetching image to cache: failed to get checksum for docker://nf-core/proteinfold_alphafold2_msa:1.1.0: GET https://index.docker.io/v2/nf-core/proteinfold_alphafold2_msa/manifests/1.1.0: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:nf-core/proteinfold_alphafold2_msa Type:repository]]",
    source: 'nf-core/proteinfold#171',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch'],
    note: "needs the thread: `nf-core download` asked Docker Hub for nf-core/proteinfold_alphafold2_msa; the maintainer answers that the image is public on quay.io (quay.io/nf-core/...). The post's console wrapped the lines and indented them under 'CRITICAL The container ... is unavailable'; the wrapping is undone here and that header trimmed"
  },
  {
    id: 'dev31-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: Error during pull for image microsoft/azureiotedge-agent:1.0-preview\n500 Server Error: Internal Server Error ("Get https://registry-1.docker.io/v2/microsoft/azureiotedge-agent/manifests/1.0-preview: unauthorized: incorrect username or password")',
    source: 'Azure/iot-edge-v1#573',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: IoT Edge's (v1 preview) iotedgectl pulling the public edgeAgent image from Docker Hub with a Docker Hub login stored on the machine; the maintainers point to docker/hub-feedback#1098 (log out and in again). INFERENCE: the stored thread is cut before the reporter's answer"
  },
  {
    id: 'dev31-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: "$ docker pull nf-core/ubuntu:20.04\nUsing default tag: latest\nError response from daemon: pull access denied for nf-core/ubuntu, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'nf-core/funcscan#281',
    expected: 'repository-not-found',
    note: 'nf-core/funcscan 1.1.1 named containers (nf-core/ubuntu) that do not exist on Docker Hub; the reporter lists the URIs that should point at biocontainers. The text itself says the repository may not exist'
  },
  {
    id: 'dev31-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'FATAL:   While performing build: conveyor failed to get: reading manifest latest in docker.io/debian/stable-slim: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: 'datalad/datalad-container#225',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: `datalad containers-add -u docker://debian/stable-slim`: Debian's slim image is the tag debian:stable-slim, not a repository debian/stable-slim, so Docker Hub answers as for a private or missing repository. INFERENCE: the stored thread shows no fix"
  },
  {
    id: 'dev31-docker-hub-13',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'WARNING: Couldn\'t use cached digest for registry: Get "https://index.docker.io/v2/": dial tcp 44.193.130.145:443: i/o timeout\nWARNING: Falling back to direct digest.\nFATAL:   While making image from oci registry: error fetching image: failed to get checksum for docker://python:2-slim: Get "https://index.docker.io/v2/": dial tcp 52.205.187.141:443: i/o timeout',
    source: 'DataBiosphere/toil#5529',
    expected: 'registry-unreachable',
    note: "toil-cwl-runner on offline compute nodes of an HPC machine (MareNostrum 5) pulling a CWL tool's container through Singularity. The tab indentation and the Toil/cwltool log prefixes around these lines are trimmed"
  },
  {
    id: 'dev31-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'Task failed to start - CannotPullContainerError: write /var/lib/docker/tmp/GetImageBlob887491687: no space left on device',
    source: 'nextflow-io/nextflow#5099',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'AWS Batch hosts running many Nextflow tasks filled their boot disk with image layers; the first of the five texts in the post. No registry or host is named: docker.io is a placeholder'
  },
  {
    id: 'dev31-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'slurmstepd: error: pyxis:     [INFO] Querying registry for permission grant\nslurmstepd: error: pyxis:     [INFO] Authenticating with user: <anonymous>\nslurmstepd: error: pyxis:     [INFO] Authentication succeeded\nslurmstepd: error: pyxis:     [INFO] Fetching image manifest list\nslurmstepd: error: pyxis:     [INFO] Fetching image manifest\nslurmstepd: error: pyxis:     [ERROR] URL https://registry-1.docker.io/v2/library/cont.sqsh/manifests/latest returned error code: 401 Unauthorized',
    source: 'NVIDIA/pyxis#67',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: `srun --container-image=cont.sqsh` meant a local squashfs file, but pyxis treats a name that does not start with / or ./ as a registry image and asked Docker Hub for library/cont.sqsh. INFERENCE: the fix (`./cont.sqsh`) is the maintainer's answer to the same symptom in NVIDIA/pyxis#127; the stored thread of this issue shows no answer"
  },
  {
    id: 'dev31-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Task failed to start - CannotStartContainerError: Error response from daemon: OCI runtime create failed: container_linux.go:380: starting container process caused: exec: "/usr/local/env-execute": stat /usr/local/env-execute: no such file or directory: unknown',
    source: 'nextflow-io/nextflow#2894',
    expected: 'not-a-login-failure',
    note: 'nf-core/rnaseq on AWS Batch: the image was pulled and the container could not start its entrypoint; nothing about a registry or a login. No host is named: docker.io is a placeholder'
  },
  {
    id: 'dev31-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Essential container in task exited - CannotInspectContainerError: Could not transition to inspecting; timed out after waiting 30s',
    source: 'nextflow-io/nextflow#3091',
    expected: 'not-a-login-failure',
    note: "AWS Batch's ECS agent timed out reaping a finished Nextflow task container (an ECS agent issue); no registry is involved. No host is named: docker.io is a placeholder"
  }
]

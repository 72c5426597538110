/**
 * A fifty-sixth development set of real registry error texts ("dev56"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fifty-sixth
 * development set"). Its direction is bioinformatics and life-science
 * tooling (BioContainers, Bioconda, Broad/Terra images, Bioconductor,
 * genomics vendors' workflows) and Jupyter-based lab images (docker-stacks,
 * JupyterHub, BinderHub). Sources are GitHub issues and pull requests found
 * with the search tool; none is a source of an earlier set (the list of the
 * 2356 earlier sources was checked before each pick), and the hygiene test
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

export const REAL_TEXTS_DEV56: readonly RealText[] = [
  {
    id: 'dev56-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '2025-01-16T05:48:30Z [Warning] Failed to pull image "ghcr.io/boettiger-lab/binder-boettiger-2dlab-2drepo2docker-2dr-b47ea0:a94efcd224888b96592831bc1080faf8ee91dc8d": failed to pull and unpack image "ghcr.io/boettiger-lab/binder-boettiger-2dlab-2drepo2docker-2dr-b47ea0:a94efcd224888b96592831bc1080faf8ee91dc8d": failed to resolve reference "ghcr.io/boettiger-lab/binder-boettiger-2dlab-2drepo2docker-2dr-b47ea0:a94efcd224888b96592831bc1080faf8ee91dc8d": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aboettiger-lab%2Fbinder-boettiger-2dlab-2drepo2docker-2dr-b47ea0%3Apull&service=ghcr.io: 401 Unauthorized',
    source: '2i2c-org/binderhub-service#146',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: BinderHub built and pushed the user's image to GHCR (a new package there is private), then the JupyterHub user pod pulled it with no pull secret; the reporter could pull it after `docker login ghcr.io`. The text says only that the anonymous token was refused. INFERENCE: the stored thread shows no confirmed fix (making the package public or giving the pods a pull secret). A kubelet event, a direction the brief asked to avoid where possible; kept for its subject (BinderHub)"
  },
  {
    id: 'dev56-gitlab-01',
    family: 'gitlab',
    host: 'registry.jsc.fz-juelich.de',
    text: "unauthorized: HTTP Basic: Access denied.\nError during build: Command '['docker', 'push', ...]' returned non-zero exit status 1.\npost_api preparation failed",
    source: 'NFDI-Jupyter/services#53',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: "A Jupyter4NFDI repo2docker builder's push to the Jülich Supercomputing Centre's GitLab registry; the same canary passed the day before with unchanged client code, so the builder's stored registry credential was refused (GitLab's 'HTTP Basic: Access denied' wording). INFERENCE: the stored thread asks the operators to check the credential and shows no fix; an expired or revoked token fits as well. The `...` is as posted"
  },
  {
    id: 'dev56-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: "docker run quay.io/biocontainers/biowdl-input-converter:0.1.0--py_0\nUnable to find image 'quay.io/biocontainers/biowdl-input-converter:0.1.0--py_0' locally\ndocker: Error response from daemon: unauthorized: access to the requested resource is not authorized.\nSee 'docker run --help'.",
    source: 'bioconda/bioconda-recipes#17776',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the Bioconda recipe had just been merged and its BioContainers image was not yet published (made public) on quay.io; the maintainer answered "Be patient" and the reporter accepted. Quay answers a repository it does not show an anonymous client with this \'unauthorized\''
  },
  {
    id: 'dev56-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'docker run -it quay.io/mulled/samtools:1.3--1\nUnable to find image \'quay.io/mulled/samtools:1.3--1\' locally\nPulling repository quay.io/mulled/samtools\ndocker: Error: Status 403 trying to pull repository mulled/samtools: "{\\"error\\": \\"Permission Denied (user: leipzig)\\"}".',
    source: 'BioContainers/mulled#144',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the quay.io/mulled namespace had been retired (its images contributed to BioContainers); the maintainer pointed to quay.io/biocontainers/samtools:1.3--1. The user's own login (leipzig) was sent, and Quay's 2016 v1 API answered 'Permission Denied' for a repository that user cannot see"
  },
  {
    id: 'dev56-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'docker pull quay.io/swordfish/crabs:0.1.4\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'gjeunen/reference_database_creator#24',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the new quay.io/swordfish/crabs repository was not public; the maintainer "reset the permissions" on quay.io and the anonymous pull worked ("working fine now")'
  },
  {
    id: 'dev56-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: '$ sudo docker pull quay.io/biocontainers/intarna\nUsing default tag: latest\nError response from daemon: manifest for quay.io/biocontainers/intarna:latest not found: manifest unknown: manifest unknown\n$ podman pull quay.io/biocontainers/intarna\nTrying to pull quay.io/biocontainers/intarna:latest...\nError: initializing source docker://quay.io/biocontainers/intarna:latest: reading manifest latest in quay.io/biocontainers/intarna: manifest unknown',
    source: 'BackofenLab/IntaRNA#226',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'BioContainers images have no `latest` tag; pulling an explicit version tag worked (the reporter says so in the post)'
  },
  {
    id: 'dev56-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'mdb-ml:tools mdb$ docker pull quay.io/repository/biocontainers/metawrap\nUsing default tag: latest\nError response from daemon: Get https://quay.io/v2/repository/biocontainers/metawrap/manifests/latest: name invalid: Nested repositories are not supported. Found: repository/biocontainers/metawrap',
    source: 'bxlab/metaWRAP#119',
    expected: 'not-a-login-failure',
    note: "The image name was copied from quay.io's web address (`/repository/…`); `docker pull quay.io/biocontainers/metawrap:1.1--0` worked. A bad image name, not a login"
  },
  {
    id: 'dev56-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Task cellranger_atac_mkfastq.run_cellranger_atac_mkfastq:NA:1 failed. The job was stopped before the command finished. PAPI error code 2. Execution failed: pulling image: docker pull: running ["docker" "pull" "gcr.io/sccloud-prod/cellranger-atac:1.0.1"]: exit status 1 (standard error: "Error response from daemon: pull access denied for gcr.io/sccloud-prod/cellranger-atac, repository does not exist or may require \'docker login\': denied: Permission denied for \\"1.0.1\\" from request \\"/v2/sccloud-prod/cellranger-atac/manifests/1.0.1\\".\\n")',
    source: 'lilab-bcb/cumulus#3',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'read-denied',
    note: "needs the thread: a Terra (Google Pipelines API) job pulling Cumulus's cellranger-atac image, private to Broad Institute members; the reporter is a Broad member whose Terra identity was not yet in the all_broad_users group, and the maintainer sent them to Terra support to be added. For a non-member the same text would be a private image (repository-not-found)"
  },
  {
    id: 'dev56-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: '~ docker pull gcr.io/broad-cga-aarong-gtex/rnaseqc:latest\nError response from daemon: Get https://gcr.io/v2/broad-cga-aarong-gtex/rnaseqc/manifests/latest: denied: Project broad-cga-aarong-gtex has been deleted.',
    source: 'getzlab/rnaseqc#91',
    expected: 'repository-not-found',
    note: 'The GCP project that held the RNA-SeQC image is deleted; the reporters built their own image. The text says so'
  },
  {
    id: 'dev56-acr-01',
    family: 'acr',
    host: 'pacbio.azurecr.io',
    text: 'Error response from daemon: Head "https://pacbio.azurecr.io/v2/pb-human-wgs-workflow/manifests/latest": error parsing HTTP 403 response body: unexpected end of JSON input: ""',
    source: 'PacificBiosciences/pb-human-wgs-workflow-wdl#80',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: PacBio's own registry had \"a temporary outage\" (the maintainer's words) and answered every pull with an empty 403 for days; service was restored without any change on the user's side. The text alone reads like a refusal"
  },
  {
    id: 'dev56-acr-02',
    family: 'acr',
    host: 'foo.azurecr.us',
    text: 'Unhandled exception: Docker.DotNet.DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Head \\"[https://foo.azurecr.us/v2/library/ubuntu/manifests/22.04\\":](https://foo.azurecr.us/v2/library/ubuntu/manifests/22.04/%22:) unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information."}',
    source: 'microsoft/ga4gh-tes#797',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: the GA4GH TES runner on Azure Government had a correctly configured managed identity but did not authenticate to the registry (an azurecr.us host) before the pull, so docker pulled with no credential; the maintainers labelled it a bug of the runner. INFERENCE: the stored thread shows no fix. The host `foo.azurecr.us` and the markdown link mangling are as posted; the stack trace after the first line is cut'
  },
  {
    id: 'dev56-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for ultimagenomics/dv_training, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'Ultimagen/healthomics-workflows#9',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the workflow referenced ultimagenomics/dv_training, which Docker Hub did not have (or held private); the maintainers fixed the image references in a release ("all docker issues were fixed in release v1.13.4")'
  },
  {
    id: 'dev56-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker: Error response from daemon: pull access denied for ncbihackathons/metadata-notebook, repository does not exist or may require 'docker login'",
    source: 'NCBI-Hackathons/RNA-Seq-in-the-Cloud#40',
    expected: 'repository-not-found',
    note: 'needs the thread: a typo in the README; the image is ncbihackathons/metadata, and the corrected command worked ("Thanks!"). The text alone also fits a private repository'
  },
  {
    id: 'dev56-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker: Error response from daemon: pull access denied for ont-assembly-polish, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'nanoporetech/ont-assembly-polish#26',
    expected: 'repository-not-found',
    case: 'official-image',
    note: "needs the thread: ont-assembly-polish is an image the project's Makefile builds locally; `docker run ont-assembly-polish` without building it sent docker to Docker Hub's library/ont-assembly-polish, which does not exist. INFERENCE: the maintainer only called it a docker issue"
  },
  {
    id: 'dev56-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: '> sudo docker pull kenjikamimoto126/celloracle_ubuntu:latest\nError response from daemon: manifest for kenjikamimoto126/celloracle_ubuntu:latest not found: manifest unknown: manifest unknown',
    source: 'morris-lab/CellOracle#137',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The image has no `latest` tag; the maintainer gave the tag 0.12.0 and updated the tutorial. The command and the error were posted as two inline code spans; their backticks are dropped'
  },
  {
    id: 'dev56-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ docker pull spacecade7/tutorial_11682_11683\nUsing default tag: latest\nError response from daemon: manifest for spacecade7/tutorial_11682_11683:latest not found: manifest unknown: manifest unknown',
    source: 'broadinstitute/gatk#6836',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "A GATK tutorial's image with no `latest` tag (the maintainers thought the image may be gone and pointed to broadinstitute/gatk:4.1.8.1). Docker Hub answers 'manifest unknown' for a repository it has, so the tag is what is missing"
  },
  {
    id: 'dev56-not-login-01',
    family: 'not-login',
    host: 'quay.io',
    text: 'docker.errors.NotFound: 404 Client Error for http+docker://localhost/v1.43/images/create?tag=4&fromImage=quay.io%2Fjupyterhub%2Fsingleuser: Not Found ("manifest for quay.io/jupyterhub/singleuser:4 not found: manifest unknown: manifest unknown")',
    source: 'jupyterhub/dockerspawner#504',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "DockerSpawner's tests after the move of the Jupyter images from Docker Hub to quay.io: the migration had copied tag 4.0 but not 4; the maintainer copied it and the tests passed"
  },
  {
    id: 'dev56-not-login-02',
    family: 'not-login',
    host: 'quay.io',
    text: 'Using default tag: latest\nError response from daemon: manifest for quay.io/biocontainers/bioconductor-genomeinfodbdata:latest not found',
    source: 'bioconda/bioconda-recipes#12496',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'BioContainers images carry version tags only; no `latest`'
  },
  {
    id: 'dev56-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for biocontainers/biopython:latest not found',
    source: 'BioContainers/containers#257',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The maintainer first said to give a version tag, then found some BioContainers images missing from Docker Hub for a while ("works now"); either way a tag the registry did not have, not a login'
  },
  {
    id: 'dev56-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull biocontainers/openms\nUsing default tag: latest\nError response from daemon: manifest for biocontainers/openms:latest not found',
    source: 'BioContainers/containers#152',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'OpenMS had no image (no `latest`) on Docker Hub because the automated build had failed; the maintainer pointed to quay.io/biocontainers/openms'
  },
  {
    id: 'dev56-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'singularity build bowtie2.simg docker://biocontainers/bowtie2\nINFO:    Starting build...\nFATAL:   While performing build: conveyor failed to get: Error reading manifest latest in docker.io/biocontainers/bowtie2: manifest unknown: manifest unknown',
    source: 'BioContainers/containers#382',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'BioContainers images have no `latest` tag; the reporter found the tags on quay.io. The second command of the post (a build from a local path) is cut'
  }
]

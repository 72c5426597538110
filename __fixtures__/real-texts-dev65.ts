/**
 * A sixty-fifth development set of real registry error texts ("dev65"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The sixty-fifth
 * development set"). Its direction: the images of healthcare, public-sector
 * and research-data software (FHIR tools, OHIF, DHIS2, HospitalRun, the
 * Community Health Toolkit, SORMAS, CKAN, Decidim, the European Environment
 * Agency, an ESA benchmark and the TimeEval framework it builds on). Sources
 * are GitHub issues and pull requests found with the search tool; none is a
 * source of an earlier set (the list of the 2752 earlier sources was checked
 * before each pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts)
 * compares every text with every earlier set, the sealed and blind ones
 * included, without printing them.
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

export const REAL_TEXTS_DEV65: readonly RealText[] = [
  {
    id: 'dev65-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Warning pull access denied for medblocks/openfhir, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'medblocks/openFHIR#133',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the reporter says `docker pull ghcr.io/medblocks/openfhir` gave this line (its wording names no host, as a compose pull of the bare name would) and asks for the GHCR package to be made public; no public image existed until PR #143 published one, pulled as ghcr.io/medblocks/openfhir:main (there is no latest tag). The text is the one line the post quotes in its prose'
  },
  {
    id: 'dev65-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/decidim/decidim:latest\nError response from daemon: Head "https://ghcr.io/v2/decidim/decidim/manifests/latest": denied: denied',
    source: 'decidim/docker#92',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'stale-login'],
    case: 'anonymous-pull',
    note: "needs the thread: an anonymous pull of Decidim's (civic-tech) image; a second user hit the same with the repository's own docker-compose, and the fix (decidim/docker PR #100, \"Closes #92\") moved the images to Docker Hub, so the GHCR package was not publicly readable. GHCR also answers a stale stored login with 'denied: denied', which the text alone cannot rule out"
  },
  {
    id: 'dev65-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.hpi.de',
    text: 'denied: access forbidden',
    source: 'kplabs-pl/ESA-ADB#36',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the ESA anomaly-detection benchmark, through TimeEval, pulls registry.gitlab.hpi.de/akita/i/iforest:latest, whose base image lives in a self-managed GitLab registry that is not public; the maintainers answered that the name is only inherited from TimeEval and the image is meant to be built locally, no access needed. The text is the one line the post quotes in its prose'
  },
  {
    id: 'dev65-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.hpi.de',
    text: ' > [internal] load metadata for registry.gitlab.hpi.de/akita/i/pyod:0.2.5:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to authorize: rpc error: code = Unknown desc = failed to fetch anonymous token: unexpected status: 403 Forbidden',
    source: 'TimeEval/TimeEval-algorithms#9',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: `docker build` of a TimeEval algorithm image whose FROM names the research group's GitLab registry, which does not serve outsiders; the maintainer's fix is to build and tag the base images (pyod:0.2.5 and below) locally first. The post quoted the BuildKit output with '> ' markdown prefixes, removed here; the progress lines before the error block are left out"
  },
  {
    id: 'dev65-ecr-01',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error response from daemon: Head "https://public.ecr.aws/v2/medic/cht-couchdb/manifests/4.10.0": proxyconnect tcp: dial tcp 192.168.65.1:3128: i/o timeout',
    source: 'medic/cht-core#9442',
    expected: 'registry-unreachable',
    note: "the Community Health Toolkit's docker helper could not pull its images from ECR Public: the daemon's HTTP proxy (192.168.65.1:3128, Docker Desktop's address) timed out before the registry answered. INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'dev65-gar-01',
    family: 'gar',
    host: 'europe-west3-docker.pkg.dev',
    text: 't3-docker.pkg.dev/amplus-data/common/ckan-datapusher-plus:v0.10.1": failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden\nfailed to resolve reference "europe-west3-docker.pkg.dev/amplus-data/common/ckan-solar:v0.10.1": failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
    source: 'keitaroinc/ckan-helm#68',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "a CKAN Helm chart's datapusher+ branch points at images in its authors' own Artifact Registry project (amplus-data); the cluster's anonymous token request is refused with 403, as Artifact Registry refuses one for a repository that is not public. The first line is cut at its start as posted. INFERENCE: the stored thread shows no reply. The pull is a cluster's (containerd wording), a direction earlier sets mined, but the thread is a CKAN one"
  },
  {
    id: 'dev65-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: " ! ohif_viewer Warning pull access denied for we...                      2.3s\nWARNING: Some service image(s) must be built from source by running:\n    docker compose build ohif_viewer\n1 error occurred:\n        * Error response from daemon: pull access denied for webapp, repository does not exist or may require 'docker login'",
    source: 'OHIF/Viewers#5128',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the OHIF viewer's Nginx-Dcm4chee recipe names a local image `webapp` that compose is meant to build (`docker compose build`), not pull; no such repository exists on Docker Hub. The compose progress lines of the other services are left out"
  },
  {
    id: 'dev65-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "! ohif_viewer Warning      pull access denied for webapp, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'OHIF/Viewers#4057',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure', 'missing-credentials'],
    note: "needs the thread: the OHIF viewer's OpenResty-Orthanc-Keycloak recipe; the reporter found that `webapp:latest` does not exist on Docker Hub: it is the image the recipe builds from the viewer's source. The text alone cannot tell a missing repository from a private one"
  },
  {
    id: 'dev65-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'vladignatov/fhir-viewer:latest' locally\ndocker: Error response from daemon: pull access denied for vladignatov/fhir-viewer, repository does not exist or may require 'docker login'.\nSee 'docker run --help'.",
    source: 'smart-on-fhir/fhir-viewer#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the SMART on FHIR viewer\'s README named a repository that does not exist (the image is smartonfhir/fhir-viewer); the maintainer confirmed and fixed the documentation ("That is exactly the case"). The reporter was logged in to Docker Hub'
  },
  {
    id: 'dev65-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Pulling postgres (hzibraunschweig/sormas-postgres:2.14.0)...\n2.14.0: Pulling from hzibraunschweig/sormas-postgres\nERROR: error pulling image configuration: received unexpected HTTP status: 522 Origin Connection Time-out',
    source: 'SORMAS-Foundation/SORMAS-Docker#154',
    expected: 'registry-unreachable',
    note: 'SORMAS (an epidemic-surveillance system) pulling from Docker Hub: the CDN that serves the image configuration blob answered Cloudflare\'s 522 (its origin timed out); the reporter found it fixed soon after ("prolly github problem"), a transient outage. The per-layer progress lines are left out'
  },
  {
    id: 'dev65-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Pulling pyramid (eeacms/corpus:latest)...\nERROR: Get https://registry-1.docker.io/v2/: net/http: TLS handshake timeout\nPulling pyramid (eeacms/corpus:latest)...\nERROR: Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'eea/eea.corpus#2',
    expected: 'registry-unreachable',
    note: "the European Environment Agency's text-corpus tool: two `docker-compose up -d` runs could not reach Docker Hub (a TLS handshake timeout, then a connection timeout). INFERENCE: the issue is open with no reply. The shell prompt line between the two runs is left out"
  },
  {
    id: 'dev65-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'PS C:\\Users\\glisiak> docker pull dhis2/dhis2-web\nUsing default tag: latest\nError response from daemon: manifest for dhis2/dhis2-web:latest not found',
    source: 'pgracio/dhis2-docker#29',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a DHIS2 (health information system) image pulled without a tag: the repository has no `latest`. The post wrapped the error line in markdown bold (`**`), removed here. INFERENCE: the stored thread shows no reply'
  },
  {
    id: 'dev65-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling couchdb (couchdb:1.7.1)...\nPulling repository docker.io/library/couchdb\nERROR: Tag 1.7.1 not found in repository docker.io/library/couchdb',
    source: 'HospitalRun/hospitalrun-server#118',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "HospitalRun's docker-compose on Docker 1.12.6-cs13: 'Pulling repository' is the old v1 protocol, to which that engine fell back; the tag existed (a maintainer pulled it at once) and was pointed at Docker engine issues. No credential is involved; a failed v2 endpoint behind the fallback is also defensible. INFERENCE: the stored thread shows no confirmed fix"
  }
]

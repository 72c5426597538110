/**
 * A sixty-sixth development set of real registry error texts ("dev66"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The sixty-sixth
 * development set"). Its direction was geospatial and mapping software's
 * images (GeoServer and kartoza, GeoNode, PostGIS, OSRM, GraphHopper,
 * TileServer GL, QGIS Server/Lizmap, GDAL, TerriaMap, WebODM…). Sources are
 * GitHub issues and pull requests found with the search tool; none is a
 * source of an earlier set (the list of the 2752 earlier sources was checked
 * before each pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts)
 * compares every text with every earlier set, the sealed and blind ones
 * included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines, shell prompts and trailing spaces
 * trimmed; notes say where more was done). A note starting "needs the
 * thread:" marks a label the text alone does not support; INFERENCE marks a
 * label where the stored thread shows no confirmed fix. Where the post
 * masked or left out the registry host, `host` is a placeholder of the same
 * family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV66: readonly RealText[] = [
  {
    id: 'dev66-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/project-osrm/osrm-backend:v6.0.0\nError response from daemon: Head "https://ghcr.io/v2/project-osrm/osrm-backend/manifests/v6.0.0": denied: denied',
    source: 'Project-OSRM/osrm-backend#7200',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: the OSRM backend image on GHCR is public; another user with the same failure fixed it with `docker logout ghcr.io` (a stored GHCR login breaking the anonymous pull); the reporter did not confirm, so partly INFERENCE. The shell prompt before `docker pull` is trimmed. GHCR's bare 'denied' alone also fits a private or missing package"
  },
  {
    id: 'dev66-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/terriajs/terriamap:0.0.8\nError response from daemon: Head "https://ghcr.io/v2/terriajs/terriamap/manifests/0.0.8": denied: denied',
    source: 'TerriaJS/TerriaMap#651',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'repository-not-found'],
    note: 'needs the thread: the TerriaMap image is public; the reporter found "my personal access token had expired", i.e. the docker login stored for ghcr.io held an expired PAT that broke a public pull. The command is quoted in the post\'s prose, the error in a quote block'
  },
  {
    id: 'dev66-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: Error: Status 403 trying to pull repository geodocker/geotrellis-jupyter: "{\\"error\\": \\"Permission Denied\\"}"',
    source: 'geodocker/geodocker-geotrellis-jupyter#9',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: docker-compose (2017, Docker Hub v1 wording) pulling geodocker/geotrellis-jupyter; the maintainer: "it is not published" (build it yourself). A 403 "Permission Denied" alone reads as a refused credential'
  },
  {
    id: 'dev66-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "pull access denied for degauss/geocoded_census_tracts, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'degauss-org/DeGAUSS#17',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'a wrong image name (the image has no "geocoded_" prefix); the reporter confirmed the mistake. The text is quoted inline in the post'
  },
  {
    id: 'dev66-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for graphhopper/graphhopper, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'IsraelHikingMap/graphhopper-docker-image-push#36',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'the maintainer: GraphHopper publishes no official image; the image is israelhikingmap/graphhopper (and version 1.0 was never built)'
  },
  {
    id: 'dev66-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'israelhikingmap/graphhhopper:latest' locally\ndocker: Error response from daemon: pull access denied for israelhikingmap/graphhhopper, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'IsraelHikingMap/graphhopper-docker-image-push#4',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'a typo in the name ("graphhhopper", three h); the reporter\'s edit says pulling the image by hand then worked. A blank line between the two lines is removed'
  },
  {
    id: 'dev66-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "! Image acugis/qcarta-tiles:21012026 pull access denied for acugis/qcarta-tiles, repository does not exist or may require 'docker login'",
    source: 'AcuGIS/QCarta#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'the issue title, as docker compose printed it; the maintainer then pushed the images to Docker Hub ("I have updated images and pushed to docker hub")'
  },
  {
    id: 'dev66-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: pull access denied for geonode/letsencrypt, repository does not exist',
    source: 'GeoNode/geonode-project#142',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'quoted in the post\'s prose, which cuts the line after "does not exist"; the maintainer: there is no such image on Docker Hub, the compose file builds it from the repository (the reporter pulled before building)'
  },
  {
    id: 'dev66-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling celery (my_geonode_django:latest)...\nERROR: pull access denied for my_geonode_django, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'GeoNode/geonode#7637',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: my_geonode_django is the project's own image that docker-build.sh builds; compose pulls it from Docker Hub only because the build did not produce it. INFERENCE: the stored thread has no answer (the same text in GeoNode/geonode-project#232 was fixed by a requirements.txt change, a build failure)"
  },
  {
    id: 'dev66-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: '404 Client Error: Not Found ("pull access denied for qfieldcloud-qgis, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied")',
    source: 'opengisch/QFieldCloud#671',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the `error` field of a failed QFieldCloud job (docker-py in the worker wrapper running the qfieldcloud-qgis image); that image is built locally by the self-hosted stack, so docker-py pulled a name no registry has. INFERENCE: no fix in the stored thread. The JSON escaping of the quotes is undone'
  },
  {
    id: 'dev66-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error response from daemon: Head "https://registry-1.docker.io/v2/chharding/touchterrain_jupyter/manifests/latest": unauthorized: incorrect username or password',
    source: 'ChHarding/TouchTerrain_jupyter_docker#11',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a pull of a public image that had worked for months; Docker Hub answering "incorrect username or password" to a pull means the stored Docker Hub login (Docker Desktop on Windows) was refused, not that the image needs one. INFERENCE: no fix in the stored thread. The post runs the prompt, the command and "Using default tag: latest" into one line before the error; only the error is kept'
  },
  {
    id: 'dev66-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: Service 'db' failed to build: error pulling image configuration: Get https://registry-1.docker.io/v2/library/postgres/blobs/sha256:ebbb2f3c01a6afd7755e9ef57ab118dcefa17b7894a29b819d480f6cd8bf21b4: net/http: TLS handshake timeout",
    source: 'WebODM/WebODM#96',
    expected: 'registry-unreachable',
    note: 'WebODM start on macOS (Docker Toolbox); the pull of postgres:9.5 timed out in the TLS handshake with the registry; the maintainer suggested retrying (a network problem)'
  },
  {
    id: 'dev66-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for snapsmaps, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'ShaneIsrael/Snapsmaps#18',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'the unqualified name snapsmaps (library/snapsmaps) does not exist; the maintainer: use shaneisrael/snapsmaps:v1.1.6 from Docker Hub'
  },
  {
    id: 'dev66-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for kartoza/geoserver:2.19.1 not found: manifest unknown: manifest unknown',
    source: 'kartoza/docker-geoserver#270',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the maintainer: that tag had not been published to Docker Hub yet'
  },
  {
    id: 'dev66-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: manifest for geonode/geoserver_data:2.24.2 not found: manifest unknown: manifest unknown.',
    source: 'GeoNode/geonode#12051',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the tag is published as 2.24.2-latest (the maintainer's fix); the closing period is the post's"
  },
  {
    id: 'dev66-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: for django  manifest for geonode/geonode:3.1 not found: manifest unknown: manifest unknown\nERROR: manifest for geonode/geonode:3.1 not found: manifest unknown: manifest unknown',
    source: 'GeoNode/geonode#6598',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'GeoNode 3.1 compose files naming a tag Docker Hub did not have; the terminal wrapped both lines with long runs of spaces, which are removed here'
  },
  {
    id: 'dev66-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling db (geonode/postgis:10)...\nERROR: manifest for geonode/postgis:10 not found',
    source: 'GeoNode/geonode-docker#14',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the maintainer: the postgis:10 image had not been built yet, and triggered the build'
  },
  {
    id: 'dev66-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling geoserver (waybarrios/geoserver:latest)...\nERROR: manifest for waybarrios/geoserver:latest not found',
    source: 'GeoNode/geonode-project#5',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'the template named an image tag Docker Hub did not have; the reporter built waybarrios/geoserver locally from its repository instead'
  },
  {
    id: 'dev66-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'Resolving "postgis/postgis" using unqualified-search registries (/etc/containers/registries.conf.d/999-podman-machine.conf)\nTrying to pull docker.io/postgis/postgis:17-3.5-alpine...\nError: choosing an image from manifest list docker://postgis/postgis:17-3.5-alpine: no image found in image index for architecture "arm64", variant "v8", OS "linux"',
    source: 'digitalfabrik/entitlementcard#2183',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'podman on an ARM Mac: the postgis/postgis image has no arm64 build; the PR pins linux/amd64'
  },
  {
    id: 'dev66-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: "Unable to find image 'mxdcodes/docker-staticmaps:latest' locally\nlatest: Pulling from mxdcodes/docker-staticmaps\ndocker: no matching manifest for linux/arm64/v8 in the manifest list entries.",
    source: 'dietrichmax/docker-staticmaps#23',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'the maintainer added an arm64 image to the build pipeline'
  },
  {
    id: 'dev66-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'Unable to find image \'3liz/qgis-map-server:ltr-rc\' locally\ndocker: Error response from daemon: failed to resolve reference "docker.io/3liz/qgis-map-server:ltr-rc": docker.io/3liz/qgis-map-server:ltr-rc: not found',
    source: '3liz/lizmap-docker-compose#98',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the maintainer: "The `ltr-rc` image has been restored on docker hub" (a missing tag)'
  },
  {
    id: 'dev66-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: '✘ Image geonode/geoserver_data:2.28.5-latest Error failed to resolve reference "docker.io/geonode/geoserver_data:2.28.5-latest": docker.io/geonode/geoserver...',
    source: 'GeoNode/geonode#14607',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'needs the thread: docker compose cut the line ("...") before the reason; the issue says the geoserver_data tag that the GeoNode 5.1.0 compose files name is missing from Docker Hub. INFERENCE: the stored thread shows no fix. The padding and the timing (0.9s) at the end of the line are trimmed'
  },
  {
    id: 'dev66-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: "Building django\nStep 1/9 : FROM geonode/geonode:2.10\nERROR: Service 'django' failed to build: manifest for geonode/geonode:2.10 not found",
    source: 'GeoNode/geonode#4636',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a contributor: the tags are published as geonode/geonode:GN-2.10, the Dockerfiles named 2.10'
  }
]

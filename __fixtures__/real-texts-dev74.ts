/**
 * A seventy-fourth development set of real registry error texts ("dev74"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The seventy-fourth
 * development set"). Its direction is scientific, engineering and EDA
 * software's images (Spack, OpenROAD and OpenLane, LAMMPS, GROMACS, ParaView,
 * ADflow, PyMAPDL, SageMath, WRF-Hydro, the CABLE land-surface model). Sources
 * are GitHub issues and pull requests found with the search tool; none is a
 * source of an earlier set (the list of the 2903 earlier sources was checked
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

export const REAL_TEXTS_DEV74: readonly RealText[] = [
  {
    id: 'dev74-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'urllib.error.HTTPError: HTTP Error 401: Failed to login to https://ghcr.io/v2/berquist/spack-gha-buildcache-example/blobs/uploads/: Unauthorized',
    source: 'spack/spack#41833',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: "needs the thread: `spack buildcache push` to an OCI build cache on GHCR whose mirror had no credentials (the `push: access_pair` block of the reporter's spack.yaml is commented out; the issue is titled 'cryptic error when required OCI credentials are missing'). The line is the one the reporter got after patching spack to push serially; the 401 on the upload alone would also fit a refused token"
  },
  {
    id: 'dev74-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Unable to find image \'ghcr.io/xbp-europe/sagemath-mcp:latest\' locally\ndocker: Error response from daemon: Head "https://ghcr.io/v2/xbp-europe/sagemath-mcp/manifests/latest": unauthorized',
    source: 'passagemath/passagemath#2840',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "INFERENCE: a maintainer's anonymous `docker run` of a SageMath MCP image a contributor had published; GHCR answers an anonymous pull of a private (or missing) package with 'unauthorized'. The stored thread shows no answer. The `docker run` command line before the error is cut"
  },
  {
    id: 'dev74-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/pyansys/mapdl:v22.2-ubuntu\n"Error response from daemon: denied"',
    source: 'ansys/pymapdl#2029',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: INFERENCE. The reporter was logged in to GHCR with their own account; the MAPDL images are licensed and published for authorised users only, and the `v22.2-ubuntu` tag had been dropped (the project's own PR #1922 says so). Either way no login the reporter had may read that name, which GHCR answers with 'denied'. The quotes are the reporter's"
  },
  {
    id: 'dev74-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '==> [2025-09-23-22:35:40.030121] SpackError: The following 4 errors occurred while pushing specs to the buildcache\n        gmake@4.4.1/romgf75: DetailedHTTPError: HEAD https://index.docker.io/v2/library/<account-id>.dkr.ecr.<AWS-REGION>.amazonaws.com/blobs/sha256:4634788b7cf29822d1013196c92c31c121b2294af082f33c364769607dd6d76e returned 401: Failed to login: Unauthorized',
    source: 'spack/spack#51352',
    expected: 'registry-mismatch',
    alsoAcceptable: ['repository-not-found'],
    note: 'INFERENCE: the build-cache mirror was `oci://<account-id>.dkr.ecr.<AWS-REGION>.amazonaws.com` with no repository path, so spack took the ECR host for an image name on Docker Hub (`index.docker.io/v2/library/<host>`) and pushed there, where the ECR credential means nothing; the fix is a mirror URL with a repository after the host. The stored thread shows no confirmed fix. The post masked the account and region (placeholder host); the three later error lines are cut'
  },
  {
    id: 'dev74-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'flow-scripts:latest' locally\ndocker: Error response from daemon: pull access denied for flow-scripts, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'The-OpenROAD-Project/OpenROAD-flow-scripts#1824',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'INFERENCE: OpenROAD-flow-scripts; `flow-scripts:latest` is a name only a local build creates, and the build had failed (cmake not found); a `docker login` the reporter tried did not help. The stored thread shows no confirmed fix. The `docker run` command line before the error is cut'
  },
  {
    id: 'dev74-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'openroad/flow-scripts:latest' locally\ndocker: Error response from daemon: pull access denied for openroad/flow-scripts, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'The-OpenROAD-Project/OpenROAD-flow-scripts#165',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "INFERENCE: the OpenROAD docs' 'verify installation' step named `openroad/flow-scripts`, an image the docs' own build step does not publish or tag under that name. The stored thread shows no confirmed fix. The prompt and `sudo docker run` line are cut"
  },
  {
    id: 'dev74-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'openroad/flow-ubuntu22.04-builder:latest' locally\ndocker: Error response from daemon: pull access denied for openroad/flow-ubuntu22.04-builder, repository does not exist or may require 'docker login'",
    source: 'The-OpenROAD-Project/OpenROAD-flow-scripts#3673',
    expected: 'repository-not-found',
    note: "The documentation's image name no longer exists on Docker Hub; the issue's own fix is to run `openroad/orfs` instead. The text is cut after `docker login'` as posted"
  },
  {
    id: 'dev74-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'openroad_app:latest' locally\nError response from daemon: pull access denied for openroad_app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'The-OpenROAD-Project/OpenLane#647',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "INFERENCE: OpenLane's `make build-openroad_app` ran `docker create openroad_app` before any image of that name was built locally, so docker looked it up on Docker Hub; the maintainer asked which checkout was used. The post's HTML entities (`&apos;`) are written as apostrophes; the make lines around it are cut"
  },
  {
    id: 'dev74-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for wrfhydro/nwm-training, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'NCAR/wrf_hydro_training#299',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'INFERENCE: the WRF-Hydro training image `wrfhydro/nwm-training:v2.0` the course recommends "does not appear to be active"; no answer in the stored thread. The triple quotes around the text are cut'
  },
  {
    id: 'dev74-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'STEP 3/10: COPY --from=openroad/yosys /install ./tools/install/yosys\n✔ docker.io/openroad/yosys:latest\nTrying to pull docker.io/openroad/yosys:latest...\nError: COPY --from=openroad/yosys: no stage or image found with that name',
    source: 'The-OpenROAD-Project/OpenROAD-flow-scripts#508',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "podman building the OpenROAD-flow-scripts Dockerfile directly: `openroad/yosys` is an image the project's build script builds locally, not one on Docker Hub; running the build script (with docker linked to podman) fixed it. The earlier STEP lines are cut"
  },
  {
    id: 'dev74-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'Using default tag: latest\nError response from daemon: manifest for lammps/lammps:latest not found: manifest unknown: manifest unknown',
    source: 'lammps/lammps#2877',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'LAMMPS on Docker Hub had no `latest` tag; a maintainer then pushed one. The prompt and `docker pull` line are cut'
  },
  {
    id: 'dev74-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Using default tag: latest\nError response from daemon: manifest for kitware/paraview:latest not found: manifest unknown: manifest unknown',
    source: 'Kitware/vtk-js#1528',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'ParaView\'s image has no `latest` tag; pulling a listed tag (`pv-master-egl-py3`) worked ("Thank you it works")'
  },
  {
    id: 'dev74-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull mdolab/public\nUsing default tag: latest\nError response from daemon: manifest for mdolab/public:latest not found: manifest unknown: manifest unknown',
    source: 'mdolab/adflow#100',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "ADflow (CFD): the image has no `latest` tag; the maintainer's answer is an explicit tag (`u18-gcc-ompi-latest`). The post's bold markers and its repeated PowerShell attempt are cut"
  },
  {
    id: 'dev74-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Step 4/12 : COPY --from=gromacs/gromacs:gmx-2021.5-cuda-10.1-sse2     /usr/local/cuda-10.1 /usr/local/cuda-10.1\ninvalid from flag value gromacs/gromacs:gmx-2021.5-cuda-10.1-sse2: manifest for gromacs/gromacs:gmx-2021.5-cuda-10.1-sse2 not found: manifest unknown: manifest unknown',
    source: 'bioexcel/gromacs-docker#19',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'INFERENCE: a GROMACS version bump whose multi-stage build copies from a tag (`gmx-2021.5-cuda-10.1-sse2`) that had not been pushed yet; the stored thread asks for suggestions and shows no confirmed fix'
  },
  {
    id: 'dev74-not-login-05',
    family: 'not-login',
    host: 'ghcr.io',
    text: '/usr/bin/docker --config /home/runner/work/_temp/.docker_1e0c0d80-271e-4427-8c9d-051ea785eef5 pull ghcr.io/access-nri/build-cable-intel2021.2.0-2024.06.21:latest\n  Error response from daemon: manifest unknown\n  Warning: Docker pull failed with exit code 1, back off 4.809 seconds before retry.',
    source: 'CABLE-LSM/CABLE#317',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The CABLE land-surface model's CI build image on GHCR was missing after a failed push on the image's side; a rerun once it had been pushed passed. A GitHub Actions job-container pull (a direction the brief asked to avoid where possible), kept for its climate-model subject"
  }
]

/**
 * The hundred-and-fifth development set ("dev105": GHCR (ghcr.io, and the old docker.pkg.github.com)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-fifth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV105: readonly RealText[] = [
  {
    id: 'dev105-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/coralogix/eng-concourse-resource-pagerduty-incident:v0.1.0\nError response from daemon: Head "https://ghcr.io/v2/coralogix/eng-concourse-resource-pagerduty-incident/manifests/v0.1.0": unauthorized',
    source: 'concourse/resource-types#71',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull; the package was private although its repository was public, and pulls worked once the author set it public (and ran docker logout ghcr.io). Copied from a review thread of the pull request.'
  },
  {
    id: 'dev105-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '# docker compose pull\n[+] pull 1/1\n ✘ Image ghcr.io/kreuzberg-dev/kreuzberg:latest Error Head "https://ghcr.io/v2/kreuzberg-dev/kreuzberg/manifests/latest": unauthorized\nError response from daemon: Head "https://ghcr.io/v2/kreuzberg-dev/kreuzberg/manifests/latest": unauthorized',
    source: 'xberg-io/xberg#314',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the reporter says the image cannot be pulled without logging in, i.e. the package is not public; INFERENCE: the stored thread shows no fix. The column padding and the duration (0.6s) at the end of the compose progress line are trimmed.'
  },
  {
    id: 'dev105-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/indeedeng/jfrog-container-webhook/manifests/main": denied',
    source: 'indeedeng/harbor-container-webhook#38',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: a pull of ghcr.io/indeedeng/jfrog-container-webhook reported on the harbor-container-webhook repository; the reporter only asks whether authentication is needed. INFERENCE: the package is either not published under that name or private; no answer in the stored thread.'
  },
  {
    id: 'dev105-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "docker run -d --network coolify --name q0os8ckcswggocs4so00wg4o --rm -v /root/.docker/config.json:/root/.docker/config.json:ro -v /var/run/docker.sock:/var/run/docker.sock ghcr.io/coollabsio/coolify-helper:1.0.0\nUnable to find image 'ghcr.io/coollabsio/coolify-helper:1.0.0' locally\ndocker: Error response from daemon: Head \"https://ghcr.io/v2/coollabsio/coolify-helper/manifests/1.0.0\": denied: denied.\nSee 'docker run --help'.",
    source: 'coollabsio/coolify#3496',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: coolify-helper is Coolify\'s public helper image, pulled on a host whose /root/.docker/config.json (mounted in the command) holds logins; GHCR\'s denied: denied for a public image is a stored ghcr.io login that no longer works. INFERENCE: the stored thread shows no fix. The post wrapped the URL in Markdown link syntax ("[https://…":](…%22:)); that syntax is removed.'
  },
  {
    id: 'dev105-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Pulling images.\n open-design Pulling \n open-design Error error from registry: unauthorized\nunauthorized\nError response from daemon: error from registry: unauthorized\nunauthorized',
    source: 'nexu-io/open-design#4645',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the text names no host; the compose file in the issue pulls ghcr.io/nexu-io/od (also tried with tag 0.11.0) with no login, so the package is not public. INFERENCE: no fix in the stored thread.'
  },
  {
    id: 'dev105-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/xxx/xxxx\nUsing default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/xxxx/xxxx/manifests/latest": unauthorized',
    source: 'coollabsio/coolify#4604',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'package-read-access',
    note: "needs the thread: just before, docker login ghcr.io with the user's personal access token printed Login Succeeded on the same server, so the credential is valid but may not read the package. INFERENCE: no fix in the stored thread. Names masked (xxx/xxxx) as posted."
  },
  {
    id: 'dev105-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: (HTTP code 500) server error - Head "https://ghcr.io/v2/omikronone/bubble/manifests/latest": unauthorized',
    source: 'caprover/caprover#1795',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the image was pushed by the repository's workflow with its GITHUB_TOKEN (a private package), and CapRover pulled it with no registry credential (an authToken in captain-definition is not one). INFERENCE: the stored thread shows no confirmed fix."
  },
  {
    id: 'dev105-ghcr-08',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'E0515 17:43:02.649210    9727 cache.go:129] Error downloading kic artifacts:  getting remote image: GET https://docker.pkg.github.com/v2/kubernetes/minikube/kicbase/manifests/v0.0.10: UNAUTHORIZED: GitHub Docker Registry needs login',
    source: 'kubernetes/minikube#8160',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "minikube's own fetch of its base image from the old GitHub Packages registry, which wanted a login even for public packages, went with no credential (the user's docker login was not used by it)."
  },
  {
    id: 'dev105-ghcr-09',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: "Your token has not been granted the required scopes to execute this query. The 'name' field requires one of the following scopes: ['repo'], but your token has only been granted the: ['read:packages'] scopes.",
    source: 'dita-ot/docs#281',
    expected: 'insufficient-scope',
    case: 'read-denied',
    note: "Quoted in a pull request's description (docs for pulling the project's image from docker.pkg.github.com, which the text does not name: host from the pull request). The token lacked the repo scope the old registry wanted for reads; the fix was a token with repo and read:packages."
  },
  {
    id: 'dev105-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: buildx bake failed with: ERROR: failed to solve: failed to push ghcr.io/home-operations/cni-plugins: denied: installation not allowed to Write organization package',
    source: 'home-operations/containers#792',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "A pull request from an external contributor (a fork): the job's GITHUB_TOKEN may not write the organization's package."
  },
  {
    id: 'dev105-ghcr-11',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: buildx failed with: ERROR: failed to solve: failed to push ghcr.io/eko5624/archlinux:latest: unexpected status from POST request to https://ghcr.io/v2/eko5624/archlinux/blobs/uploads/: 403 Forbidden',
    source: 'shinchiro/mpv-winbuild-cmake#393',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "Posted in a comment (a fork's workflow pushing to the user's own ghcr.io namespace); the answer given was packages: write for the GITHUB_TOKEN. INFERENCE: the stored thread does not show that it fixed it."
  },
  {
    id: 'dev105-ghcr-12',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#58 [auth] argoproj/argo-rollouts:pull,push token for ghcr.io\n#58 DONE 0.0s\n\n#52 exporting to image\n#52 pushing layers 0.9s done\n#52 ERROR: unexpected status: 403 Forbidden\n------\n > exporting to image:\n------\nerror: failed to solve: unexpected status: 403 Forbidden\nError: buildx failed with: error: failed to solve: unexpected status: 403 Forbidden',
    source: 'argoproj/argo-rollouts#1530',
    expected: 'insufficient-scope',
    note: 'A push refused with 403 after a pull,push token was issued: the write was refused. INFERENCE: the pull request (which disables the push) says the cause was yet to be determined.'
  },
  {
    id: 'dev105-ghcr-13',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Pulling \n Error Head "https://ghcr.io/v2/****/manifests/latest": unauthorized\nError response from daemon: Head "https://ghcr.io/v2/****/manifests/latest": unauthorized',
    source: 'moghtech/komodo#1025',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a private ghcr.io repository pulled from Komodo, whose GitHub account provider was configured; GHCR's unauthorized means no credential reached it. INFERENCE: the stored thread shows no fix. The repository path is masked (****) as posted."
  },
  {
    id: 'dev105-ghcr-14',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'github docker packages: code = Unknown desc = failed to copy: unexpected response: 500 Internal Server Error',
    source: 'docker/buildx#217',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "The issue's title (the log in its description is cut before the error line in the stored copy). A multi-platform buildx push to docker.pkg.github.com answered 500; INFERENCE: the old GitHub Packages registry did not take manifest lists, so not a credential failure."
  },
  {
    id: 'dev105-ghcr-15',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '/usr/bin/docker pull ghcr.io/enricomi/publish-unit-test-result-action:v2.3.0\nError response from daemon: received unexpected HTTP status: 500 Internal Server Error\nWarning: Docker pull failed with exit code 1, back off 9.478 seconds before retry.',
    source: 'EnricoMi/publish-unit-test-result-action#401',
    expected: 'registry-unreachable',
    note: "A GHCR outage seen by the Actions runner pulling a docker action's image. The second of three attempts, whose lines carry no Markdown link syntax; leading indentation dropped."
  },
  {
    id: 'dev105-ghcr-16',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'InvalidSpecError: Unable to generate manifests in charts/ciso-assistant: rpc error: code = Unknown desc = `sh -c helm dependency build` failed exit status 1: Error: could not download oci://ghcr.io/intuitem/helm-charts/ce/ciso-assistant/ciso-assistant-release: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aintuitem%2Fhelm-charts%2Fce%2Fciso-assistant%2Fciso-assistant-release%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'intuitem/ciso-assistant-community#1631',
    expected: 'repository-not-found',
    note: "needs the thread: the Chart.yaml dependency named the chart inside its repository URL, so helm asked for a repository path that does not exist; the reply gives the right form (repository without the chart name, chart ciso-assistant). INFERENCE: no confirmation in the stored thread. Argo CD's wrapping of the helm error, as posted."
  },
  {
    id: 'dev105-ghcr-17',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Saving 1 charts\nDownloading boring-registry from repo oci://ghcr.io/boring-registry/charts/boring-registry\nSave error occurred:  could not download oci://ghcr.io/boring-registry/charts/boring-registry/boring-registry: failed to perform "FetchReference" on source: GET "https://ghcr.io/v2/boring-registry/charts/boring-registry/boring-registry/manifests/0.16.1": GET "https://ghcr.io/token?scope=repository%3Aboring-registry%2Fcharts%2Fboring-registry%2Fboring-registry%3Apull&service=ghcr.io": response status code 403: denied: requested access to the resource is denied',
    source: 'boring-registry/boring-registry#257',
    expected: 'repository-not-found',
    note: 'needs the thread: the Chart.yaml gives repository oci://ghcr.io/boring-registry/charts/boring-registry and chart boring-registry, so helm asked for …/boring-registry/boring-registry, which does not exist. INFERENCE: the stored thread shows no fix. The final Error: line repeating the same is left out (cut in the stored copy).'
  },
  {
    id: 'dev105-ghcr-18',
    family: 'ghcr',
    host: 'ghcr.io',
    text: ' Error: could not retrieve list of tags for repository oci://ghcr.io/cloudpirates-io/helm-charts: GET "https://ghcr.io/v2/cloudpirates-io/helm-charts/redis/tags/list": GET "https://ghcr.io/token?scope=repository%3Acloudpirates-io%2Fhelm-charts%2Fredis%3Apull&service=ghcr.io": response status code 401: unauthorized: authentication required',
    source: 'CloudPirates-io/helm-charts#220',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: helm dependency update with no login; the maintainers had left the chart packages private and made them public.'
  },
  {
    id: 'dev105-ghcr-19',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '  Normal   Pulling    4s (x2 over 16s)  kubelet  Pulling image "ghcr.io/kthena/downloader:latest"\n  Warning  Failed     3s (x2 over 15s)  kubelet  Failed to pull image "ghcr.io/kthena/downloader:latest": Error response from daemon: Head "https://ghcr.io/v2/kthena/downloader/manifests/latest": denied\n  Warning  Failed     3s (x2 over 15s)  kubelet  Error: ErrImagePull',
    source: 'volcano-sh/kthena#486',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: an example manifest of the project names ghcr.io/kthena/downloader:latest, which the nodes (no pull secret) cannot read: not published under that name, or private. INFERENCE: the stored thread shows no fix. Pod events, the first lines left out.'
  },
  {
    id: 'dev105-ghcr-20',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Run docker/login-action@v1\n  with:\n    registry: ghcr.io\n    username: MobilityData\n    password: ***\n    ecr: auto\n    logout: true\n  env:\n    JAVA_HOME: /opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/11.0.15-10/x64\nLogging into ghcr.io...\nError: Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
    source: 'MobilityData/gtfs-realtime-validator#150',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: 'needs the thread: the workflow logged in with a personal access token that belonged to a former maintainer and was no longer valid; the fix (#151) replaced it with GITHUB_TOKEN. The password is masked (***) by Actions as posted; the post wrapped v2 in Markdown link syntax ("v[2](…)"), which is removed.'
  },
  {
    id: 'dev105-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Error: Error creating Service: googleapi: Error 400: spec.template.spec.containers[0].image: Expected an image path like [host/]repo-path[:tag and/or @digest], where host is one of [region.]gcr.io, [region-]docker.pkg.dev or docker.io but obtained ghcr.io/mattn/terraform-provier-ko-example/github.com/ko-build/terraform-provider-ko/cmd/test@sha256:1c084931f385ea9a5dabb8ed079c1633dbb509c21c9d292f53e551394ddac53a',
    source: 'ko-build/terraform-provider-ko#205',
    expected: 'not-a-login-failure',
    note: 'Cloud Run takes images only from gcr.io, Artifact Registry or Docker Hub; an image pushed to ghcr.io is refused by name, not by any credential.'
  },
  {
    id: 'dev105-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'skopeo delete docker://ghcr.io/organization/my-application@sha256:DOCKER-HASH-SHA256-IMAGE\n\nFATA[0001] Failed to delete /v2/organization/my-application/manifests/sha256:DOCKER-HASH-SHA256-IMAGE:\n{"errors":[{"code":"UNSUPPORTED","message":"The operation is unsupported."}]}\n (405 Method Not Allowed)',
    source: 'podman-container-tools/skopeo#1880',
    expected: 'not-a-login-failure',
    note: "GHCR does not take manifest deletes through the registry API (405 UNSUPPORTED): packages are deleted through GitHub's API or UI. Names and digest placeholders as posted. The search tool gives the repository as podman-container-tools/skopeo (containers/skopeo)."
  },
  {
    id: 'dev105-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Error adding/updating Helm repository: Error: looks like "oci://ghcr.io/organization/helm" is not a valid chart repository or cannot be reached: ghcr.io/organization/helm/index.yaml@: not found',
    source: 'dependabot/dependabot-core#12395',
    expected: 'not-a-login-failure',
    note: "Dependabot handled the OCI registry as a classic Helm repository and looked for an index.yaml, which an OCI registry does not have; the issue's title speaks of authentication, but the text refuses no credential. INFERENCE: the issue is open."
  },
  {
    id: 'dev105-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: failed to push ghcr.io/kwohlfahrt/etcdmon:pr-17: failed to copy: GET https://productionresultssa0.blob.core.windows.net/actions-cache/65d-285998874\n--------------------------------------------------------------------------------\nRESPONSE 403: 403 Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nERROR CODE: AuthenticationFailed\n--------------------------------------------------------------------------------',
    source: 'docker/build-push-action#1371',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: "The 403 is Azure blob storage's for the GitHub Actions cache (type=gha, a signed URL that expired during a 15-minute build), not GHCR's; the XML error body after these lines is trimmed."
  }
]

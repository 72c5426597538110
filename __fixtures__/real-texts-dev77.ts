/**
 * A seventy-seventh development set of real registry error texts ("dev77"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The seventy-seventh
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 3038
 * earlier sources was checked before each pick), and the hygiene test
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

export const REAL_TEXTS_DEV77: readonly RealText[] = [
  {
    id: 'dev77-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/ogen-go/ogen:latest' locally\ndocker: Error response from daemon: Head \"https://ghcr.io/v2/ogen-go/ogen/manifests/latest\": unauthorized.\nSee 'docker run --help'.",
    source: 'ogen-go/ogen#1092',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "the README's `docker run` of ogen (an OpenAPI code generator) without a login; the package was private, and the maintainers gave it public visibility (\"Image has public visibility now. Closing as fixed.\"). GHCR answers an anonymous pull of a private package with 'unauthorized'"
  },
  {
    id: 'dev77-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/vanszs/vansroute:latest' locally\ndocker: Error response from daemon: error from registry: denied\ndenied\nRun 'docker run --help' for more information",
    source: 'Vanszs/VansRouter#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the maintainer names two causes: the image name had a typo (vansroute for vansrouter) and no image had been published to GHCR yet. GHCR answers a name it does not have with 'denied'. The `docker run` command line before the text is left out"
  },
  {
    id: 'dev77-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/kiranshila/doplarr_rs/manifests/latest": denied',
    source: 'activexray/doplarr_rs#7',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the owner had renamed their GitHub account; GHCR does not redirect the old name, and the image is now ghcr.io/activexray/doplarr_rs (the README still named the old path)'
  },
  {
    id: 'dev77-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/finsys/hawser/manifests/latest": unauthorized',
    source: 'Finsys/hawser#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'INFERENCE: a `docker compose up` pull without a login; a commenter says the same image pulled "after he fixed the url", and the stored thread does not say whether the package was made public or its name fixed. The compose progress lines before the text are left out'
  },
  {
    id: 'dev77-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Pulling Docker image: ghcr.io/openclaw/openclaw:latest\nError response from daemon: error from registry: denied\nERROR: Failed to pull image ghcr.io/openclaw/openclaw:latest. Please check the image name and your access permissions.',
    source: 'openclaw/openclaw#78003',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: the image is public; the reporter fixed it with `docker logout ghcr.io` ("All I had to do was `docker logout ghcr.io`"), so a stored GHCR login broke the public pull. The first and last lines are the install script\'s own'
  },
  {
    id: 'dev77-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'denied: permission_denied: write_package',
    source: 'macbre/push-to-ghcr#26',
    expected: 'insufficient-scope',
    note: 'a push by the push-to-ghcr action that the reporter reproduces "by pushing to one that you only have read only access for": the credential may read the package, not write it. The issue quotes a second text ("The requested installation does not exist.", for an image not created yet), left out'
  },
  {
    id: 'dev77-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: failed to push ghcr.io/asfhyp3/asf-tools:0.8.4.dev57_g19e37f2: unexpected status from POST request to https://ghcr.io/v2/asfhyp3/asf-tools/blobs/uploads/: 403 Forbidden',
    source: 'ASFHyP3/asf-tools#288',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: "needs the thread: a workflow's push with the job token; a maintainer fixed it by adding the repository with write access in the package's settings, and suspects the workflow's missing `permissions:` (packages: write) too, which would be the github-token case"
  },
  {
    id: 'dev77-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Get "https://ghcr.io/v2/": EOF',
    source: 'nlmatics/nlm-ingestor#10',
    expected: 'registry-unreachable',
    note: 'INFERENCE: a plain `docker pull ghcr.io/nlmatics/nlm-ingestor:latest`; the connection to ghcr.io was closed before any answer (EOF), which points at the network or a proxy in between. The stored thread has no reply'
  },
  {
    id: 'dev77-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '> docker pull ghcr.io/ogham-mcp/ogham-mcp\nUsing default tag: latest\nError response from daemon: error from registry: unauthorized\nunauthorized',
    source: 'ogham-mcp/ogham-mcp#5',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'INFERENCE: an anonymous pull of the project\'s published image answered "unauthorized", GHCR\'s answer for a private package; the issue was closed with no reply in the stored thread'
  },
  {
    id: 'dev77-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker run --rm -it ghcr.io/k2m30/a9s:latest --demo\nUnable to find image \'ghcr.io/k2m30/a9s:latest\' locally\ndocker: Error response from daemon: Head "https://ghcr.io/v2/k2m30/a9s/manifests/latest": unauthorized.',
    source: 'k2m30/a9s#75',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "INFERENCE: the README's `docker run` without a login, answered 'unauthorized' (GHCR's answer for a private or unpublished package); the issue is closed as a bug with no fix in the stored thread"
  },
  {
    id: 'dev77-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Pulling repository quay.io/rossf7/microscaling\ndocker: Error: Status 403 trying to pull repository rossf7/microscaling: "{\\"error\\": \\"Permission Denied\\"}".',
    source: 'microscaling/microscaling#30',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the project's Marathon config named an out-of-date repository; the maintainer said it should be microscaling/microscaling (on Docker Hub) and fixed the config. An old docker client's v1 pull; Quay answered 403 for a repository it would not serve"
  },
  {
    id: 'dev77-harbor-01',
    family: 'harbor',
    host: '10.0.0.10',
    text: 'docker push: unauthorized: authentication required',
    source: 'goharbor/harbor#198',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'repository-not-found'],
    case: 'no-login',
    note: 'INFERENCE: the issue\'s title (the body holds Harbor\'s registry debug logs: a 401 to GET /v2/ with "authorization token required"); a 2016 Harbor at 10.0.0.10, the address from those logs. The stored thread shows no outcome; the wording says the push carried no credential Harbor took'
  },
  {
    id: 'dev77-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "##[error]ERROR: (RegistryErrorResponse) An error response is received from the docker registry 'index.docker.io'. Please retry later.",
    source: 'OpenAPITools/openapi-generator#19076',
    expected: 'rate-limited',
    alsoAcceptable: ['registry-unreachable', 'missing-credentials'],
    note: "INFERENCE: the wording is `az acr import`'s (in an Azure pipeline) copying openapitools/openapi-generator-online:v6.5.0 from Docker Hub into an Azure registry; Docker Hub refused ACR's anonymous import, which Docker Hub's pull limits do and which passing Docker Hub credentials to the import avoids. The issue is open with no fix; the target registry is not named, so `host` is a placeholder"
  },
  {
    id: 'dev77-generic-01',
    family: 'generic',
    host: 'registry.example.com',
    text: 'The push refers to a repository [{hidden}] (len: 1)\nunauthorized: access to the requested resource is not authorized',
    source: 'distribution/distribution#985',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: 'INFERENCE: a push to a self-run registry:2 with token authentication right after a successful `docker login`; the stored thread shows no outcome. The reporter masked the host (`host` is a placeholder); the layer progress lines are cut'
  },
  {
    id: 'dev77-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: pull access denied for realsimonmicro/pritunl-with-fake-api, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'simonmicro/Pritunl-Fake-API#8',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'the maintainer no longer publishes the image (Docker Hub ended free autobuilds), so the repository is gone; the reporter had tried logging in'
  },
  {
    id: 'dev77-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker: Error response from daemon: pull access denied for prusaslicer-novnc, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'helfrichmichael/prusaslicer-novnc#16',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'official-image',
    note: "the README's command named the image without its namespace, so docker looked for library/prusaslicer-novnc; the pull request adds the namespace. The text is quoted in the pull request's prose"
  },
  {
    id: 'dev77-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for jscottelblein/llc-docker, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'LinkStackOrg/linkstack-docker#27',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'INFERENCE: a contributor\'s first push of the image ("First time actually pushing an image anywhere"); the maintainer still could not pull after it, and the stored thread does not say whether the repository was private or the tag missing'
  },
  {
    id: 'dev77-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for swigg, repository does not exist or may require 'docker login'",
    source: 'NCBI-Codeathons/SWIGG#9',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'official-image',
    note: "the README's pull command named no namespace; the maintainer corrected it to `docker pull ncbicodeathons/swigg:0.0.1`"
  },
  {
    id: 'dev77-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: '1.19.1-3.fc27.x86_64: Pulling from vbatts/pandoc\nanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit.',
    source: 'opencontainers/distribution-spec#231',
    expected: 'rate-limited',
    note: 'an anonymous pull of vbatts/pandoc in a Travis build; "anyrequests" is as posted (toomanyrequests clipped); the issue points to the pull request that changed the build'
  },
  {
    id: 'dev77-docker-hub-06',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'Get https://index.docker.io/v1/repositories/ciscocloud/logstash/images: dial tcp 54.210.246.75:443: connection timed out',
    source: 'mantl/mantl#732',
    expected: 'registry-unreachable',
    note: 'the reporter confirmed it was their proxy ("The proxy log shows 404 error"; "was this related to your proxy issues?" "Yes")'
  },
  {
    id: 'dev77-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'error pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/0c/0ca58ca887d4b8150cfcbc0c488c2a278b040fdf07e3cf209df24565ab90fa82/data: net/http: TLS handshake timeout',
    source: 'swagger-api/swagger-ui#3048',
    expected: 'registry-unreachable',
    note: "pulling swaggerapi/swagger-ui with Docker Toolbox: the download from Docker Hub's storage CDN timed out in the TLS handshake. The URL's signed query string (Expires, Signature, Key-Pair-Id) is cut. Closed for inactivity"
  },
  {
    id: 'dev77-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'failed to copy: httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/mesosphere/toml-merge/manifests/sha256:34196a885e060148b7f2f7040a28241675eed47f524bf7a591d16b30cc6f0856: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'mesosphere/konvoy-image-builder#927',
    expected: 'rate-limited',
    note: 'a `crictl pull` during an image build; the text is cut out of one line of Ansible\'s JSON result (its stderr field), from "failed to copy" to the end of the server message'
  },
  {
    id: 'dev77-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'c3f261:16ee0604e20f4c52b65f97c1d5cafed4' locally\ndocker: Error response from daemon: pull access denied for c3f261, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'appleboy/scp-action#138',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "INFERENCE: the runner's own build of the action's image (a generated local tag) was not there when the step ran, so docker asked Docker Hub for a name nobody published; it happens now and then, and the maintainer only suggests the action's v1. No credential would help"
  },
  {
    id: 'dev77-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: '➜  ~ docker run -it swaggerapi/swagger-ui sh\nstandard_init_linux.go:211: exec user process caused "exec format error"',
    source: 'swagger-api/swagger-ui#5815',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'an amd64-only image run on a Raspberry Pi (armv7l); the issue asks for multi-architecture builds'
  },
  {
    id: 'dev77-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: "docker: Error response from daemon: failed to create endpoint kickass_wescoff on network bridge: COMMAND_FAILED: '/usr/sbin/iptables -w -t nat -A DOCKER -p tcp -d 0/0 --dport 80 -j DNAT --to-destination 172.17.0.2:8080 ! -i docker0' failed:.",
    source: 'swagger-api/swagger-editor#1114',
    expected: 'not-a-login-failure',
    note: "running swaggerapi/swagger-editor after a successful pull; the daemon's network setup failed, fixed by stopping docker, removing /var/lib/docker/network/files/local-kv.db and starting it again"
  },
  {
    id: 'dev77-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: "$ legit\nUnable to find image 'ghcr.io/aquanauts/legit-server:latest' locally\nlatest: Pulling from aquanauts/legit-server\ndocker: no matching manifest for linux/arm64/v8 in the manifest list entries.\nSee 'docker run --help'.",
    source: 'aquanauts/legit#1',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'the image was published for amd64 only and run on an arm64 host'
  },
  {
    id: 'dev77-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: '❯ docker pull ghcr.io/ifargle/headscale-webui:latest\nv0.5.5: Pulling from ifargle/headscale-webui\nmanifest unknown',
    source: 'iFargle/headscale-webui#59',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the tag named a manifest GHCR no longer had; the maintainer rebuilt and pushed the image ("Fixed (again)"). The tag line is as posted'
  },
  {
    id: 'dev77-not-login-05',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'v1.2.18: Pulling from sagan/ebweb\nmanifest unknown',
    source: 'sagan/EBWeb#5',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: '`sudo docker pull ghcr.io/sagan/ebweb:v1.2.18`; the maintainer pushed the image again and it pulled. The post is in Chinese; the text is the quoted output'
  },
  {
    id: 'dev77-not-login-06',
    family: 'not-login',
    host: 'ghcr.io',
    text: '% docker pull ghcr.io/snok/container-retention-policy:v3.0.0\nv3.0.0: Pulling from snok/container-retention-policy\nmanifest unknown',
    source: 'snok/container-retention-policy#117',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the tag's manifests had gone from GHCR (a repeat of an earlier issue); the maintainer restored them and asked GitHub support why they dropped"
  },
  {
    id: 'dev77-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'image operating system "linux" cannot be used on this platform',
    source: 'vatlab/sos#1025',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'a pull of a Linux image by docker on Windows (docker says this when its daemon runs Windows containers); the issue asks SoS to show this message instead of a bare "failed to pull image"'
  },
  {
    id: 'dev77-not-login-08',
    family: 'not-login',
    host: 'docker.14790897.xyz',
    text: '➜  openwrt docker pull docker.14790897.xyz/14790897/openwrt:86_64\nError response from daemon: manifest for docker.14790897.xyz/14790897/openwrt:86_64 not found: manifest unknown: manifest unknown',
    source: 'ciiiii/cloudflare-docker-proxy#90',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a pull through a Cloudflare Worker proxy of Docker Hub; the maintainer showed the same pull straight from Docker Hub fails alike (the tag is broken upstream), so neither the proxy nor a credential is the cause'
  }
]

/**
 * A sixty-third development set of real registry error texts ("dev63"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The sixty-third
 * development set"). Its direction: documentation and publishing toolchains'
 * images (Material for MkDocs and its Insiders image, Hugo images, Jekyll,
 * Asciidoctor, Sphinx, Pandoc, TeX Live and LaTeX images, Overleaf, Typst,
 * PlantUML, Mermaid, Vale, docs-preview targets). Sources are GitHub issues
 * and pull requests found with the search tool; none is a source of an
 * earlier set (the list of the 2752 earlier sources was checked before each
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

export const REAL_TEXTS_DEV63: readonly RealText[] = [
  {
    id: 'dev63-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/srl-labs/mkdocs-material-insiders:9.6.1-insiders-4.53.15-hellt' locally\ndocker: Error response from daemon: denied",
    source: 'srl-labs/containerlab#2622',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: `make serve-docs` runs a Material for MkDocs Insiders image the project keeps on GHCR; Insiders builds are private by licence, and the reporter's anonymous pull (curl: 404) was refused. GHCR answers a private or missing package with a bare 'denied'. INFERENCE: the stored thread shows no maintainer reply, only the closed state"
  },
  {
    id: 'dev63-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Step 1/3 : FROM ghcr.io/xu-cheng/texlive-full:latest\nlatest: Pulling from xu-cheng/texlive-full\nerror pulling image configuration: unknown blob',
    source: 'xu-cheng/latex-action#36',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the TeX Live image of a LaTeX action failed to pull its configuration blob; the maintainer called it an issue of the GitHub Container Registry and a retry worked ('Yup, works !'). Two 'Pulling fs layer' lines and the action's retry warning trimmed"
  },
  {
    id: 'dev63-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/actions/jekyll-build-pages/manifests/latest": Get "https://ghcr.io/token?scope=repository%3Aactions%2Fjekyll-build-pages%3Apull&service=ghcr.io": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
    source: 'actions/jekyll-build-pages#77',
    expected: 'registry-unreachable',
    note: 'the Jekyll build image of GitHub Pages; the token request to GHCR timed out during a GitHub incident the reporter linked (githubstatus)'
  },
  {
    id: 'dev63-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '/usr/bin/docker pull ghcr.io/ansie3045/texlive\nUsing default tag: latest\nError response from daemon: manifest unknown\nWarning: Docker pull failed with exit code 1, back off 5.137 seconds before retry.',
    source: 'ansie3045/Analysis1-KIT-WS23-24-Hundertmark#3',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "INFERENCE: a TeX Live image for a workflow that builds lecture-notes PDFs; GHCR has no `latest` for ghcr.io/ansie3045/texlive (the image had not been pushed, or not under that tag); the login step before it succeeded. The stored thread shows no fix. The preceding `docker login` line and the retries trimmed; a job-container pull, a direction earlier sets mined; the log's indentation trimmed"
  },
  {
    id: 'dev63-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'cache: Pulling from asciidoctor/asciidoctor\nno matching manifest for linux/amd64 in the manifest list entries',
    source: 'asciidoctor/docker-asciidoctor#223',
    expected: 'not-a-login-failure',
    note: "the `cache` tag on GHCR is BuildKit's build cache (cache-to), not an image; the maintainer found buildx pushes no image manifest for it, so no platform matches. The shell prompt trimmed"
  },
  {
    id: 'dev63-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/typst/typst:main' locally\ndocker: Error response from daemon: Head \"https://ghcr.io/v2/typst/typst/manifests/main\": unauthorized.\nSee 'docker run --help'.",
    source: 'typst/typst#800',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the Typst typesetting image had been published as a private package; the maintainers changed its visibility to public (after which `main` answered manifest unknown: `latest` was the tag). The command line trimmed'
  },
  {
    id: 'dev63-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '/usr/bin/docker pull ghcr.io/actions/jekyll-build-pages:v1.0.7\nError response from daemon: Get "https://ghcr.io/v2/actions/jekyll-build-pages/manifests/sha256:840c4f648f12baf6a7511c8270de78ac323b2f30924e7bd5db77bd1d6dedae27": Get "https://ghcr.io/token?scope=repository%3Aactions%2Fjekyll-build-pages%3Apull&service=ghcr.io": net/http: request canceled (Client.Timeout exceeded while awaiting headers)\nWarning: Docker pull failed with exit code 1, back off 7.87 seconds before retry.',
    source: 'actions/jekyll-build-pages#41',
    expected: 'registry-unreachable',
    note: "taken from a comment (the stored copy shows the issue's title, 'invalid docker token', but not its body); the Pages action pulling its Jekyll image timed out on GHCR's token endpoint during a GitHub incident. Later retries trimmed"
  },
  {
    id: 'dev63-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'docker pull quay.io/enterprisedb/cloud-native-docutils:mkdocs\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'cloudnative-pg/cloudnative-pg#184',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the README's MkDocs docs-build image was a private Quay repository of the vendor, missed when the project was open-sourced; the maintainers switched the instructions to a public mkdocs image. Quay answers a private or missing repository with this wording"
  },
  {
    id: 'dev63-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'sharelatex Error unauthorized: access to the requested resource is not authorized\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'yu-i-i/overleaf-cep#40',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the Overleaf Toolkit, set for Server Pro, pulled quay.io/sharelatex/sharelatex-pro (a licensed image that needs a Quay login); the reporter worked around it by pointing the toolkit at sharelatex/sharelatex. The text does not name the host; `host` is quay.io because that image lives there'
  },
  {
    id: 'dev63-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Pulling TeX Live images...\n  - quay.io/sharelatex/texlive-full:2023.1 download started (may take some time)\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'overleaf/overleaf#1252',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Overleaf's texlive-full images on Quay are proprietary (Server Pro only, as a maintainer says in overleaf/overleaf#983); the Community Edition toolkit tried to pull one for sandboxed compiles. The reporter got past it by starting the containers with `bin/docker-compose up -d`, which skips that pull. The toolkit's Mongo lines trimmed"
  },
  {
    id: 'dev63-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: '"message":"(HTTP code 404) no such container - No such image: quay.io/sharelatex/texlive-full:2017.1 "',
    source: 'overleaf/overleaf#983',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Overleaf's compile service asked the local docker daemon for a TeX Live image that was never pulled (the service does not pull); the maintainer said these texlive-full images are proprietary and not available to Community Edition tests. A 404 from the daemon, not the registry"
  },
  {
    id: 'dev63-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Pulling image: gcr.io/<project-id>/hugo\nUsing default tag: latest\nError response from daemon: manifest for gcr.io/<project-id>/hugo:latest not found',
    source: 'GoogleCloudPlatform/cloud-builders-community#120',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: the community Hugo builder must first be built and pushed to the user's own project ('I hadn't understood the need to locally build and push the image'); the post masked the project id as <project-id>, kept. A Cloud Build step, a direction earlier sets mined"
  },
  {
    id: 'dev63-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Unable to find image \'gcr.io/k8s-staging-sig-docs/k8s-website-hugo:v0.144.2-1d5bbea2c974\' locally\ndocker: Error response from daemon: manifest for gcr.io/k8s-staging-sig-docs/k8s-website-hugo:v0.144.2-1d5bbea2c974 not found: manifest unknown: Failed to fetch "v0.144.2-1d5bbea2c974"',
    source: 'kubernetes/website#56563',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the Kubernetes website's docs-preview target (`make container-serve`) pins a Hugo image tag the staging registry no longer holds. `make` lines trimmed"
  },
  {
    id: 'dev63-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'docker pull miktex/miktex\nUsing default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/miktex/miktex/manifests/latest: unauthorized: incorrect username or password',
    source: 'MiKTeX/docker-miktex#11',
    expected: 'stale-login',
    alsoAcceptable: ['email-as-username', 'invalid-credentials'],
    note: "needs the thread: the public MiKTeX image; the reporter's stored Docker Hub login was made with an email address, and Docker Hub refused it on an anonymous-capable pull. Fixed by signing out and logging in with the Docker ID"
  },
  {
    id: 'dev63-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "WARNING: Error loading config file: /Users/myusername/.docker/config.json: stat /Users/myusername/.docker/config.json: permission denied\nSending build context to Docker daemon   62.8MB\nStep 1/8 : FROM davekam/latreex_texlive\npull access denied for davekam/latreex_texlive, repository does not exist or may require 'docker login'",
    source: 'kamholz/latreex#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the base TeX Live image is the author's private Docker Hub repository; the maintainer pointed to its Dockerfile in the `texlive` folder to build it locally. The config.json warning (a root-owned file read by a non-root docker) is a side issue the reporter also posted. The text is from a comment; the `$ docker build` line trimmed"
  },
  {
    id: 'dev63-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: manifest for bitjourney/plantuml-service:latest not found',
    source: 'bitjourney/plantuml-service#46',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a PlantUML rendering service with no `latest` tag; pulling the version tag (1.3.5) worked'
  },
  {
    id: 'dev63-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Unable to find image 'mermaid-js/mermaid-live-editor:latest' locally\ndocker: Error response from daemon: pull access denied for mermaid-js/mermaid-live-editor, repository does not exist or may require 'docker login'.",
    source: 'mermaid-js/mermaid-live-editor#1616',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the Mermaid live editor is published as ghcr.io/mermaid-js/mermaid-live-editor, not on Docker Hub; the reporter had logged in ('Login Succeeded') and ran the name without its registry. INFERENCE: the stored thread shows only that `docker compose` (which builds) worked"
  },
  {
    id: 'dev63-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Error response from daemon: pull access denied for hunyadi/md2conf, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'hunyadi/md2conf#60',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: a Markdown-to-Confluence publishing tool whose README named a Docker Hub image that was not published; the maintainer answered with instructions to build the image locally'
  },
  {
    id: 'dev63-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Unable to find image 'jekyll:latest' locally\ndocker: Error response from daemon: pull access denied for jekyll, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'envygeeks/jekyll-docker#305',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: "needs the thread: the command named jekyll/jekyll:$JEKYLL_VERSION but docker looked up `jekyll:latest` (library/jekyll, which no image has): the namespace and tag were lost in the shell, and jekyll/minimal:3.8 pulled at once. INFERENCE on the exact cause. The preceding 'Login Succeeded' trimmed"
  },
  {
    id: 'dev63-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'docker pull sharelatex/sharelatex:latest\nError response from daemon: manifest for sharelatex/sharelatex:latest not found: manifest unknown: manifest unknown',
    source: 'overleaf/overleaf#1210',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Overleaf Community Edition's image lost its `latest` tag for a few days (a later comment: 'The latest-tag is now back'). The shell prompt trimmed"
  },
  {
    id: 'dev63-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "ERROR: pull access denied for ldap-overleaf-sl, repository does not exist or may require 'docker login'",
    source: 'smhaller/ldap-overleaf-sl#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: an Overleaf (ShareLaTeX) image with LDAP that the compose file names but nobody publishes; the fix is to run `make` to build it and point the compose file at the local `ldap-overleaf-sl:latest`'
  },
  {
    id: 'dev63-docker-hub-09',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: failed to resolve reference "docker.io/sharelatex/sharelatex:ext-ce": docker.io/sharelatex/sharelatex:ext-ce: not found',
    source: 'yu-i-i/overleaf-cep#111',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "the extended Overleaf CE image is built locally as `sharelatex/sharelatex:ext-ce`; Docker Hub has no such tag. The maintainer pointed to the prebuilt `overleafcep/sharelatex:<version>` instead. Compose's progress lines trimmed"
  },
  {
    id: 'dev63-docker-hub-10',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Pull access denied for forseti/generate_sphinx_docs, repository does not exist or may require 'docker login'",
    source: 'forseti-security/forseti-security#3183',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the website script builds a local Sphinx image `forseti/generate_sphinx_docs` and then runs it; without `jq` on the host the script's build step failed, so docker looked the name up on Docker Hub, where no such repository exists. Installing jq fixed it"
  },
  {
    id: 'dev63-not-login-01',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'pandoc: TOC.md: openBinaryFile: permission denied (Permission denied)',
    source: 'pandoc/dockerfiles#221',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'pandoc/latex run with the working directory mounted; pandoc inside the container could not read the file (the maintainer: add `-u $(id -u)`). Run with podman; the command line trimmed'
  },
  {
    id: 'dev63-not-login-02',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'jekyll 3.8.5 | Error: Permission denied @ dir_s_mkdir - /src/jekyll/_site',
    source: 'envygeeks/jekyll-docker#247',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "the issue's title, which is the error line of its log (the stored copy cuts the log before it): the jekyll/jekyll image could not create _site in the copied source"
  },
  {
    id: 'dev63-not-login-03',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'docker: Error response from daemon: failed to create shim: OCI runtime create failed: runc create failed: unable to start container process: exec: "/bin/vale": stat /bin/vale: no such file or directory: unknown.',
    source: 'vale-cli/vale#537',
    expected: 'not-a-login-failure',
    note: "the Vale prose-linter image v2.21.3 was published without its binary; the pull itself succeeded ('Downloaded newer image'). Fixed by a republished image"
  },
  {
    id: 'dev63-not-login-04',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'standard_init_linux.go:207: exec user process caused "no such file or directory"',
    source: 'vale-cli/vale#128',
    expected: 'not-a-login-failure',
    note: "the jdkato/vale image's binary could not be executed; fixed by a later image"
  },
  {
    id: 'dev63-not-login-05',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'WARN  Failed to write jsconfig.json: open /src/assets/jsconfig.json: permission denied\nTotal in 1265 ms\nError: error building site: mkdir /src/resources/_gen/assets/sass: permission denied',
    source: 'Florin-Lungu/docker-hugo#163',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'a Hugo image that began running as a non-root user could not write into the mounted site on the CI runner; the text is from a comment (the hugo version line, a deprecation warning and the ONBUILD error trimmed)'
  },
  {
    id: 'dev63-not-login-06',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'latest: Pulling from tianon/markdownfmt\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'docker-library/docs#2427',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'the Markdown formatter the official-images docs use had no arm64 image; the maintainer published one'
  },
  {
    id: 'dev63-not-login-07',
    family: 'not-login',
    host: 'ghcr.io',
    text: "error::Program               :: System.UnauthorizedAccessException: Access to the path '/app/elastic' is denied.\n ---> System.IO.IOException: Permission denied",
    source: 'elastic/docs-builder#1544',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "Elastic's docs-builder image (ghcr.io/elastic/docs-builder) started and then could not create a folder inside the container; the reporter asked which registry access was missing, but none was. The .NET stack frames trimmed"
  },
  {
    id: 'dev63-not-login-08',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'HUGO_WATCH: false\nHUGO_REFRESH_TIME: -1\nHUGO_THEME:\nHUGO_BASEURL\nARGS\nHugo path: /usr/local/sbin/hugo\nBuilding one time...\n/run.sh: line 30: /usr/local/sbin/hugo: not found',
    source: 'jojomi/docker-hugo#46',
    expected: 'not-a-login-failure',
    note: "the jojomi/hugo:0.43 image shipped an extended Hugo binary that Alpine's libc could not load; the maintainer reverted to the basic binary. The command line trimmed"
  },
  {
    id: 'dev63-not-login-09',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'hugo  | Error: failed to download modules: binary with name "go" not found',
    source: 'klakegg/docker-hugo#77',
    expected: 'not-a-login-failure',
    note: "the klakegg/hugo image has no Go toolchain, which Hugo modules need; nothing registry-related although it says 'download'. Compose's pull lines trimmed"
  },
  {
    id: 'dev63-not-login-10',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Building sites … ERROR 2018/10/16 16:03:53 Failed to get JSON resource https://api.twitter.com/1/statuses/oembed.json?id=962380712027590657&dnt=false: Get https://api.twitter.com/1/statuses/oembed.json?id=962380712027590657&dnt=false: x509: certificate signed by unknown authority',
    source: 'klakegg/docker-hugo#4',
    expected: 'not-a-login-failure',
    note: 'Hugo inside the Alpine image fetched a tweet embed and could not verify its certificate: the image lacked ca-certificates (the reporter added them). A certificate error of the site build, not of a registry'
  },
  {
    id: 'dev63-not-login-11',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Package minted Error: Failed to load latexminted configuration: Permission error prevented access to config file "/tmp/.config/latexminted/.latexminted_config".',
    source: 'yu-i-i/overleaf-cep#131',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'INFERENCE: a LaTeX compile in an Overleaf sandboxed-compile container (a TeX Live image pulled from Docker Hub, another suggested from GHCR) could not read a config file; the thread points at the TeX Live image, with no confirmed fix'
  },
  {
    id: 'dev63-not-login-12',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Error loading shared library libresolv.so.2: No such file or directory (needed by /usr/bin/hugo)\nError relocating /usr/bin/hugo: __res_search: symbol not found',
    source: 'chabad360/hugo-gh-pages#24',
    expected: 'not-a-login-failure',
    note: "INFERENCE: a Hugo-to-GitHub-Pages action's Alpine image downloaded a newer Hugo binary that needs glibc's libresolv; the download lines before it trimmed; no fix in the stored thread"
  },
  {
    id: 'dev63-not-login-13',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: '/run.sh: line 67: hugo: not found',
    source: 'klakegg/docker-hugo#1',
    expected: 'not-a-login-failure',
    note: 'the first extended-Hugo Alpine images of klakegg/hugo could not run the glibc-linked binary; the maintainer added Debian and Ubuntu variants and then an Alpine workaround'
  }
]

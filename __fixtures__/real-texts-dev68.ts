/**
 * A sixty-eighth development set of real registry error texts ("dev68"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The sixty-eighth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool, in the web frameworks' and headless CMSs' direction
 * (Symfony Docker and FrankenPHP, Sylius, Craft CMS, Strapi, Directus, Ghost,
 * Elixir/Phoenix release images) and, where that direction ran dry, threads
 * of no direction an earlier set mined; none is a source of an earlier set
 * (the list of the 2752 earlier sources was checked before each pick), and
 * the hygiene test (__fixtures__/real-texts-hygiene.ts) compares every text
 * with every earlier set, the sealed and blind ones included, without
 * printing them.
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

export const REAL_TEXTS_DEV68: readonly RealText[] = [
  {
    id: 'dev68-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '[+] Running 2/2\n ✘ server Error Head "[https://ghcr.io/v2/rit-services/spirex-server/manifests/latest](https://ghcr.io/v2/rit-services/spirex-server/manifests/latest)": unauthorized\n ! frontend Interrupted\nError response from daemon: Head "[https://ghcr.io/v2/rit-services/spirex-server/manifests/latest](https://ghcr.io/v2/rit-services/spirex-server/manifests/latest)": unauthorized',
    source: 'Rit-Services/Spirex#12',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: an anonymous pull following the README's quick start, which calls the images public; GHCR answers 'unauthorized' to an anonymous pull of a package that is private or missing. INFERENCE: the issue is open with no answer. The URLs are copied as posted (the post pasted them as markdown links)"
  },
  {
    id: 'dev68-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker: Error response from daemon: Head "https://ghcr.io/v2/noslate-project/noslate-demo/manifests/0.0.1": denied.',
    source: 'noslate-project/noslate#50',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the text is the issue's title (the body shows it only in a screenshot). The reporter found https://ghcr.io/v2/noslate-project/noslate-demo answering 404; a maintainer answered 'fixed.' the same day, which fits a package that was not yet public. INFERENCE: the thread does not say what was changed"
  },
  {
    id: 'dev68-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker run -d --name streamdock --network host --restart unless-stopped ghcr.io/limmer55/streamdock:latest\nUnable to find image \'ghcr.io/limmer55/streamdock:latest\' locally\ndocker: Error response from daemon: Head "https://ghcr.io/v2/limmer55/streamdock/manifests/latest": unauthorized.',
    source: 'limmer55/streamdock#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: an anonymous docker run of the project's image; the maintainer answered 'fixed :)' within the hour and asked to try again, which fits a package that had been left private. INFERENCE: the thread does not say what was changed"
  },
  {
    id: 'dev68-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Pulling borg-server ... error\n\nERROR: for borg-server  Head "https://ghcr.io/v2/b3vis/borg-server/manifests/latest": denied\nERROR: Head "https://ghcr.io/v2/b3vis/borg-server/manifests/latest": denied',
    source: 'grantbevis/borg-server#10',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the maintainer renamed his GitHub account, so the package moved from ghcr.io/b3vis/ to ghcr.io/grantbevis/; the reporter fixed it by using the new namespace. GHCR answers a name it does not have with 'denied'"
  },
  {
    id: 'dev68-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/dubo-dubon-duponey/spotify/manifests/latest": unauthorized',
    source: 'dubo-dubon-duponey/docker-spotify#13',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the README named ghcr.io/dubo-dubon-duponey/spotify while the published image is another name (the reporter asked for the README to name the Docker Hub image dubodubonduponey/librespot); the pull is anonymous. INFERENCE: the stored thread ends before a confirmed fix. The compose progress line before it is trimmed'
  },
  {
    id: 'dev68-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/gbbirkisson/spis:latest\nError response from daemon: manifest unknown',
    source: 'gbbirkisson/spis#56',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the package exists but had no 'latest' tag; the maintainer pushed one ('Fixed, you can now pull the latest image')"
  },
  {
    id: 'dev68-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'docker-compose pull \nPulling mysql   ... done\nPulling php     ... error\nPulling nodejs  ... error\nPulling nginx   ... error\nPulling mailhog ... done\n\nERROR: for nginx  unauthorized: access to the requested resource is not authorized\n\nERROR: for php  unauthorized: access to the requested resource is not authorized\n\nERROR: for nodejs  unauthorized: access to the requested resource is not authorized\nERROR: unauthorized: access to the requested resource is not authorized\nunauthorized: access to the requested resource is not authorized\nunauthorized: access to the requested resource is not authorized',
    source: 'Sylius/Sylius-Standard#337',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: Sylius-Standard's docker-compose named quay.io/sylius/php, nodejs and nginx images that were no longer public on Quay; the fix in the sibling threads was to build the images locally. Quay answers an anonymous pull of a private or missing repository with 'unauthorized'. The text is a comment in the thread (the shell prompt before the command is trimmed). INFERENCE for this thread"
  },
  {
    id: 'dev68-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR: for php  unauthorized: access to the requested resource is not authorized\n\nERROR: for nginx  unauthorized: access to the requested resource is not authorized\n\nERROR: for nodejs  unauthorized: access to the requested resource is not authorized',
    source: 'Sylius/Sylius-Standard#552',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the quay.io/sylius/* images named by the compose file were not readable anonymously; `docker login quay.io` did not help, and the reporter fixed it by updating the Dockerfile and docker-compose.yml so that the images are built locally'
  },
  {
    id: 'dev68-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'docker login -u username -p passwod harborurl\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: login attempt to https://harborurl/v2/ failed with status: 401 Unauthorized',
    source: 'goharbor/harbor#21676',
    expected: 'login-locked-out',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the login fails only sometimes from CI runners; a Harbor maintainer explains that a pipeline still using an old credential makes Harbor lock the user, and during the lock even the right password gets 401. INFERENCE: the reporter did not confirm. The post masked the host as 'harborurl' (kept in the text); host is a placeholder"
  },
  {
    id: 'dev68-ecr-01',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: '$ docker pull public.ecr.aws/nginx/nginx:1.20.0\nError response from daemon: manifest for public.ecr.aws/nginx/nginx:1.20.0 not found: manifest unknown: Requested image not found',
    source: 'nginx/docker-nginx#545',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the tag was missing from ECR Public because of a broken publishing script; the maintainer fixed the script and pushed the images'
  },
  {
    id: 'dev68-ecr-02',
    family: 'ecr',
    host: '546150905175.dkr.ecr.us-west-2.amazonaws.com',
    text: "docker pull 546150905175.dkr.ecr.us-west-2.amazonaws.com/kinesis-video-producer-sdk-cpp-amazon-linux:latest\n\nError response from daemon: pull access denied for 546150905175.dkr.ecr.us-west-2.amazonaws.com/kinesis-video-producer-sdk-cpp-amazon-linux, repository does not exist or may require 'docker login'",
    source: 'awslabs/amazon-kinesis-video-streams-producer-sdk-cpp#107',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the reporter had just logged in to the vendor's registry with `aws ecr get-login --registry-ids 546150905175` and the raspberry-pi image of the same registry pulls, so the credential works; the issue is titled 'Amazon Linux ECR image is not available anymore'. INFERENCE: the stored thread is cut before the maintainer's answer"
  },
  {
    id: 'dev68-gar-01',
    family: 'gar',
    host: 'us-east1-docker.pkg.dev',
    text: 'gateway Warning manifest for us-east1-docker.pkg.dev/firezone-staging/firezone/debug/gateway:main not found: manifest unknown: Failed to fetch "main"\n download.httpbin Warning manifest for us-east1-docker.pkg.dev/firezone-staging/firezone/debug/http-test-server:main not found: manifest unknown: Failed to fetch "main"\nWARNING: Some service image(s) must be built from source by running:\n    docker compose build gateway download.httpbin relay-2 client',
    source: 'firezone/firezone#4122',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "docker compose pull of the project's development compose file: the debug images are not published under that tag and compose says they must be built from source. A comment in the thread; the other services' 'Pulling'/'Pulled' lines and two of the four warnings are trimmed"
  },
  {
    id: 'dev68-generic-01',
    family: 'generic',
    host: 'localhost:5000',
    text: 'The push refers to a repository [localhost:5000/admin/alpine]\n60ab55d3379d: Preparing\nunauthorized: authentication required',
    source: 'mkuchin/docker-registry-web#72',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: "needs the thread: a registry:2 behind docker-registry-web's token service; the reporter pushed with `docker push -p admin ...` (push takes no password) and says he is 'doing something fundamentally wrong': nothing shows a docker login to localhost:5000 before the push. INFERENCE: no fix is confirmed in the stored thread"
  },
  {
    id: 'dev68-generic-02',
    family: 'generic',
    host: 'dockerhub.dcso.de',
    text: 'Pulling misp-redis (dockerhub.dcso.de/misp-dockerized-redis:5-alpine3.9)...\nERROR: manifest for dockerhub.dcso.de/misp-dockerized-redis:5-alpine3.9 not found',
    source: 'DCSO/MISP-dockerized#62',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the vendor's registry did not have the tag the compose file named; the maintainer published it ('It should be fixed') and the pull worked"
  },
  {
    id: 'dev68-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "pull access denied for app-php, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'dunglas/symfony-docker#788',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: in the Symfony Docker template app-php is a local-only image name that compose builds; it is never published, so pulling it fails, and the maintainer's answer is to build it (`docker compose build --no-cache --pull`)"
  },
  {
    id: 'dev68-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "! php Warning pull access denied for app-php, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'dunglas/symfony-docker#664',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a warning from `docker compose up --pull always` in the Symfony Docker template; app-php is a local-only name that compose builds, and the maintainer says the warning can safely be ignored'
  },
  {
    id: 'dev68-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Pulling nginx (skilgarriff/craft-nginx:latest)...\nPulling repository docker.io/skilgarriff/craft-nginx\nERROR: Error: image skilgarriff/craft-nginx:latest not found',
    source: 'gabrielmoreira/craftman#10',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: craftman's compose file named a Craft CMS nginx image that its owner had removed from Docker Hub (the same image fails in kilpatty/docker-craft#1); an old docker client's wording. INFERENCE: the thread shows no fix; the lines before the pull are trimmed"
  },
  {
    id: 'dev68-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: Error: image skilgarriff/craft-nginx:dev not found',
    source: 'kilpatty/docker-craft#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: `docker-compose up` of a Craft CMS stack whose nginx image had been removed from Docker Hub by its owner (the same image fails in gabrielmoreira/craftman#10). INFERENCE: no answer in the thread'
  },
  {
    id: 'dev68-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Get https://registry-1.docker.io/v2/nanoninja/php-fpm/manifests/latest: unauthorized: incorrect username or password',
    source: 'nanoninja/docker-nginx-php-mysql#17',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: the image is public and the project asks for no login (the maintainer asks why a username and password would be needed); Docker Hub refuses a pull with this wording when the docker config holds a wrong stored login. INFERENCE: the thread shows no fix'
  },
  {
    id: 'dev68-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'ERROR: Get https://registry-1.docker.io/v2/library/cassandra/manifests/3.11.1: unauthorized: incorrect username or password',
    source: 'Minds/minds#115',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a pull of the official cassandra image, which needs no login, refused for the stored Docker Hub login. INFERENCE: the thread only links a commit and asks to keep the issue open; the compose lines before it are trimmed'
  },
  {
    id: 'dev68-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "pull access denied for sales-api-amd64, repository does not exist or may require 'docker login'",
    source: 'ardanlabs/service#51',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: `make up` of the service starter kit expects the sales-api image to have been built locally first; the reporter confirmed 'that was it' after the maintainers' answer. INFERENCE on what the answer was (the stored thread does not quote it)"
  },
  {
    id: 'dev68-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "✘ varnish Error  pull access denied for d2s-varnish, repository does not exist or may require 'docker login' ",
    source: 'gdslab/data-to-science#289',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the quickstart compose file named local image names instead of the published ones; the maintainers fixed the compose file and the reporter confirmed. Trailing space kept as posted'
  },
  {
    id: 'dev68-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull strapi/strapi:3.2.3\nError response from daemon: pull access denied for strapi/strapi, repository does not exist or may require 'docker login'",
    source: 'strapi/strapi#25031',
    expected: 'repository-not-found',
    note: 'needs the thread: the deprecated official Strapi v3 image is no longer on Docker Hub (Strapi stopped building images and the issue was closed as will-not-fix); the command line is the one the post puts in its code block'
  },
  {
    id: 'dev68-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull ghost\nUsing default tag: latest\nlatest: Pulling from library/ghost\nmanifest for ghost:latest not found: manifest unknown: manifest unknown',
    source: 'TryGhost/docker-library-ghost#427',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    case: 'manifest-unknown',
    note: "needs the thread: other tags of the official Ghost image failed the same way for several users at once (also from Unraid and Coolify), a Docker Hub side problem with the library images that day, not the tag or a login. INFERENCE on the cause: the stored thread shows no maintainer's statement"
  },
  {
    id: 'dev68-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Step 1/7 : FROM bitwalker/alpine-elixir:1.9.1 as build\nmanifest for bitwalker/alpine-elixir:1.9.1 not found',
    source: 'bitwalker/alpine-elixir#44',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the Elixir release image's 1.9.1 build had been pushed only as latest; the maintainer pushed the tag. The post wraps each line in backticks (removed)"
  },
  {
    id: 'dev68-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker build .\nSending build context to Docker daemon  2.353MB\nStep 1/2 : FROM bitwalker/alpine-elixir:1.7.4\nmanifest for bitwalker/alpine-elixir:1.7.4 not found',
    source: 'bitwalker/alpine-elixir#28',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the 1.7.4 tag was never built on Docker Hub (only latest was updated); the maintainer pushed it'
  },
  {
    id: 'dev68-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull elixir:1.6.4-alpine\n1.6.4-alpine: Pulling from library/elixir\nno matching manifest for linux/amd64 in the manifest list entries',
    source: 'c0b/docker-elixir#61',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "the official Elixir tag's manifest list briefly held only ppc64le and s390x images; it worked again the same day"
  },
  {
    id: 'dev68-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull elixir:1.16.2-slim\n1.16.2-slim: Pulling from library/elixir\nno matching manifest for linux/amd64 in the manifest list entries',
    source: 'erlef/docker-elixir#94',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'the new official Elixir tag was published before its amd64 build; the missing architectures appeared hours later'
  },
  {
    id: 'dev68-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'No matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'MobMin/digital_atlas#37',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: '`docker compose up -d --build` of a PHP site on an Apple M1: an image of the stack has no arm64 build'
  },
  {
    id: 'dev68-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'manifest for dustinupdyke/ghosts:7.0.40 not found: manifest unknown',
    source: 'cmu-sei/GHOSTS#221',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the compose file named a tag that had not been pushed yet; the maintainer pushed it and the reporter used a newer tag'
  },
  {
    id: 'dev68-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for directus/directus:latest not found: manifest unknown: manifest unknown',
    source: 'directus/docker#102',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Directus's image had no latest tag at the time (closed as a duplicate of the thread about the missing tag)"
  },
  {
    id: 'dev68-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: 'sudo docker pull directus/directus:latest\nTrying to pull repository docker.io/directus/directus ...\nmanifest for docker.io/directus/directus:latest not found',
    source: 'directus/directus#18776',
    expected: 'not-a-login-failure',
    note: "needs the thread: the tag exists and pulls elsewhere; the reporter's old distribution docker (its 'Trying to pull repository' wording) pulls 10.1 but not latest, which fits a client that cannot read the newer image index. INFERENCE: the maintainer suspected the network and the thread shows no fix"
  },
  {
    id: 'dev68-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: manifest for wolfulus/directus-api:latest-alpha not found',
    source: 'directus/docker#18',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a compose file committed by mistake named an unpublished tag; the maintainer pointed to the examples folder, which worked'
  },
  {
    id: 'dev68-not-login-11',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull sameersbn/gitlab:11.5.5\nError response from daemon: manifest for sameersbn/gitlab:11.5.5 not found',
    source: 'sameersbn/docker-gitlab#1822',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the tag was pulled before it had been published (a few hours after the release); it is an image of GitLab on Docker Hub, not GitLab's registry"
  },
  {
    id: 'dev68-not-login-12',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: manifest for sameersbn/gitlab:13.9.4 not found: manifest unknown: manifest unknown',
    source: 'sameersbn/docker-gitlab#2326',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the new tag was not yet published; the reporter thanks the maintainers once it was'
  }
]

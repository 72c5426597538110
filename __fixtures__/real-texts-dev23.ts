/**
 * A twenty-third development set of real registry error texts ("dev23"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The twenty-third
 * development set"). Unlike the earlier sets, its sources are public web
 * pages found with the search tool's `pages` corpus (personal blogs, Qiita
 * and Hatena posts, a Kiwix copy of a Stack Overflow question, a vendor's
 * knowledge-base article), not GitHub issues; none is a source of an
 * earlier set (the list of the 1489 earlier sources was checked before each
 * pick, and the hygiene test caught one it missed), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every
 * earlier set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its page before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * page shows no confirmed fix (the search tool stores the start of a page, so
 * a post's own fix is sometimes cut). Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV23: readonly RealText[] = [
  {
    id: 'dev23-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: buildx failed with: ERROR: denied: permission_denied: write_package',
    source: 'https://blog.yukirii.dev/github-action-ghcr-push-error/',
    expected: 'insufficient-scope',
    note: "INFERENCE: docker/build-push-action pushing ghcr.io/${{ github.repository }} from a release workflow, logged in with GITHUB_TOKEN, whose job already declares permissions packages: write; the stored page stops before the post's fix, so which grant was missing (most likely the package not granting this repository write access in its Actions access settings) is not shown. The wording alone says an authenticated identity may not write the package. The text is the line the post quotes in its introduction (its log excerpt is cut)"
  },
  {
    id: 'dev23-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Step 1/7 : FROM alpine:3.11\n3.11: Pulling from library/alpine\ncbdbe7a5bc2a: Pulling fs layer\nerror pulling image configuration: toomanyrequests: Too Many Requests. Please see https://docs.docker.com/docker-hub/download-rate-limit/',
    source: 'https://qiita.com/zizi4n5/items/7b9676aa2cfc9c5679ae',
    expected: 'rate-limited',
    note: "An anonymous docker build in AWS CodeBuild, whose builds share egress addresses, hit Docker Hub's pull rate limit in September 2020, before the limit's announced start; the post notes that anonymous pulls are counted per address and turns to logging in (the stored page cuts its remedy). CodeBuild's [Container] command and exit-status lines and the build-context line trimmed"
  },
  {
    id: 'dev23-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: Preparation failed: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit (executor_docker.go:188:2s)',
    source:
      'https://nykergoto.hatenablog.jp/entry/2021/05/23/docker_pull_%E3%82%92%E3%81%99%E3%82%8B%E3%81%A8_toomanyrequests_%E3%81%A7%E3%82%A8%E3%83%A9%E3%83%BC%E3%81%AB%E3%81%AA%E3%82%8B%E3%82%84%E3%81%A4',
    expected: 'rate-limited',
    note: "A GitLab Runner docker executor pulling a job image from Docker Hub; the post confirms the cause from Docker Hub's ratelimit-remaining header (anonymous pulls counted per address) and then turns to authenticating CI pulls (the stored page cuts its remedy)"
  },
  {
    id: 'dev23-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'toomanyrequests:Too Many Requests',
    source:
      'https://support.circleci.com/hc/en-us/articles/360049758552-My-build-fails-to-pull-Docker-image-with-Too-Many-Requests-Rate-Limiting-by-Docker-Hub',
    expected: 'rate-limited',
    note: "CircleCI's support article quotes the message as it appears in a job's Spin Up Environment step when Docker Hub rate-limits an unauthenticated image pull from CircleCI's shared addresses; its fix is to authenticate the pulls. The text is the one line the article quotes"
  },
  {
    id: 'dev23-generic-01',
    family: 'generic',
    host: 'nexus.example.com',
    text: 'xxxxxx: Layer already exists\nyyyyyy: Layer already exists\nerrors:\nblob unknown:blob unknown to registry\nblob unknown:blob unknown to registry\nblob unknown:blob unknown to registry',
    source:
      'https://ctbots.com/en/blog/devops/nexus/nexus-common-error-handling.html',
    expected: 'not-a-login-failure',
    note: 'A push to a Nexus Repository docker hosted repository: the client skipped layers the registry said it had, and Nexus then refused the manifest, its log saying "Manifest refers to missing layer"; layers missing from the repository, not a credential. INFERENCE: the stored page stops before its fix. The layer ids are masked as posted; the host is not in the post: placeholder nexus.example.com'
  },
  {
    id: 'dev23-generic-02',
    family: 'generic',
    host: 'registry.example.com',
    text: '$ curl https://registry.example.com/v2/MiniProfiler.EF6/manifests/latest -i\nHTTP/1.1 400 Bad Request',
    source:
      'https://kiwix.lema.org/stackoverflow.com_en_all_2023-11/questions/60637221/repository-image-with-invalid-name-in-sonatype-nexus3-docker-registry',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: a Nexus Repository 3.18 docker registry had acquired repositories with invalid names (capital letters, as _catalog showed: MiniProfiler.EF6); every request on such a name, this manifest read included, was refused as a bad request, which the poster ties to the invalid name format. Not a credential. The page is a Kiwix copy of a Stack Overflow question; host masked as posted (registry.example.com); the response headers after the status line are trimmed'
  },
  {
    id: 'dev23-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull mysql:5.7\n5.7: Pulling from library/mysql\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source:
      'https://please-sleep.cou929.nu/clear-understandings-running-container-on-arm64.html',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'An Ubuntu VM under Multipass on an M1 Mac pulled mysql:5.7, which has no arm64 image (on the Mac itself the compose file had set platform: linux/x86_64); a platform mismatch, not a login'
  },
  {
    id: 'dev23-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: "> docker container run hello-world:nanoserver\nUnable to find image 'hello-world:nanoserver' locally\nnanoserver: Pulling from library/hello-world\nC:\\Program Files\\Docker\\docker.exe: no matching manifest for windows/amd64 10.0.14393 in the manifest list entries.\nSee 'C:\\Program Files\\Docker\\docker.exe run --help'.",
    source:
      'https://blog.dbi-services.com/docker-containers-when-architecture-matter/',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "A customer's Windows Server 2016 host (build 14393): the nanoserver tag had no image for that Windows build; the post explains that a Windows container's base image must match the host's. A platform mismatch, not a login"
  }
]

/**
 * A seventy-sixth development set of real registry error texts ("dev76"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The seventy-sixth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool, in the direction of data labelling and annotation tools
 * (CVAT and its serverless engine nuclio, Doccano, LAREX); none is a source
 * of an earlier set (the list of the 3038 earlier sources was checked before
 * each pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts)
 * compares every text with every earlier set, the sealed and blind ones
 * included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines, markdown quote markers and
 * trailing spaces trimmed; notes say where more was done). A note starting
 * "needs the thread:" marks a label the text alone does not support;
 * INFERENCE marks a label where the stored thread shows no confirmed fix.
 * Where the post left out the registry host, `host` is a placeholder of the
 * same family (noted).
 *
 * The set is small: the search tool's budget for the session ran out after
 * 12 answered look-ups, so only the threads those look-ups returned could be
 * read (docs/real-texts.md, Known limits).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV76: readonly RealText[] = [
  {
    id: 'dev76-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: Service 'cvat' failed to build : toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
    source: 'cvat-ai/cvat#2542',
    expected: 'rate-limited',
    note: "docker-compose building CVAT's image hit Docker Hub's pull rate limit on a base image; the maintainers answered that Docker's new policy caused it. The text names no host: `host` is Docker Hub's (placeholder)"
  },
  {
    id: 'dev76-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: [
      'ERROR: failed to solve: cvat.openvino.dextr.base: failed to resolve source metadata for',
      'docker.io/library/cvat.openvino.dextr.base:latest: pull access denied, repository does not exist or may require',
      'authorization: server message: insufficient_scope: authorization failed'
    ].join('\n'),
    source: 'cvat-ai/cvat#9205',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: CVAT's serverless DEXTR function builds FROM a base image (cvat.openvino.dextr.base) that serverless/deploy_cpu.sh builds locally first; run without that step, BuildKit looked for it on Docker Hub as library/cvat.openvino.dextr.base, which does not exist. The maintainer pointed to the script that builds the base image. The post wraps the line in three (kept, trailing spaces trimmed)"
  },
  {
    id: 'dev76-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: [
      'Pulling cvat_kibana_setup (cvat:)...',
      "ERROR: pull access denied for cvat, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
    ].join('\n'),
    source: 'cvat-ai/cvat#2005',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: CVAT's analytics compose file named the image `cvat` for a service, a name only a local build gives; docker-compose tried to pull it from Docker Hub, where no such repository exists. The pull request's one-line change to docker-compose.analytics fixed the build. `host` is Docker Hub's (the text names none)"
  },
  {
    id: 'dev76-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'authentication required - email must be verified before...',
    source: 'cvat-ai/cvat#9965',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: INFERENCE: `docker compose up -d` of CVAT (public images) on Windows with Docker Desktop; the maintainer answered that it is the reporter's Docker Hub account, not CVAT, linking the Docker forum thread on accounts whose email is not verified. The signed-in account's login is what breaks public pulls (verify the email, or sign out to pull anonymously); the thread shows no confirmed fix. The text is the quote in the post's prose, cut by the reporter with '...'. `host` is Docker Hub's (placeholder)"
  },
  {
    id: 'dev76-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: [
      '[+] Running 0/0',
      ' ⠋ cvat_opa Pulling 0.0s',
      'error getting credentials - err: exit status 1, out: `Could not connect: Connection refused`'
    ].join('\n'),
    source: 'cvat-ai/cvat#4733',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "INFERENCE: `docker-compose up -d` of CVAT on an on-premise server; docker's credential helper (the docker config's credsStore) failed before the pull of the OPA image from Docker Hub, with the wording of a helper that cannot reach its secret service. The stored excerpt shows no fix. The progress line's padding was collapsed to one space. `host` is Docker Hub's (placeholder)"
  },
  {
    id: 'dev76-docker-hub-06',
    family: 'docker-hub',
    host: 'registry.hub.docker.com',
    text: [
      'The push refers to a repository [registry.hub.docker.com/myusername/processor-helloworld]',
      'fb5035c0a989: Preparing',
      '837f0f36c328: Preparing',
      '717b092b8c86: Preparing',
      'stderr:',
      'denied: requested access to the resource is denied',
      '.../nuclio/nuclio/pkg/cmdrunner/cmdrunner.go:131',
      'Failed to push image',
      '.../nuclio/nuclio/pkg/dockerclient/shell.go:142',
      'Failed to push processor image'
    ].join('\n'),
    source: 'nuclio/nuclio#922',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "INFERENCE: nuctl (nuclio, CVAT's serverless engine) deploying to Kubernetes with `--registry registry.hub.docker.com/myusername`; it pushes with the local docker's login. The maintainer answered that nuctl could not push there and to check that a plain `docker push` to that registry works (a login for it); the reporter's reply is cut in the stored thread. Docker Hub answers a push with no login, or to a namespace the login does not own, in these words. Markdown quote markers and a blank line trimmed"
  },
  {
    id: 'dev76-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: [
      'The push refers to repository [docker.io/williamluckyli/processor-hello-java-2]',
      '95c88e312dbe: Preparing',
      'ede79e8d8616: Preparing',
      '0a5725fc38bd: Preparing',
      '122cdf08c91d: Preparing',
      '66aebc17bc3e: Preparing',
      'f09cafce9b15: Preparing',
      'b793db6df991: Preparing',
      'f09cafce9b15: Waiting',
      'b793db6df991: Waiting',
      '',
      'stderr:',
      'denied: requested access to the resource is denied',
      '',
      '    /nuclio/pkg/cmdrunner/shellrunner.go:96',
      'Failed to push image',
      '    /nuclio/pkg/dockerclient/shell.go:171',
      'Failed to push docker image into registry'
    ].join('\n'),
    source: 'nuclio/nuclio#2561',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "INFERENCE: the nuclio dashboard in Kubernetes (set up per nuclio's production guide) building a function and pushing it to the reporter's own Docker Hub namespace; the dashboard pushes with the registry credentials from its Kubernetes secret, not the reporter's own `docker login`. In the reporter's follow-up issue (nuclio/nuclio#2577) a push from the VM worked while the dashboard's failed, so its push went without a usable login; the stored excerpt shows no fix"
  },
  {
    id: 'dev76-docker-hub-08',
    family: 'docker-hub',
    host: 'registry.hub.docker.com',
    text: [
      'stdout:',
      'The push refers to repository [registry.hub.docker.com/williamluckyli/processor-java-test]',
      '6544bd773802: Preparing',
      'befcaf3d37d5: Preparing',
      'd0771a598f01: Preparing',
      'c3aa79871186: Preparing',
      'afda989d53ee: Preparing',
      '2edcec3590a4: Preparing',
      '2edcec3590a4: Waiting',
      '',
      'stderr:',
      'denied: requested access to the resource is denied',
      '',
      '    /nuclio/pkg/cmdrunner/shellrunner.go:96',
      'Failed to push image',
      '    /nuclio/pkg/dockerclient/shell.go:171',
      'Failed to push docker image into registry',
      '    .../pkg/containerimagebuilderpusher/docker.go:58',
      'Failed to build processor image'
    ].join('\n'),
    source: 'nuclio/nuclio#2577',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope', 'invalid-credentials'],
    note: "INFERENCE: the nuclio dashboard in Kubernetes pushing a function image; `docker push docker.io/williamluckyli/...` from the VM worked, while the dashboard's push, with the registry secret (docker-server registry.hub.docker.com, the Docker Hub account's name and password) and pushPullUrl docker.io/williamluckyli or registry.hub.docker.com/williamluckyli, failed the same way both times. The dashboard's docker held no login it sent for that push; the stored excerpt shows no fix. The text starts at the error's stdout (its 'Error - exit status 1' and call-stack header trimmed)"
  },
  {
    id: 'dev76-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "nuclio/processor-demo:latest": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/nuclio/processor-demo:latest": failed to resolve reference "docker.io/nuclio/processor-demo:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed Error: ErrImagePull Error: ImagePullBackOff',
    source: 'nuclio/nuclio#2257',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the nuclio dashboard in Kubernetes had no docker registry set up, so the function's image (nuclio/processor-demo) was built but pushed nowhere, and the kubelet looked for it on Docker Hub, which has no such repository; the maintainer answered to set up a docker registry for the function images (the getting-started guide). A kubelet event, a direction earlier sets mined"
  },
  {
    id: 'dev76-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error response from daemon: pull access denied for docanno/docanno, repository does not exist or ...',
    source: 'doccano/doccano#653',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the pull request says `docker pull doccano/doccano` fails and proposes chakkiworks/doccano instead; the error names docanno/docanno, a misspelt name that Docker Hub does not have. The maintainer pulled doccano/doccano at once, and the reporter found it worked the next day. The post quotes the error cut with '...' (kept as posted, bold markers removed)"
  },
  {
    id: 'dev76-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: [
      'docker pull mathnth/larex',
      'Using default tag: latest',
      "Error response from daemon: pull access denied for mathnth/larex, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
    ].join('\n'),
    source: 'OCR4all/LAREX#256',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: LAREX (a layout-analysis ground-truth tool of OCR4all); the reporter had just logged in (Login Succeeded) and pulled mathnth/larex, a misspelling of maxnth/larex; `docker pull maxnth/larex` worked ('it works now')"
  },
  {
    id: 'dev76-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: [
      'cvat_server Error',
      'cvat_worker_low Error',
      'cvat_utils Error',
      'cvat_worker_default Error',
      'cvat_ui Error',
      'Error response from daemon: manifest for cvat/server:2.2.0 not found: manifest unknown: manifest unknown'
    ].join('\n'),
    source: 'cvat-ai/cvat#5698',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "an upgrade of CVAT from 1.7 to 2.2 with `docker compose up -d`: the compose file asked Docker Hub for the tag 2.2.0 of cvat/server, which it does not have (the issue was labelled documentation). `host` is Docker Hub's (the text names none)"
  },
  {
    id: 'dev76-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: no such image: cvat/ui:dev  docker-compose up -d: invalid reference format',
    source: 'cvat-ai/cvat#5423',
    expected: 'not-a-login-failure',
    note: "INFERENCE: `docker-compose up -d` of CVAT on Windows 10; the daemon had no local image cvat/ui:dev (the development tag a local build gives) and the command line was read as an invalid reference. No registry answered; the maintainer believed the problem was on the reporter's side and asked for the exact command. The text is the one line the post quotes (two messages run together, kept as posted). `host` is Docker Hub's (placeholder)"
  }
]

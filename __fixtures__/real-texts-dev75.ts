/**
 * A seventy-fifth development set of real registry error texts ("dev75"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The seventy-fifth
 * development set"). Its direction is automotive, aerospace and drone
 * software and simulators (Autoware, openpilot, Baidu Apollo, CARLA, PX4
 * SITL, DJI, AWS DeepRacer). Sources are GitHub issues and pull requests
 * found with the search tool; none is a source of an earlier set (the list of
 * the 3038 earlier sources was checked before each pick), and the hygiene test
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
 *
 * The search budget of the collecting session ran out after thirteen queries,
 * so the set is small and has no gitlab, quay, harbor, ecr, gar or acr text
 * (docs/real-texts.md, "Known limits").
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV75: readonly RealText[] = [
  {
    id: 'dev75-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: denied',
    source: 'evshary/autoware_carla_launch#116',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure', 'missing-credentials'],
    note: 'needs the thread: a pull of ghcr.io/autowarefoundation/autoware-universe:galactic-20221201-prebuilt-cuda-amd64, the base image of the Autoware/CARLA bridge build, after a docker login to ghcr.io with a GitHub account; the maintainer explains that the Autoware Foundation moved where it stores its images and the old ones could not be downloaded any more, and a PR moved the build to another image. GHCR answers a package it no longer serves to this user with a bare `denied`. The text is the one line the post quotes in its prose'
  },
  {
    id: 'dev75-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/autowarefoundation/autoware:latest-cuda\nError response from daemon: manifest unknown',
    source: 'Robotics010/carla_autoware_bridge#35',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the tag latest-cuda does not exist in the Autoware package; `docker pull ghcr.io/autowarefoundation/autoware:latest` works for the same user. The post quotes the command and the error separately in its prose; they are joined here as two lines'
  },
  {
    id: 'dev75-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/commaai/openpilot:latest\nError response from daemon: Head https://ghcr.io/v2/commaai/openpilot/manifests/latest: denied',
    source: 'commaai/openpilot#21459',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull of the old openpilot package, which is not public (ghcr.io/commaai/openpilot-base pulls fine for the same user); the maintainer: "That\'s an old package. Use ghcr.io/commaai/openpilot-prebuilt:latest."'
  },
  {
    id: 'dev75-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '/usr/bin/docker --config /home/runner/work/_temp/.docker_5d3b7430-f2fa-4f8f-9a5c-a5d59f5f0360 login ghcr.io -u sasakisasaki --password-stdin\n/usr/bin/docker --config /home/runner/work/_temp/.docker_5d3b7430-f2fa-4f8f-9a5c-a5d59f5f0360 pull ghcr.io/autowarefoundation/autoware-universe:humble-latest\nError response from daemon: denied\nWarning: Docker pull failed with exit code 1, back off 5.707 seconds before retry.',
    source: 'autowarefoundation/autoware-github-actions#319',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: the GitHub Actions runner pulling a job container image after logging in to ghcr.io; the PR fixes the workflow "not to use outdated image" by moving from autoware-universe:humble-latest to autoware:latest-universe-devel, the old autoware-universe package no longer being served after the Autoware Foundation moved its images. Only the first of three identical pull attempts is kept. A CI job image, a direction the brief asked to avoid where possible'
  },
  {
    id: 'dev75-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: failed to push ghcr.io/youtalk/autoware:20240717-autoware-universe-cuda-amd64: unexpected status from POST request to https://ghcr.io/v2/youtalk/autoware/blobs/uploads/: 403 Forbidden',
    source: 'autowarefoundation/autoware#5002',
    expected: 'insufficient-scope',
    alsoAcceptable: ['registry-mismatch'],
    case: 'namespace',
    note: "needs the thread: Autoware's docker-build-and-push workflow pushed with the organisation repository's token to ghcr.io/<github.actor>/autoware because two PRs had replaced `github.repository_owner` with `github.actor` in the image name; the token may not write a user's namespace. The PR reverts to the owner's namespace and the run passes"
  },
  {
    id: 'dev75-generic-01',
    family: 'generic',
    host: 'registry.docker-cn.com',
    text: '[INFO] Start pulling docker image registry.docker-cn.com/apolloauto/apollo:dev-x86_64-20190617_1100 ...\nError response from daemon: Get https://registry.docker-cn.com/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n[ERROR] Failed to pull docker image.',
    source: 'ApolloAuto/apollo#9066',
    expected: 'registry-unreachable',
    note: "Baidu Apollo's dev_start.sh with -C pulls from the Docker China mirror registry.docker-cn.com, which was down; the maintainers: the China server has crashed, run dev_start.sh without -C (Docker Hub). A Docker Hub mirror host, so `generic`"
  },
  {
    id: 'dev75-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'apolloauto/apollo:dev-x86_64-20170926_1848' locally\ndocker: Error response from daemon: Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).\nSee 'docker run --help'.\nError response from daemon: No such container: apollo_dev",
    source: 'ApolloAuto/apollo#624',
    expected: 'registry-unreachable',
    note: "INFERENCE: a commenter's output from Apollo's dev_start.sh; Docker Hub did not answer in time, so the dev container was never created. A maintainer suggested `docker login` to Docker Hub, which a public pull does not need; the stored thread shows no confirmed fix"
  },
  {
    id: 'dev75-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'users:latest' locally\ndocker: Error response from daemon: pull access denied for users, repository does not exist or may require 'docker login'.\nSee 'docker run --help'.",
    source: 'ApolloAuto/apollo#4366',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'INFERENCE: Apollo\'s start scripts ran `docker run` with the image name `users`, which the reporter (logged in to Docker Hub) suspects is "the result of an incorrect parameter somewhere"; no such repository exists. The stored thread is cut before any fix'
  },
  {
    id: 'dev75-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'mzahana/px4-simulation-cuda12.2.0-ubuntu22:latest' locally\ndocker: Error response from daemon: pull access denied for mzahana/px4-simulation-cuda12.2.0-ubuntu22, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'mzahana/smart_track#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'a PX4 simulation image that the project builds locally (`make px4-simulation-cuda12.2.0-ubuntu22` in the docker folder) and does not publish; the reporter was logged in to Docker Hub, and building the image first fixed it ("It worked now!")'
  },
  {
    id: 'dev75-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'mav-kinetic:latest' locally\ndocker: Error response from daemon: pull access denied for mav-kinetic, repository does not exist or may require 'docker login'.\nSee 'docker run --help'.",
    source: 'JuliaMPC/MAVs#57',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'an autonomous-vehicle simulation whose run.sh was given the `kinetic` argument and so looked for a local image mav-kinetic that was never built under that name; "Needed to remove kinetic" fixed it'
  },
  {
    id: 'dev75-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for dji/nginx, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'dji-sdk/DJI-Cloud-API-Demo#58',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "DJI's drone Cloud API demo compose file names images (dji/nginx, dji/mysql, dji/cloud_api_sample) that are shipped as a tarball to `docker load`, not published on Docker Hub; the reporter was logged in, and loading the tarball of the right version fixed it"
  },
  {
    id: 'dev75-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "! Image alpasim-base:0.1.3 pull access denied for alpasim-base, repository does not exist or may require 'docker login'",
    source: 'NVlabs/alpasim#19',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "INFERENCE: NVIDIA's autonomous-driving simulator deploys with compose, and alpasim-base is an image the setup builds locally, so compose's pull of it is refused; the reporter had logged in to Docker Hub. The text is the issue's title (the body repeats it in garbled progress lines); the stored thread shows no fix"
  },
  {
    id: 'dev75-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Step 1/5 : FROM carla-prerequisites:latest\npull access denied for carla-prerequisites, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'carla-simulator/carla#2717',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "INFERENCE: building CARLA's Carla.Dockerfile, whose base carla-prerequisites is built locally from the project's Prerequisites.Dockerfile and is not on Docker Hub (the reporter searched Hub and found nothing); the stored thread shows no answer"
  },
  {
    id: 'dev75-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker pull carlasim/carla:0.9.10.1  failed,\nError response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'opendilab/LMDrive#79',
    expected: 'registry-unreachable',
    note: "INFERENCE: pulling the CARLA simulator image for an autonomous-driving model; Docker Hub never answered. The first line is the post's prose, kept as posted. The stored thread shows no fix"
  },
  {
    id: 'dev75-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'latest: Pulling from kuguao/pe-planner-simulation-env\n63e9bbe32327: Retrying in 1 second\nerror pulling image configuration: download failed after attempts=6: read tcp [2001:da8:201d:1107::6187]:44886->[2606:4700::6810:63d7]:443: read: connection reset by peer',
    source: 'USTC-AIR-Lab/PE-Planner#2',
    expected: 'registry-unreachable',
    note: 'INFERENCE: the simulation image of a quadrotor planner; the connection to the blob storage was reset and the maintainer calls it "a network issue" (the image downloads for them). Layer progress lines trimmed to one'
  },
  {
    id: 'dev75-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#2 [internal] load metadata for docker.io/library/ros:humble-ros-base\n#2 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/ros/manifests/sha256:00efc6996a8857489388da978ba6f9fc4322c7909f9b2a31d3b9664d1efa30e9: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
    source:
      'aws-solutions-library-samples/guidance-for-aws-deepracer-event-management#124',
    expected: 'rate-limited',
    note: "a build of the AWS DeepRacer event-management stack (model-car racing) whose Dockerfile starts FROM ros:humble-ros-base; the reviewer names Docker Hub's unauthenticated rate limit and proposes the ECR Public copy of the image. The stored text is cut after these two lines"
  },
  {
    id: 'dev75-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: '[INFO] Start pulling docker image apolloauto/apollo:apollo_2 ...\nError response from daemon: manifest for apolloauto/apollo:apollo_2 not found\n[ERROR] Failed to pull docker image.',
    source: 'ApolloAuto/apollo#2432',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the reporter had committed a local container as apolloauto/apollo:apollo_2 and passed it to Apollo's dev_start.sh, which pulls the tag from Docker Hub, where it does not exist"
  },
  {
    id: 'dev75-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: '[INFO] Start pulling docker image apolloauto/apollo:dev-x86_64-20190128_1800 ...\nError response from daemon: manifest for apolloauto/apollo:dev-x86_64-20190128_1800 not found\n[ERROR] Failed to pull docker image.',
    source: 'ApolloAuto/apollo#7285',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Apollo 3.5's dev_start.sh names a dev image tag no longer on Docker Hub; the maintainer: update the code from master (newer tag), and the reporter thanks them"
  },
  {
    id: 'dev75-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: '[INFO] Start pulling docker image apolloauto/apollo:dev-x86_64-18.04-20221124_1708 ...\ndev-x86_64-18.04-20221124_1708: Pulling from apolloauto/apollo\nunauthorized: authentication required\n[ERROR] Failed to pull docker image : apolloauto/apollo:dev-x86_64-18.04-20221124_1708',
    source: 'ApolloAuto/apollo#15190',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable', 'token-expired'],
    note: "needs the thread: INFERENCE: the anonymous pull of a public image fails half-way through downloading layers of 1.5 and 1.9 GB (the cut progress lines show them), which is the short-lived pull token running out during a slow download (or a wrong clock), not a login; the maintainer says to retry and look at the daemon's debug log. Layer progress lines between the second and third line trimmed"
  },
  {
    id: 'dev75-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull donghokang/simbenchmark\nUsing default tag: latest\nError response from daemon: manifest for donghokang/simbenchmark:latest not found',
    source: 'leggedrobotics/SimBenchmark#12',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a physics-simulator benchmark image with no latest tag; "use tag 16.04" fixed it'
  }
]

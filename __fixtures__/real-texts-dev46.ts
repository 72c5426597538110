/**
 * A forty-sixth development set of real registry error texts ("dev46"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The forty-sixth
 * development set"). Its directions are game development, embedded, robotics
 * and hardware toolchain images (GameCI/Unity, Unreal Engine, Godot, Android
 * build and emulator images, ESP-IDF, Jetson and Isaac ROS, ROS and ROS 2,
 * Autoware, FPGA and chip-design flows, RISC-V). Sources are GitHub issues and
 * pull requests found with the search tool; none is a source of an earlier
 * set (the list of the 2184 earlier sources was checked before each pick),
 * and the hygiene test (__fixtures__/real-texts-hygiene.ts) compares every
 * text with every earlier set, the sealed and blind ones included, without
 * printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * thread shows no confirmed fix. No post masked its registry host; `host` is
 * the host the text names (docker.io where it names none).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV46: readonly RealText[] = [
  {
    id: 'dev46-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to push ghcr.io/lbr-stack/roboreg:cuda-13.0: denied: installation not allowed to Create organization package',
    source: 'roboreg/roboreg#119',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "A robotics (robot registration) project's workflow pushing with the job's GITHUB_TOKEN, an App installation token, hence 'installation not allowed'; the fix is roboreg/roboreg#120 'Docker push permission', which grants the job the packages permission. INFERENCE from the fix PR's title: the stored thread has no discussion"
  },
  {
    id: 'dev46-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: ghcr.io/tatsuyai713/development-container-for-ros-2-on-m1-2-mac:v0.01: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Atatsuyai713%2Fdevelopment-container-for-ros-2-on-m1-2-mac%3Apull&service=ghcr.io: 401 Unauthorized',
    source: 'tatsuyai713/Development-Container-for-ROS2-on-Arm64-Mac#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: BuildKit resolving the FROM image of a ROS 2 development container; the package was private, and the maintainer changed its visibility ('All good!'). The Dockerfile excerpt lines BuildKit printed above the error are trimmed"
  },
  {
    id: 'dev46-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Unable to find image \'ghcr.io/nabucasa/silabs-firmware-builder:4.3.0\' locally\ndocker: Error response from daemon: Head "https://ghcr.io/v2/nabucasa/silabs-firmware-builder/manifests/4.3.0": unauthorized.',
    source: 'NabuCasa/silabs-firmware-builder#25',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: an anonymous `docker run` of a firmware (Silicon Labs Zigbee/Thread) build image whose package was private; the maintainer made it public ('The image is public now'). The docker run command lines are trimmed"
  },
  {
    id: 'dev46-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/fastmachinlearning/hls4ml-tutorial/hls4ml-0.7.1:latest\nError response from daemon: Head "https://ghcr.io/v2/fastmachinlearning/hls4ml-tutorial/hls4ml-0.7.1/manifests/latest": denied',
    source: 'fastmachinelearning/hls4ml-tutorial#45',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the FPGA (hls4ml) tutorial's README misspelt the owner ('fastmachinlearning'); fixing the README fixed it ('There was a typo in the README'). GHCR answers a name it does not have with 'denied'. The leading space of the command line is trimmed"
  },
  {
    id: 'dev46-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker: Error response from daemon: Head "https://ghcr.io/v2/isledecomp/isle/manifests/latest": unauthorized.',
    source: 'isledecomp/isle#1387',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the build image of a game decompilation (LEGO Island) pulled anonymously; the maintainers fixed 'a problem with the visibility of the package' and the pull worked"
  },
  {
    id: 'dev46-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Using default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/qno/rack-plugin-toolchain/manifests/latest": unauthorized',
    source: 'surge-synthesizer/surge-rack#906',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: a private cross-compiling toolchain package (VCV Rack plugin toolchain) the owner had shared with the user by invitation, pulled with sudo and no login to ghcr.io; the owner's advice is to create a personal access token and log in with it. INFERENCE: the stored thread shows the user adding a token but no confirmed pull. The shell prompt and command line are trimmed"
  },
  {
    id: 'dev46-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '/usr/bin/docker pull quay.io/opencv-ci/opencv-ubuntu-22.04-riscv-nds:20240709\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'opencv/ci-gha-workflow#176',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a RISC-V CI image whose new tag had just been built (opencv-infrastructure/opencv-gha-dockerfile#38) was pulled anonymously as a GitHub Actions job container; quay.io answers an anonymous pull of a private or missing repository with this wording. INFERENCE: the stored thread shows no confirmed fix. Only the first of three identical pull attempts is kept, its log indentation and the runner's retry warnings trimmed. A job-container pull, a direction earlier sets mined; kept because quay texts were scarce in this set's directions"
  },
  {
    id: 'dev46-ecr-01',
    family: 'ecr',
    host: '820537372947.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Error: repo 820537372947.dkr.ecr.us-west-2.amazonaws.com not found',
    source: 'awslabs/fleetiq-adapter-for-agones#29',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: `helm pull 820537372947.dkr.ecr.us-west-2.amazonaws.com/gamelift-daemon:0.1.1` (GameLift FleetIQ adapter for Agones game servers) without the oci:// scheme, so Helm looked for a chart repository named like the host; the reporter says it fails 'even after docker login'. INFERENCE: the stored thread shows no answer. A Helm text, a direction earlier sets mined; kept because ECR texts were scarce in this set's directions"
  },
  {
    id: 'dev46-gar-01',
    family: 'gar',
    host: 'docker.pkg.dev',
    text: 'docker pull docker.pkg.dev/android-emulator-268719/images/30-google-x64:30.1.2\nError response from daemon: Get https://docker.pkg.dev/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'google/android-emulator-container-scripts#235',
    expected: 'registry-unreachable',
    note: "Google's Android emulator container images on Artifact Registry; the connection to the registry timed out while a Docker Hub pull on the same machine worked. The project publishes these images under us-docker.pkg.dev, so the host the reporter used may not serve them either way. INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'dev46-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Using default tag: latest\nTrying to pull repository gcr.io/android-battery-historian/stable ... \ndenied: Permission denied for "latest" from request "/v2/android-battery-historian/stable/manifests/latest".',
    source: 'google/battery-historian#131',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "needs the thread: Android's Battery Historian image is published with versioned tags (the reporter has :3.0 locally and the README runs :3.0), so a pull with the default :latest asks for a tag the repository does not have; Container Registry answers that with 'Permission denied'. INFERENCE: the stored thread shows no answer. A trailing space after the last line is trimmed"
  },
  {
    id: 'dev46-generic-01',
    family: 'generic',
    host: 'ciregistry.espressif.cn:8443',
    text: 'docker pull ciregistry.espressif.cn:8443/esp-idf-doc-env-v5.0\nUsing default tag: latest\nError response from daemon: unknown: failed to resolve reference "ciregistry.espressif.cn:8443/esp-idf-doc-env-v5.0:latest": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ciregistry.espressif.cn:8878/auth?scope=repository%3Aesp-idf-doc-env-v5.0%3Apull&service=Docker+registry: 401 Unauthorized',
    source: 'espressif/esp-docs#17',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "The ESP-IDF documentation build image on Espressif's own CI registry, whose token service refuses anonymous pulls; the user has no login for it. A private or internal registry pulled without a login is labelled repository-not-found with missing-credentials accepted. INFERENCE: the stored thread has no answer. The post quotes the same block twice; it is kept once"
  },
  {
    id: 'dev46-generic-02',
    family: 'generic',
    host: 'nvcr.io',
    text: 'failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to authorize: rpc error: code = Unknown desc = failed to fetch anonymous token: unexpected status: 401 Unauthorized\nFailed to build base image: isaac_ros_dev-x86_64, aborting.',
    source: 'NVIDIA-ISAAC-ROS/isaac_ros_common#82',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: Isaac ROS's run_dev.sh building FROM nvcr.io/nvidia/isaac/ros; NGC's anonymous token service refused, and logging in to nvcr.io with an NGC API key was the workaround the reporters used and NVIDIA pointed to, while NVIDIA said a login should not be needed (a fault on NGC's side). The markdown quote markers of the post are removed and the 'load metadata' line above is trimmed"
  },
  {
    id: 'dev46-generic-03',
    family: 'generic',
    host: 'nvcr.io',
    text: '------\n > [internal] load metadata for nvcr.io/nvidia/isaac/ros:aarch64-ros2_humble_33836e394da2d095a59afd2d151038f8:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to authorize: rpc error: code = Unknown desc = failed to fetch anonymous token: unexpected status: 401 Unauthorized\nFailed to build base image: isaac_ros_dev-aarch64, aborting.',
    source: 'NVIDIA-ISAAC-ROS/isaac_ros_benchmark#4',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: the Isaac ROS benchmark quickstart on a Jetson; NVIDIA answered 'We're aware of this issue ... please try manually authenticating with NGC', i.e. log in to nvcr.io. The BuildKit progress line above the block is trimmed"
  },
  {
    id: 'dev46-generic-04',
    family: 'generic',
    host: 'nvcr.io',
    text: 'Step 1/22 : ARG BASE_IMAGE=nvcr.io/nvidia/l4t-base:r32.4.3\nStep 2/22 : FROM ${BASE_IMAGE}\nunauthorized: authentication required',
    source: 'dusty-nv/jetson-containers#84',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a Jetson ROS 2 build script on L4T r32.6.1 using a base image tag chosen for another L4T release; the maintainer changed the script's base image selection ('I just pushed a change ... which I hope fixes it') and the reporter thanked him. INFERENCE: no explicit confirmation that the pull then worked. nvcr.io answers an anonymous pull of an image it does not serve with 'unauthorized'"
  },
  {
    id: 'dev46-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'unityci/editor:ubuntu-2022.3.32f1-linux-il2cpp-3' locally\nubuntu-2022.3.32f1-linux-il2cpp-3: Pulling from unityci/editor\ndocker: error from registry: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit",
    source: 'clockworklabs/SpacetimeDB#4272',
    expected: 'rate-limited',
    note: "GameCI's Unity editor image pulled anonymously by many CI test jobs in one day; the PR logs in to Docker Hub before pulling"
  },
  {
    id: 'dev46-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error response from daemon: pull access denied for unityci/editor-ubuntu-2023.1.9f1-windows-mono-2.0.0)',
    source: 'game-ci/unity-builder#562',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: game-ci/unity-builder's customImage had the tag written into the repository name; 'unityci/editor:2023.1.9f1-windows-mono-...' was the fix (the reporter closed the issue with it). The closing parenthesis is as posted"
  },
  {
    id: 'dev46-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling ros (ros_in_docker/noetic:noetic)...\nERROR: pull access denied for ros_in_docker/noetic, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'nachovizzo/ros_in_docker#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: docker-compose (v1) pulling a ROS image that the project's `make docker` step builds locally; the reporter had skipped that step and building it fixed it. The make error line is trimmed"
  },
  {
    id: 'dev46-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Step 1/31 : FROM openrobotics/spaceros:latest\npull access denied for openrobotics/spaceros, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'space-ros/stacks#32',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the Space ROS demo builds FROM openrobotics/spaceros, which had to be built locally first from space-ros/docker; doing so fixed it ('fixed by building the spaceros Docker first')"
  },
  {
    id: 'dev46-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "nvidia-docker | 2018/09/12 14:44:16 Error: Error response from daemon: pull access denied for autoware-kinetic, repository does not exist or may require 'docker login'",
    source: 'autowarefoundation/autoware#1509',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Autoware's run.sh started a local image name that had not been pulled; pulling autoware/autoware:1.7.0-kinetic from Docker Hub fixed it (the reporter's own fix)"
  },
  {
    id: 'dev46-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for jamak9/sailing-robot, repository does not exist or may require 'docker login'",
    source: 'Maritime-Robotics-Student-Society/sailing-robot#233',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the sailing robot's ROS image had moved to sotonsailbot/ros:indigo; the old name no longer exists on Docker Hub"
  },
  {
    id: 'dev46-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'openlane:rc6' locally\ndocker: Error response from daemon: pull access denied for openlane, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'The-OpenROAD-Project/OpenLane#132',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: OpenLane's (chip design flow) Makefile named a local image, openlane:rc6; setting IMAGE_NAME to efabless/openlane from Docker Hub fixed it (the reporter's own fix)"
  },
  {
    id: 'dev46-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'mbari_lrauv:latest' locally\ndocker: Error response from daemon: pull access denied for mbari_lrauv, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'osrf/lrauv#164',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the underwater-vehicle simulator's script builds the image and then runs it; the build had failed (a Dockerfile parse error) so `docker run` tried to pull a local-only name; updating the repository fixed the Dockerfile. The failed build's lines above are trimmed"
  },
  {
    id: 'dev46-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: error creating build container: 2 errors occurred while pulling:\n * initializing source docker://godot-mono:3.x-f36-mono-6.12.0.182: reading manifest 3.x-f36-mono-6.12.0.182 in docker.io/library/godot-mono: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required\n\n * initializing source docker://quay.io/godot-mono:3.x-f36-mono-6.12.0.182: reading manifest 3.x-f36-mono-6.12.0.182 in quay.io/godot-mono: StatusCode: 404, <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final/...',
    source: 'godotengine/build-containers#115',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: podman building Godot's macOS build container FROM a local godot-mono image of another version than the one built; with unqualified-search registries podman then tried docker.io and quay.io, which have no such image (maintainer: 'you didn't build godot-mono for the matching version'). The STEP and 'Trying to pull' lines above are trimmed"
  },
  {
    id: 'dev46-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to solve: dustynv/ros:humble-ros-base-l4t-r36.3.0: failed to resolve source metadata for docker.io/dustynv/ros:humble-ros-base-l4t-r36.3.0: unexpected status from HEAD request to https://registry-1.docker.io/v2/dustynv/ros/manifests/humble-ros-base-l4t-r36.3.0: 401 Unauthorized',
    source: 'dusty-nv/jetson-containers#1422',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure', 'missing-credentials'],
    note: "needs the thread: a Jetson ROS 2 base image the reporter had used for months stopped resolving; the reporter found the tag gone from Docker Hub ('seems like its also removed from docker registry'), which answers an anonymous request for it with 401. INFERENCE: the issue was closed without a stored fix"
  },
  {
    id: 'dev46-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for agoda-com/docker-emulator-android-23, repository does not exist or may require 'docker login'.",
    source: 'agoda-com/docker-emulator-android#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the Android emulator images are not published (the Android SDK cannot be redistributed); the README asks users to build them locally. The leading space is trimmed'
  },
  {
    id: 'dev46-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: "! basekit Warning pull access denied for basekit_ros, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'zauberzeug/feldfreund_devkit_ros#6',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the robot dev kit's compose file names a local image, basekit_ros:latest, that compose is meant to build from the Dockerfile next to it (maintainer); the reporter's `gh auth status` login is irrelevant to Docker Hub. Compose's leading status mark is kept and its timing suffix (3.0s) trimmed"
  },
  {
    id: 'dev46-docker-hub-13',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker: Error response from daemon: pull access denied for isaac_ros_dev-aarch64, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'NVIDIA-ISAAC-ROS/isaac_ros_common#11',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Isaac ROS's run_dev.sh runs an image it builds first; NVIDIA: 'Usually that last line means the image was not built earlier on'. INFERENCE: no confirmed fix stored"
  },
  {
    id: 'dev46-docker-hub-14',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for robosub-ros, respository does not exist or may require 'docker login'",
    source: 'DukeRobotics/robosub-ros#104',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the image lives under the dukerobotics namespace; `docker pull dukerobotics/robosub-ros` was the answer. 'respository' is the old Docker client's spelling, as posted"
  },
  {
    id: 'dev46-docker-hub-15',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull latest\nUsing default tag: latest\nError response from daemon: pull access denied for latest, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nmake: *** [pull-openlane] Error 1",
    source: 'The-OpenROAD-Project/OpenLane#833',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: OpenLane's `make pull-openlane` in a fork computed an empty image name (the tag lookup found no matching release in the fork), so docker pulled an image called 'latest'. INFERENCE: the maintainers asked for a survey and the stored thread shows no confirmed fix"
  },
  {
    id: 'dev46-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: Job failed: failed to pull image "unityci/editor:2022.3.29f1-base-1" with specified policies [always]: Error response from daemon: manifest for unityci/editor:2022.3.29f1-base-1 not found: manifest unknown: manifest unknown (manager.go:250:1s)',
    source: 'game-ci/docker#246',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'A GitLab runner pulling a GameCI Unity editor tag with an old image-version suffix (-1); GameCI only publishes the current one (-3), per the maintainer'
  },
  {
    id: 'dev46-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for barichello/godot-ci:3.6 not found: manifest unknown: manifest unknown',
    source: 'abarichello/godot-ci#155',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The Godot 3.6 CI image had not been pushed to Docker Hub yet (the maintainer did not have the push credentials at hand). The runner's retry warning below is trimmed"
  },
  {
    id: 'dev46-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Step 3/31 : FROM nvidia/cuda:${CUDA_VERSION}-cudnn8-devel-ubuntu${OS_VERSION}\n10.2-cudnn8-devel-ubuntu18.04: Pulling from nvidia/cuda\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'NVIDIA/TensorRT#1479',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Building TensorRT's x86 Ubuntu Dockerfile on a Jetson Nano (arm64): the nvidia/cuda tag has no arm64 image. The stored thread has only 'same here' comments, no fix"
  },
  {
    id: 'dev46-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: "Unable to find image 'jetbot/jetbot:display-0.4.3-32.5.1' locally\ndocker: Error response from daemon: manifest for jetbot/jetbot:display-0.4.3-32.5.1 not found: manifest unknown: manifest unknown.\nSee 'docker run --help'.",
    source: 'NVIDIA-AI-IOT/jetbot#406',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "JetBot publishes no images for the reporter's L4T 32.5.1 (its own script says no base image is known for 32.5.1). The post shows two such pulls; the first is kept"
  },
  {
    id: 'dev46-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'error pulling image configuration: unknown blob',
    source: 'mingchen/docker-android-build-box#56',
    expected: 'not-a-login-failure',
    note: "The Android build box's latest tag on Docker Hub referenced a missing config blob; the maintainer rebuilt the tag ('Rebuild it and it should be fine now'). The text is the issue's title"
  },
  {
    id: 'dev46-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: "Win32Exception: ApplicationName='/opt/Unity/Editor/Data/PlaybackEngines/AndroidPlayer/SDK/tools/bin/sdkmanager', CommandLine='--list', CurrentDirectory='/github/workspace/cafe-map/client/unity', Native error= Access denied",
    source: 'game-ci/unity-builder#167',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'A permission error inside the Unity Android build container (the bundled SDK manager not executable), a known fault of those images fixed by republishing them; nothing to do with a registry login'
  },
  {
    id: 'dev46-not-login-07',
    family: 'not-login',
    host: 'cdn.unrealengine.com',
    text: "Failed to download 'http://cdn.unrealengine.com/dependencies/UnrealEngine-16546836/01aeef9d6f354d0b789fe0f90786078b0395495f': The remote server returned an error: (403) Forbidden. (WebException)",
    source: 'adamrehn/ue4-docker#319',
    expected: 'not-a-login-failure',
    note: "Unreal Engine's Setup.sh, run inside an image build, fetching engine dependencies from Epic's CDN, which had stopped serving those of older engine commits; a 403 from a download server, not from a registry"
  }
]

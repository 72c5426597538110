/**
 * A sixty-seventh development set of real registry error texts ("dev67"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The sixty-seventh
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 2752
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

export const REAL_TEXTS_DEV67: readonly RealText[] = [
  {
    id: 'dev67-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/gmeligio/flutter-android/manifests/3.44.1": unauthorized',
    source: 'gmeligio/flutter-docker-image#492',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a CI job pulling the Flutter Android build image anonymously; the maintainer had never made the GHCR package public ("I assumed GHCR was public by default") and making it public fixed the pull ("LGTM"). The text is the one line the post quotes in its steps'
  },
  {
    id: 'dev67-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/adi961/jxe2jar:latest\nError response from daemon: denied',
    source: 'adi961/mib2-android-auto-vc#7',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: the reporter had logged in to ghcr.io with their own token ("Login Succeeded") but the Android Auto project\'s image was a private package of another user; the owner made it public ("I forgot to make the package public"). Shell prompts trimmed from the command line'
  },
  {
    id: 'dev67-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/everywall/ladder:0.0.16-1\nError response from daemon: denied',
    source: 'everywall/ladder#22',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the project had just moved to a new GitHub organisation and its newly published package could not be pulled anonymously; GHCR answers a private (or not yet visible) package with 'denied'. INFERENCE: the stored thread is cut before the maintainer's fix"
  },
  {
    id: 'dev67-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Warning  Failed          13s                kubelet            Failed to pull image "quay.io/eclipse/che-java11-maven:nightly": rpc error: code = Unknown desc = Error reading manifest nightly in quay.io/eclipse/che-java11-maven: unknown: Tag nightly was deleted or has expired. To pull, revive via time machine',
    source: 'redhat-developer/odo#5027',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Quay's own wording for a tag that its expiry removed: the devfile named a tag that no longer exists. A kubelet event (a direction the brief asks to avoid; kept because quay was otherwise empty); leading indentation trimmed"
  },
  {
    id: 'dev67-harbor-01',
    family: 'harbor',
    host: '192.168.1.188:80',
    text: 'docker push 192.168.1.188:80/lskc/lskc-csf:201706070000\nThe push refers to a repository [192.168.1.188:80/lskc/lskc-csf]\n1b14f0eccda1: Preparing\na798e42afb3d: Preparing\nunauthorized: authentication required',
    source: 'goharbor/harbor#2457',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-mismatch'],
    note: 'needs the thread: the reporter had run `docker login 192.168.1.188` (config.json shows that key) and then pushed to `192.168.1.188:80/...`; docker keys credentials by host:port, so the push went out with no credential. The post goes on to log in to 192.168.1.188:80. INFERENCE: the stored thread is cut before a confirmed fix. Shell prompt, a blank line and trailing spaces trimmed'
  },
  {
    id: 'dev67-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error: unauthorized: unauthorized to access repository: project/myfunc-python, action: push: unauthorized to access repository: project/myfunc-python, action: push',
    source: 'goharbor/harbor#15605',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: harbor-core's log for the same request shows LDAP answering 'Invalid Credentials' (result code 49, data 52e) for the user, intermittently (2 of 10 attempts); Harbor then denies the push. INFERENCE: the thread ends without a confirmed cause on the LDAP side. Host masked in the post: placeholder"
  },
  {
    id: 'dev67-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: "[/core/auth/ldap/ldap.go:70]: Not found an entry.\n[ERROR] [/core/filter/security.go:471]: failed to authenticate xxx: Failed to authenticate user, due to error 'Not found an entry'",
    source: 'goharbor/harbor#7969',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'username',
    note: 'needs the thread: Harbor\'s core log, not client output. A robot account (`robot$name`) used in a one-line `docker login -u robot$name -p ...` without quotes; the shell expanded `$name`, so Harbor looked the mangled user up in LDAP. Quoting the username fixed it ("it works when quoting username and password"). Host not given: placeholder'
  },
  {
    id: 'dev67-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'ERROR: An error occurred (AccessDeniedException) when calling the DescribeRepositories operation: User: arn:aws:iam::<redacted>:user/barry is not authorized to perform: ecr:DescribeRepositories on resource: *',
    source: 'artsy/hokusai#27',
    expected: 'aws-access-denied',
    alsoAcceptable: ['registry-mismatch'],
    case: 'aws-account',
    note: 'needs the thread: hokusai setup was given an `--aws-account-id` other than the account of the user\'s keys ("I had the wrong account number for my credentials"). Host not in the text: placeholder'
  },
  {
    id: 'dev67-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "Step #1: Error response from daemon: Get https://gcr.io/v2/cloud-builder/flutter/manifests/latest: denied: Token exchange failed for project 'cloud-builder'. Please enable or contact project owners to enable the Google Container Registry API in Cloud Console at https://console.cloud.google.com/apis/api/containerregistry.googleapis.com/overview?project=cloud-builder before performing this operation.",
    source: 'GoogleCloudPlatform/cloud-builders-community#258',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the Cloud Build step named `gcr.io/cloud-builder/flutter`, a project that is not the reporter's (and a typo of cloud-builders); the community Flutter builder must be built into one's own project first. Cloud Build is a direction the brief asks to avoid; kept as a Flutter build image"
  },
  {
    id: 'dev67-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Step 1 : FROM gcr.io/oss-fuzz-base/base-builder\nPulling repository gcr.io/oss-fuzz-base/base-builder\nError: Status 403 trying to pull repository oss-fuzz-base/base-builder: "Unable to access the repository: oss-fuzz-base/base-builder; please verify that it exists and you have permission to access it (no valid credential was supplied)."',
    source: 'google/oss-fuzz#474',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull of OSS-Fuzz\'s public base image failed until the maintainers fixed the repository\'s access on their side ("Could you please try this again?" / "Works fine now")'
  },
  {
    id: 'dev67-acr-01',
    family: 'acr',
    host: 'devopsacicontregistry.azurecr.io',
    text: "DNS lookup to devopsacicontregistry.azurecr.io at IP 52.168.114.0 : OK\nAn error occurred: CONNECTIVITY_CHALLENGE_ERROR\nRegistry 'devopsacicontregistry.azurecr.io' did not issue a challenge.\n\nPlease refer to https://aka.ms/acr/errors#connectivity_challenge_error for more information.",
    source: 'Azure/acr#458',
    expected: 'registry-unreachable',
    note: 'needs the thread: `az acr check-health` (the first lines, docker and CLI versions, trimmed); the ACR maintainer saw the registry issue its challenge (`Www-Authenticate: Bearer realm=...`) from outside and asked about a proxy or DNS on the client side. INFERENCE: no confirmed fix. The Azure CLI is a direction the brief asks to avoid; kept because acr was otherwise empty'
  },
  {
    id: 'dev67-acr-02',
    family: 'acr',
    host: 'nimblecr.azurecr.io',
    text: "DNS lookup to nimblecr.azurecr.io at IP 172.30.2.6 : OK\nAn error occurred: CONNECTIVITY_CHALLENGE_ERROR\nRegistry 'nimblecr.azurecr.io' did not issue a challenge.\n\nPlease refer to https://aka.ms/acr/errors#connectivity_challenge_error for more information.",
    source: 'Azure/acr#645',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: `az acr check-health` from every server of the reporter; the registry name resolves to a private address (a private endpoint), and what answers there issues no challenge. INFERENCE: closed for inactivity without a fix. First lines (versions) trimmed'
  },
  {
    id: 'dev67-generic-01',
    family: 'generic',
    host: 'ghcr.m.daocloud.io',
    text: 'ERROR: Job failed: failed to pull image "ghcr.m.daocloud.io/cirruslabs/flutter:3.22.2" with specified policies [always]: Error response from daemon: pull access denied for ghcr.m.daocloud.io/cirruslabs/flutter, repository does not exist or may require \'docker login\': denied: 🚫 这镜像不在白名单. this image is not in the allowlist. 📦 https://github.com/DaoCloud/public-image-mirror/issues/2328 🔗 (manager.go:250:0s)',
    source: 'DaoCloud/public-image-mirror#16866',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'proxy',
    note: "a public mirror answering in GHCR's place: the Cirrus Labs Flutter image was not on the mirror's allowlist (the PR adds it). Mirrors are a direction the brief asks to avoid; kept as a Flutter CI image"
  },
  {
    id: 'dev67-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'react/android:latest' locally\ndocker: Error response from daemon: pull access denied for react/android, repository does not exist or may require 'docker login'.\nSee 'docker run --help'.",
    source: 'react/react-native#21992',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: React Native's Docker test instructions build `react/android` locally (`docker build -t react/android ...`) and then run it; the image was not there (the build had not produced it on the reporter's Windows machine), so docker looked for it on Docker Hub. INFERENCE: no fix in the stored thread"
  },
  {
    id: 'dev67-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: failed to push envoyproxy/envoy-build-ubuntu-mobile:7e67402aad7702cc255a612b0b45b0591dad3efc: server message: insufficient_scope: authorization failed',
    source: 'envoyproxy/envoy-build-tools#197',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: "needs the thread: the first push of Envoy's new mobile build image; the author asks whether the repository must first be created on Docker Hub and the maintainer owns the mistake. Docker Hub answers a push to a repository the token may not create with insufficient_scope. INFERENCE: the fix is not shown"
  },
  {
    id: 'dev67-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Using default tag: latest\nError response from daemon: pull access denied for captcha-bot, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'J-Rios/TLG_JoinCaptchaBot#74',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "no `captcha-bot` image is published on Docker Hub; the README builds it locally (maintainer's answer). The command line (quoted as `> sudo docker pull captcha-bot`) trimmed"
  },
  {
    id: 'dev67-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for intelmq-full, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'certat/intelmq-docker#28',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'a `docker compose pull` of a compose file whose `intelmq-full` service image is built locally, not published under that bare name. INFERENCE: no answer in the stored thread; the compose progress lines trimmed'
  },
  {
    id: 'dev67-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'FATA[0001] Error: Status 403 trying to push repository continuumio/miniconda3: "Access Denied: Not allowed to create Repo at given location"',
    source: 'anaconda/docker-images#4',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: 'needs the thread: the pusher was a member of the continuumio organisation but without the privilege to create repositories in it (the web UI showed "continuumio (insufficient privileges)")'
  },
  {
    id: 'dev67-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull basis-theory/azure-keyvault-emulator:latest\nError response from daemon: pull access denied for basis-theory/azure-keyvault-emulator, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'Basis-Theory/azure-keyvault-emulator#115',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the README named the wrong namespace: the image is `basistheory/azure-keyvault-emulator`, not `basis-theory/...` (the reporter's own finding); the reporter was logged in"
  },
  {
    id: 'dev67-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: failed to solve: reactnativecommunity/react-native-android:v13.2.1: no match for platform in manifest: not found',
    source: 'open-telemetry/opentelemetry-demo#1781',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'building the React Native Android app of the demo on an Apple Silicon Mac: the react-native-android image is published for amd64 only. OpenTelemetry is a direction the brief asks to avoid; kept as a React Native build image'
  },
  {
    id: 'dev67-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for reactnativecommunity/react-native-android:7.1.1 not found: manifest unknown',
    source: 'react-native-community/react-native-circleci-orb#176',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the image tag 7.1.1 does not exist (the orb's version was taken for the image's). The text is the issue's title, which the post's collapsed trace repeats"
  },
  {
    id: 'dev67-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/cirruslabs/android-sdk:tools\ntools: Pulling from cirruslabs/android-sdk\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'cirruslabs/docker-images-android#60',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Cirrus Labs' Android SDK images are built for amd64 only; pulled on a Raspberry Pi (arm64)"
  },
  {
    id: 'dev67-not-login-04',
    family: 'not-login',
    host: 'gcr.io',
    text: 'BUILD FAILURE: Build step failure: Image(s) gcr.io/<project>/flutter:dev could not be found. Check if image(s) exists in the repository.',
    source: 'GoogleCloudPlatform/cloud-builders-community#690',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the Flutter builder's dev-channel image was no longer built, so the check could not find that tag; the PR removes it. Project masked as posted"
  }
]

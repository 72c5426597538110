/**
 * A forty-seventh development set of real registry error texts ("dev47"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The forty-seventh
 * development set"). Its direction: browser, test and load-testing
 * infrastructure images (Selenium and docker-selenium, Zalenium, Selenoid,
 * Playwright, Cypress, Puppeteer and headless Chrome, Appium and Android
 * emulators, JMeter, k6, Pact Broker, SonarQube, OWASP ZAP) and users' test
 * pipelines. Sources are GitHub issues and pull requests found with the
 * search tool; none is a source of an earlier set (the list of the 2184
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

export const REAL_TEXTS_DEV47: readonly RealText[] = [
  {
    id: 'dev47-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: failed to resolve reference "ghcr.io/puppeteer/puppeteer:24.38.0": ghcr.io/puppeteer/puppeteer:24.38.0: not found',
    source: 'puppeteer/puppeteer#14748',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "Puppeteer's image for 24.38.0 was never published: the release's Docker build job had failed (the maintainers confirmed the bug). The package exists and is public; only the tag is missing"
  },
  {
    id: 'dev47-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERROR: failed to solve: gcr.io/ml-pipeline-test/selenium-standalone-chrome-gcloud-nodejs:v20230322-2.0.0b11-144-g87e1c5fcf-dirty-2ca4f7: failed to resolve source metadata for gcr.io/ml-pipeline-test/selenium-standalone-chrome-gcloud-nodejs:v20230322-2.0.0b11-144-g87e1c5fcf-dirty-2ca4f7: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://gcr.io/v2/token?scope=repository%3Aml-pipeline-test%2Fgcr.io%2Fselenium-standalone-chrome-gcloud-nodejs%3Apull&scope=repository%3Aml-pipeline-test%2Fselenium-standalone-chrome-gcloud-nodejs%3Apull&service=gcr.io: 403 Forbidden',
    source: 'kubeflow/pipelines#11862',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a CI build of a Selenium test image FROM gcr.io/ml-pipeline-test/…; the PR says the image "is now behind an auth layer" (no longer anonymously readable) and moves the Dockerfile to a public ghcr.io copy. The anonymous token request refused with 403 alone does not say whether the repository is gone or private'
  },
  {
    id: 'dev47-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'chrome Error pull access denied for gcr.io/zenika-hub/alpine-chrome, repository does not exist or may require \'docker login\': denied: <!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">\n  <title>Error 403 (Forbidden)!!1</title>',
    source: 'karakeep-app/karakeep#1500',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "INFERENCE: the headless-Chrome image gcr.io/zenika-hub/alpine-chrome stopped being anonymously pullable from gcr.io (Google's HTML 403 page in place of a registry error); the same image stays public as docker.io/zenika/alpine-chrome, which other projects switched to. The text is cut after the HTML page's <title> line (the page's style sheet and body follow in the post)"
  },
  {
    id: 'dev47-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/dosel/zalenium/manifests/latest: unauthorized: incorrect username or password',
    source: 'zalando/zalenium#520',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a pull of the public Zalenium (Selenium grid) image; the maintainer pointed out the image is public and suggested docker logout, and the reporter confirmed "It works fine now after a docker logout/login". A stored Docker Hub login broke an anonymous pull'
  },
  {
    id: 'dev47-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Pulling selenium-hub (selenium/hub:3.141.59-selenium)...\nERROR: Get https://registry-1.docker.io/v2/selenium/hub/manifests/3.141.59-selenium: unauthorized: incorrect username or password',
    source: 'luuizeduardo/wdio-automation#4',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: INFERENCE: docker-compose pulling the public selenium/hub image for a WebdriverIO project; the reporter asks whether the image is private (it is not). Docker Hub answers a public pull this way only when a stored login is sent and refused; the stored thread shows no fix'
  },
  {
    id: 'dev47-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "/usr/bin/docker pull owasp/zap2docker-stable -q\nError response from daemon: pull access denied for owasp/zap2docker-stable, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'SocialGouv/dashlord#100',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'the OWASP ZAP images left the owasp Docker Hub organisation (now zaproxy/zap-stable); updating the image name fixed the scan step ("ça fonctionne")'
  },
  {
    id: 'dev47-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker: Error response from daemon: pull access denied for owasp/zap2docker-weekly, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'kodekloudhub/devsecops#8',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'the reporter found that ZAP left OWASP and its images are no longer under owasp/ on Docker Hub; zaproxy/zap-weekly worked'
  },
  {
    id: 'dev47-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "$ docker pull selenoid/edge:89.0\nError response from daemon: pull access denied for selenoid/edge, repository does not exist or may require 'docker lo\ngin': denied: requested access to the resource is denied",
    source: 'aerokube/images#372',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the Selenoid Edge image is browsers/edge, not selenoid/edge (maintainer); with the right name it worked. The line break inside 'docker login' is as posted"
  },
  {
    id: 'dev47-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling opera (selenium/node-opera:3.141.59-zirconium)...\nERROR: pull access denied for selenium/node-opera, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'SeleniumHQ/docker-selenium#1024',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the docker-compose example of docker-selenium named an Opera node image that had not been pushed yet ("We just pushed it", with a new tagging format). Only the first of two identical pull errors in the post is kept, with its Pulling line'
  },
  {
    id: 'dev47-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'ERROR: Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'pact-foundation/pact-broker-docker#2',
    expected: 'registry-unreachable',
    note: 'INFERENCE: docker-compose pulling pactfoundation/pact-broker; the ping of Docker Hub timed out before any answer (network or proxy), no credential was asked for. The stored thread shows no confirmed fix'
  },
  {
    id: 'dev47-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'bin/jmeter:latest' locally\ndocker: Error response from daemon: pull access denied for bin/jmeter, repository does not exist or may require 'docker login'.\nSee 'docker run --help'.",
    source: 'hauptmedia/docker-jmeter#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "INFERENCE: the JMeter image's run instructions were followed with a path (bin/jmeter) where docker expected the image name, so docker looked for a Docker Hub repository bin/jmeter that does not exist. No reply in the stored thread"
  },
  {
    id: 'dev47-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#2 [internal] load metadata for docker.io/library/base:latest\n#2 ERROR: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'satanTime/puppeteer-node#21',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: "needs the thread: switching a Dockerfile's first line from `FROM node:… as base` to the Puppeteer image dropped the stage name, so a later `FROM base` asked Docker Hub for the official image library/base, which does not exist; the Dockerfile shared in the thread shows it. Docker Hub's insufficient_scope alone would also fit a private repository"
  },
  {
    id: 'dev47-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker pull budtmo/docker-android-x86-9.0\n\nunauthorized: authentication required',
    source: 'budtmo/docker-android#234',
    expected: 'stale-login',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: INFERENCE: a pull of the public Android emulator image for Appium tests; the maintainer answered that it is not private and "you need to check your docker config", i.e. a stored login (or a configured mirror) is what Docker Hub refused. No confirmation from the reporter'
  },
  {
    id: 'dev47-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'centos7-12.4.0: Pulling from cypress/base\nda788ab33aa1: Waiting\nunauthorized: authentication required',
    source: 'cypress-io/cypress-docker-images#125',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: a pull of the public cypress/base image failed part-way through the layer downloads; the reporter found the cause was not having set a registry mirror ("Mirror acceleration") on a network where Docker Hub\'s layer downloads fail. Of the 15 layer progress lines only the last one is kept'
  },
  {
    id: 'dev47-not-login-01',
    family: 'not-login',
    host: 'mcr.microsoft.com',
    text: 'docker pull mcr.microsoft.com/playwright/dotnet:v1.23.0-focal\nError response from daemon: manifest for mcr.microsoft.com/playwright/dotnet:v1.23.0-focal not found: manifest unknown: manifest tagged by "v1.23.0-focal" is not found',
    source: 'microsoft/playwright-dotnet#2195',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the Playwright .NET image for 1.23 was still being published ("should be good in ~30 minutes")'
  },
  {
    id: 'dev47-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: "% docker run -d -p 4444:4444 -p 7900:7900 --shm-size=\"2g\" selenium/standalone-chrome:latest\nUnable to find image 'selenium/standalone-chrome:latest' locally\nlatest: Pulling from selenium/standalone-chrome\nDigest: sha256:084d2f6ce78d25688a0d6899542ec7185008e3e17cccc2133edf92a3ed5f4948\nStatus: Downloaded newer image for selenium/standalone-chrome:latest\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
    source: 'SeleniumHQ/docker-selenium#1466',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'docker-selenium had no arm64 images then (Apple M1); the pull succeeded and only the platform warning followed. The container id line after the warning is cut'
  },
  {
    id: 'dev47-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: "docker: Error response from daemon: pull access denied for 9000, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'DaveAldon/Sonarqube-with-Docker-and-M1-Macs#5',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: INFERENCE: `docker run -p9000:9000 sonarqubem1` for a locally built SonarQube image; docker took "9000" as the image name, a command-line mistake, not a registry refusal. The stored thread shows no fix'
  }
]

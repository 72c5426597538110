/**
 * The hundred-and-eighteenth development set ("dev118": GitLab (gitlab.com and self-managed) and other private registries (plain registry:2, Basic-auth registries, Artifactory, Nexus, Gitea/Forgejo, JFrog, Zot, Distribution behind nginx)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-eighteenth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV118: readonly RealText[] = [
  {
    id: 'dev118-generic-01',
    family: 'generic',
    host: 'vcns-registry.cn-hangzhou.cr.aliyuncs.com',
    text: 'failed to resolve reference "vcns-registry.cn-hangzhou.cr.aliyuncs.com/vcns/3fs:0828-multi-device-op1": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'aliyun/kvc-3fs-operator#4',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'A pull from an Alibaba Cloud registry of an image the client may not read: by convention a private (or missing) repository pulled without a login that may read it. INFERENCE: the stored thread has no answer.'
  },
  {
    id: 'dev118-generic-02',
    family: 'generic',
    host: 'my-registry.example.com',
    text: 'No credentials found for GitHub Container Registry, using anonymous pull\nError: Action failed with error: Failed to fetch https://my-registry.example.com/v2/my-private-image/manifests/latest: 401 Unauthorized',
    source: 'lucacome/docker-image-update-checker#543',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: docker/login-action logged in to this self-hosted registry earlier in the job (and docker push works after it), but the checker action reads only GHCR credentials and fetched the private image's manifest with none. The post quoted the log with \"> \" prefixes, dropped here; the action's Run/with/Inputs lines are trimmed; the host is the reporter's own placeholder. INFERENCE: the maintainer's answer is cut off in the stored thread."
  },
  {
    id: 'dev118-generic-03',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Error: Error response from daemon: login attempt to https://registry.example.com/v2/ failed with status: 403 Forbidden',
    source: 'docker/login-action#461',
    expected: 'registry-unreachable',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a self-hosted registry:2 with htpasswd behind Cloudflare; docker login works from the reporter's terminal with the same credentials and fails only from GitHub Actions, and htpasswd answers a wrong password with 401, not 403: something in front (Cloudflare's protection) refuses the runner's address. INFERENCE: no confirmed fix in the stored thread. The host was masked by Actions (***): registry.example.com is a placeholder."
  },
  {
    id: 'dev118-generic-04',
    family: 'generic',
    host: 'r.csf.internal',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "r.csf.dev/shamil/personal-website:test": POST https://r.csf.internal/v2/shamil/test/blobs/uploads/: UNAUTHORIZED: access to the requested resource is not authorized',
    source: 'GoogleContainerTools/kaniko#1281',
    expected: 'missing-credentials',
    alsoAcceptable: ['malformed-credentials', 'insufficient-scope'],
    note: 'needs the thread: kaniko pushing to Sonatype Nexus from Bamboo; the job writes /kaniko/.docker/config.json with an echo whose inner double quotes are not escaped, so the shell strips them and the file is not JSON: kaniko sends the push check without a credential. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev118-generic-05',
    family: 'generic',
    host: 'registry.fly.io',
    text: 'error rendering push status stream: unauthorized: not allowed',
    source: 'superfly/flyctl-actions#36',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'invalid-credentials'],
    note: "needs the thread: flyctl deploy --remote-only from GitHub Actions (FLY_API_TOKEN), for an app in a sub-directory of the repository; the remote builder built the image and Fly's registry refused the push to that app's repository. INFERENCE: the stored thread shows no confirmed cause (a token that may not write that app, or an app name that does not exist for it)."
  },
  {
    id: 'dev118-generic-06',
    family: 'generic',
    host: 'registry.fly.io',
    text: 'ERROR: failed to push registry.fly.io/molecule-tenant:latest:\nunexpected status from HEAD request to\nhttps://registry.fly.io/v2/molecule-tenant/blobs/...: 401 Unauthorized',
    source: 'Molecule-AI/molecule-core#199',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired', 'insufficient-scope'],
    note: "needs the thread: the push to GHCR in the same job succeeds; the Fly login uses username x and the FLY_API_TOKEN secret, and the issue's analysis says the Fly credentials were rotated that night without updating the Actions secret (or the token lacks registry scope). INFERENCE: the stored thread shows no confirmed fix. Hard-wrapped as posted; the blob digest was elided (...) by the poster."
  },
  {
    id: 'dev118-generic-07',
    family: 'generic',
    host: 'docker-registry.default.svc:5000',
    text: 'Pushing image docker-registry.default.svc:5000/default/nginx-example:latest ...\nerror: build error: Failed to push image: unauthorized: authentication required',
    source: 'Azure/acs-engine#2960',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: 'needs the thread: an OpenShift build pushing to the internal registry; the registry\'s log posted with it shows the request as user "system:anonymous" (cannot get imagestreams/layers): the build pushed without its push credential. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev118-generic-08',
    family: 'generic',
    host: 'registry.cn-hangzhou.aliyuncs.com',
    text: 'The push refers to repository [registry.cn-hangzhou.aliyuncs.com/*******/curl]\n5f70bf18a086: Preparing\n8a3a352b89e: Preparing\n9fe9a137fdee: Preparing\ndenied: requested access to the resource is denied',
    source: 'docker/cli#4833',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'Alibaba Cloud Container Registry (personal edition): docker login succeeded just before, then the push is denied: the namespace in the path is not one this account may write (or the repository is in another region/namespace). The reporter masked the namespace (*******), kept as posted. INFERENCE: no answer in the stored thread.'
  },
  {
    id: 'dev118-generic-09',
    family: 'generic',
    host: 'docker:5000',
    text: 'Error response from daemon: no successful auth challenge for http://docker:5000/v2/ - errors: [token auth attempt for registry http://docker:5000/v2/: http://192.168.1.35:3000/v2/token?account=james&service=192.168.1.35%3A5000 request failed with status: 401 Unauthorized]',
    source: 'SUSE/Portus#396',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "docker login to a registry:2 whose token service is Portus: Portus answered the login's token request for the account with 401. INFERENCE: the stored thread shows no confirmed fix, and a Portus whose own setup is wrong (service name, certificate) answers the same way."
  },
  {
    id: 'dev118-generic-10',
    family: 'generic',
    host: 'local-repository.com',
    text: 'error: failed to solve: failed to push local-repository.com/base/myapp: failed to do request: Head "https://local-repository.com/v2/base/myapp/blobs/sha256:2d473b07cdd5f0912cd6f1a703352c82b512407db6b05b43f2553732b55df3bc": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    source: 'moby/buildkit#4149',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "buildctl pushing to a registry with a self-signed certificate; the maintainers point at a typo in buildkitd.toml's registry section, so buildkit did not load the CA."
  },
  {
    id: 'dev118-generic-11',
    family: 'generic',
    host: 'registry.example.com',
    text: "Pulling image '****' failed: pull access denied for ***, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'batect/batect#1261',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: a private registry that needs a login; docker pull of the same image works after docker login, only batect's own pull is denied: the tool sent no credential. INFERENCE: no confirmed fix in the stored thread. The reporter masked the image (kept as posted) and the host: registry.example.com is a placeholder."
  },
  {
    id: 'dev118-generic-12',
    family: 'generic',
    host: 'registry.example.com',
    text: '[ERROR] no basic auth credentials\n[WARNING] An attempt failed, will retry 1 more times\norg.apache.maven.plugin.MojoExecutionException: Could not push image',
    source: 'spotify/dockerfile-maven#340',
    expected: 'missing-credentials',
    note: "dockerfile-maven-plugin's push carried no credential for the registry. The post names no registry: registry.example.com is a placeholder; the Java stack trace after these lines is trimmed. INFERENCE: the stored thread shows no answer."
  },
  {
    id: 'dev118-generic-13',
    family: 'generic',
    host: '10.31.20.4:9444',
    text: '400 Bad Request: The plain HTTP request was sent to HTTPS port',
    source: 'google/go-containerregistry#1064',
    expected: 'registry-unreachable',
    case: 'http-to-https-port',
    note: "needs the thread: crane push of a tarball to a private registry at a private IP address (10.31.20.4:9444) behind TLS; crane speaks plain HTTP to private-address registries unless told otherwise, and the HTTPS port's proxy answers 400. The reporter also asks how to use --insecure and how to log in; no credential is refused. INFERENCE: the stored thread shows no confirmed fix."
  },
  {
    id: 'dev118-not-login-01',
    family: 'not-login',
    host: 'registry.local:5010',
    text: 'The push refers to repository [registry.local:5010/gallery/ui]\nb7b262236e29: Pushed \n4f4fb700ef54: Pushed \nffaa789c6d1d: Pushed \n8228db29ee2f: Pushed \nf8af6f22e079: Pushed \n6e771e15690e: Pushed \n764cf24c4173: Pushed \nerror from registry: manifest invalid',
    source: 'sixeyed/diamol#77',
    expected: 'not-a-login-failure',
    note: "A book exercise's local registry:2 refuses the manifest Docker 29 pushes after every layer was pushed: the registry does not take that manifest, nothing about logging in. INFERENCE: no answer in the stored thread."
  },
  {
    id: 'dev118-not-login-02',
    family: 'not-login',
    host: 'artifactory.url',
    text: 'The push refers to repository [artifactory.url/jenkins/test]\nmanifest invalid: manifest invalid',
    source: 'jenkinsci/docker#1148',
    expected: 'not-a-login-failure',
    note: 'Artifactory 7.11 refuses the manifest of a re-tagged jenkins/jenkins:2.300-alpine (and later) image; every layer already existed, so the login was fine. The fifteen "Layer already exists" lines are trimmed; the host is the reporter\'s own placeholder.'
  },
  {
    id: 'dev118-not-login-03',
    family: 'not-login',
    host: 'nexus.example.com',
    text: 'Error: 405: could not properly parse response JSON: \n<!DOCTYPE html>\n<html lang="en">\n<head>\n  <title>405 - Nexus Repository Manager</title>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>',
    source: 'chartmuseum/helm-push#74',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "helm cm-push posts to ChartMuseum's upload API, which a Nexus Helm repository does not have: Nexus answers 405 with its HTML page (the maintainer points to Nexus's own push plugin). Trimmed after the page's meta line; the post names no host: nexus.example.com is a placeholder."
  },
  {
    id: 'dev118-not-login-04',
    family: 'not-login',
    host: 'hub.mynexusdomain.com',
    text: 'FATA[0000] Error pushing manifest list/index to registry: sha256:273426f6391efb54d55c809383f7403cecf8f6fec220299d9bbaf2edbc0f4437: manifest list/index references to blobs and/or manifests are missing in your target registry: failed commit on ref "index-hub.mynexusdomain.com/mirai0/mysql-multiarch:5.7@sha256:273426f6391efb54d55c809383f7403cecf8f6fec220299d9bbaf2edbc0f4437": unexpected status: 400 Bad Request',
    source: 'estesp/manifest-tool#190',
    expected: 'not-a-login-failure',
    note: 'manifest-tool pushing a manifest list to Nexus: the registry answers 400 because manifests the list references are not in the target repository (they were pushed under library/, the list under mirai0/); no credential is refused. INFERENCE: the stored thread shows no confirmed cause.'
  }
]

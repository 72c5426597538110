/**
 * The eighty-ninth development set ("dev89": Quay (quay.io and Red Hat Quay) and Harbor): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The eighty-ninth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV89: readonly RealText[] = [
  {
    id: 'dev89-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '/usr/bin/podman push --quiet --digestfile python-39-39-latest_digest.txt python-39-39:latest quay.io/fedora/python-39-39:latest --tls-verify=true --creds=***:***\nError: trying to reuse blob sha256:883e787c00d4208d75fc3e85d100ce64b517e49a2468f0e7f084cf05d16f3e46 at destination: checking whether a blob sha256:883e787c00d4208d75fc3e85d100ce64b517e49a2468f0e7f084cf05d16f3e46 exists in quay.io/fedora/python-39-39: unauthorized: authentication required\nError: Error: podman exited with code 125',
    source: 'sclorg/s2i-python-container#513',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "INFERENCE: the stored thread stops before a fix. The push carried credentials (--creds, masked by GitHub as posted) and was refused at the first blob check, not at the token request, so Quay took the login but gave it no push on quay.io/fedora/python-39-39: a robot without write permission there, or a repository it may not create (the same repository's later issue #714 was fixed by creating the repository on Quay)."
  },
  {
    id: 'dev89-quay-02',
    family: 'quay',
    host: 'localhost:8080',
    text: '~/clair$ podman login --tls-verify=false localhost:8080\nAuthenticating with existing credentials...\nExisting credentials are valid. Already logged in to localhost:8080\n~/clair$ podman tag ubuntu:latest localhost:8080/clairv4-org/testing:latest\n~/clair$ podman push --tls-verify=false localhost:8080/clairv4-org/testing:latest\nGetting image source signatures\nError: Error trying to reuse blob sha256:feef05f055c989eea0367f5d3a2cba79896dd6d8a8b72bea2c729548a4ca5aef at destination: Error checking whether a blob sha256:feef05f055c989eea0367f5d3a2cba79896dd6d8a8b72bea2c729548a4ca5aef exists in localhost:8080/clairv4-org/testing: unauthorized: authentication required',
    source: 'quay/clair#1311',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "INFERENCE: the registry is the Quay of Clair's local development setup (the maintainer's reply assumes Quay and sends the reporter to it); no fix in the thread. The login is valid and the push is refused at the first blob check: the user may not write (or create) clairv4-org/testing, or the organization does not exist there."
  },
  {
    id: 'dev89-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'FATA[0000] Failed to run bundle: pull bundle image: error pulling image quay.io/testproject/testrepo:1.0.0: error resolving name : unexpected status code [manifests 1.0.0]: 401 UNAUTHORIZED',
    source: 'operator-framework/operator-sdk#6095',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the bundle is in a private quay.io repository; the pull secret was made for the cluster only (with --docker-server=quay.io/testproject), while operator-sdk pulls the bundle image itself first, with no credential that may read it. By the convention, a private pull without a login that may read it; INFERENCE (no confirmed fix in the stored thread).'
  },
  {
    id: 'dev89-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: '[mvala@fedora operator-test-playbooks]$ /var/home/mvala/.op/bin/opm index deprecatetruncate -u podman --bundles quay.io/openshift-community-operators/cockroachdb:v3.0.7 --tag quay.io/operator_testing/idx:v4.9 --from-index quay.io/operator_testing/idx:v4.9\nINFO[0000] Pulling previous image quay.io/operator_testing/idx:v4.9 to get metadata  bundles="[quay.io/openshift-community-operators/cockroachdb:v3.0.7]"\nError: error resolving name : unexpected status code [manifests v4.9]: 401 UNAUTHORIZED',
    source: 'operator-framework/operator-registry#774',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the reporter can pull both images with podman (logged in there), so the index is private and opm's own resolver sent no credential for it. One INFO line between the command and the Pulling line is trimmed. INFERENCE (no confirmed fix in the stored thread)."
  },
  {
    id: 'dev89-quay-05',
    family: 'quay',
    host: 'registry.disco.jharmison.net',
    text: 'INFO Publishing image set from archive "mirror-content/mirror_seq1_000000.tar" to registry "registry.disco.jharmison.net"\nINFO Extracting archive mirror-content/mirror_seq1_000000.tar\nerror: GET https://registry.disco.jharmison.net/v2/auth?scope=registry%3Acatalog%3A%2A&service=registry.disco.jharmison.net: INVALID_REQUEST: Unable to decode repository and actions: registry:catalog:*; map[]',
    source: 'openshift/oc-mirror#168',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown', 'not-a-login-failure'],
    case: 'list-denied',
    note: "A self-managed Red Hat Quay (the issue is about oc-mirror's integration with Quay): oc-mirror asked Quay's token service for the catalog scope (registry:catalog:*), which Quay does not grant; a listing refused, not a pull or push, and not the credential."
  },
  {
    id: 'dev89-quay-06',
    family: 'quay',
    host: 'registry-host:8443',
    text: 'INFO Checking push permissions for registry-host:8443\nDEBUG Using image registry-host:8443/ocp4/oc-mirror to check permissions\nerror: error checking push permissions for registry-host:8443: creating push check transport for registry-host:8443 failed: GET https://registry-host:8443/v2/auth?scope=repository%3Aocp4%2Foc-mirror%3Apush%2Cpull&service=registry-host%3A8443: UNSUPPORTED: Cannot create organization; map[]',
    source: 'openshift/oc-mirror#441',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "Red Hat Quay's mirror registry (host as the reporter masked it, kept). The token service refuses push to ocp4/oc-mirror because the organization ocp4 does not exist and a push may not create one: the namespace is missing, create it (or push under the user's own namespace)."
  },
  {
    id: 'dev89-quay-07',
    family: 'quay',
    host: 'quay.io',
    text: 'failed to enable hermetic build in the pipeline bundle with: error when building/pushing a tekton pipeline bundle: error when pushing a bundle quay.io/konflux-ci/test-images:pipeline-bundle-1766038709-qiqn to a container image registry repo: could not push image to registry as "quay.io/konflux-ci/test-images:pipeline-bundle-1766038709-qiqn": POST https://quay.io/v2/konflux-ci/test-images/blobs/uploads/: UNAUTHORIZED: access to the requested resource is not authorized; map[]',
    source: 'konflux-ci/build-definitions#3091',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: 'INFERENCE: posted inside a Go string literal (s: "…\\n"); the inner text is copied with its \\" unescaped and the trailing \\n dropped. The pull request is titled as a fix of a Quay authentication error in the e2e tests, but the stored thread does not show what was changed; Quay answers a blob upload this way both with no credential and with one that may not push to konflux-ci/test-images.'
  },
  {
    id: 'dev89-harbor-01',
    family: 'harbor',
    host: 'harbor.jiajiayue.com',
    text: '➜  hermes docker login harbor.XXXX.com\nUsername: admin\nPassword: \nError response from daemon: Get "https://harbor.jiajiayue.com/v2/": EOF',
    source: 'orbstack/orbstack#2534',
    expected: 'registry-unreachable',
    note: "OrbStack's docker; the reporter masked the host in the command but not in the error line (both kept as posted). The connection to /v2/ closed without an answer; no reply in the thread."
  },
  {
    id: 'dev89-harbor-02',
    family: 'harbor',
    host: 'harbor.com.vn',
    text: 'Error response from daemon: Get "https://harbor.com.vn/v2/": EOF',
    source: 'goharbor/harbor#19995',
    expected: 'registry-unreachable',
    note: 'Harbor v2.10.0 behind a reverse proxy: login works without the proxy and through the web UI, and fails with this only through the proxy (the thread). Quoted from a Markdown list item, backticks dropped.'
  },
  {
    id: 'dev89-harbor-03',
    family: 'harbor',
    host: '49.4.11.187',
    text: 'docker login 49.4.11.187\nUsername: admin\nPassword:\nError response from daemon: login attempt to http://49.4.11.187/v2/ failed with status: 502 Bad Gateway',
    source: 'goharbor/harbor#5081',
    expected: 'registry-unreachable',
    note: 'Harbor\'s nginx answered 502 because its registry container had crashed (the maintainer read "panic: No region parameter provided" in the logs: the storage was configured wrong).'
  },
  {
    id: 'dev89-harbor-04',
    family: 'harbor',
    host: 'harbor.mysite.io',
    text: 'Error response from daemon: Get "https://harbor.mysite.io/v2/": received unexpected HTTP status: 521',
    source: 'goharbor/harbor#20773',
    expected: 'registry-unreachable',
    note: 'Posted as a Markdown quote ("> " dropped). A robot account login through the reporter\'s own TLS-terminating nginx in front of Harbor; 521 is a server-side error status (the origin behind the front door refused), not the credential. The robot login command in the post is not copied.'
  },
  {
    id: 'dev89-harbor-05',
    family: 'harbor',
    host: 'harbor.company.com',
    text: 'Error response from daemon: login attempt to https://harbor.company.com/v2/ failed with status: 401 Unauthorized',
    source: 'goharbor/harbor#14605',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: admin and the default password log in to the portal; Harbor core's log says \"failed to authenticate harbor_registry_user\", Harbor's internal account between core and registry, after the reporter changed the internal service URLs (Harbor on ECS with RDS): a deployment fault, not the user's credential, which no id names. INFERENCE (no confirmed fix in the stored thread). Host kept as the reporter masked it."
  },
  {
    id: 'dev89-harbor-06',
    family: 'harbor',
    host: 'harbor.cbttrevor.com',
    text: '[2022-04-30T06:45:41.396156700Z][docker-credential-desktop][E] (3a38510d) 0216d9db-CredentialHelperPKG C<-S 6b144384-BackendAPI POST /registry/credstore-updated (696.7772ms): status code not OK but 401: {"detail":"Incorrect authentication credentials"}',
    source: 'goharbor/harbor#16792',
    expected: 'credential-store-error',
    alsoAcceptable: ['invalid-credentials'],
    case: 'credential-helper',
    note: "needs the thread: docker login to a fresh Harbor 2.5.0 on Kubernetes; the line is Docker Desktop's credential helper (docker-credential-desktop) failing to notify its own backend after storing the login, not Harbor's answer. The Go stack trace after it is trimmed. INFERENCE (no fix in the stored thread)."
  },
  {
    id: 'dev89-harbor-07',
    family: 'harbor',
    host: 'myharbor.domain',
    text: 'could not get tags: Get "https://myharbor.domain/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    source: 'argoproj-labs/argocd-image-updater#701',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "The issue's title (its body is a screenshot and the registry configuration); Argo CD Image Updater listing tags of a Harbor with a private CA, `insecure: yes` notwithstanding."
  },
  {
    id: 'dev89-harbor-08',
    family: 'harbor',
    host: '192.168.145.188',
    text: '[root@localhost harbor]# docker login 192.168.145.188\nUsername: admin\nPassword:\nError response from daemon: Get http://192.168.145.188/v2/: unauthorized: authentication required',
    source: 'goharbor/harbor#15614',
    expected: 'invalid-credentials',
    note: "INFERENCE: Harbor v2.3.2; the reporter tries admin with the default password, and Harbor's API refuses the same pair with 401 too (the curl in the post, whose Authorization header is not copied), so the password Harbor holds for admin is not the one typed (the default applies only to a fresh database). No confirmed fix in the stored thread."
  },
  {
    id: 'dev89-not-login-01',
    family: 'not-login',
    host: 'goharbor.mydomain.com',
    text: '$ docker push goharbor.mydomain.com/project/image:0.1\nThe push refers to repository [goharbor.mydomain.com/project/image]\nunknown blob',
    source: 'goharbor/harbor#6187',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "Harbor 1.6.1; eight layer progress lines between the second line and the error are trimmed. The reporter traced it to a changed harbor.cfg applied with install.sh: the registry's configuration, not a login."
  },
  {
    id: 'dev89-not-login-02',
    family: 'not-login',
    host: 'quay.io',
    text: 'Trying to pull quay.io/microshift/microshift:latest...\nError: choosing an image from manifest list docker://quay.io/microshift/microshift:latest: no image found in manifest list for architecture amd64,>',
    source: 'openshift/microshift#528',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'Journal prefixes ("dic 23 08:57:22 fedora-home podman[28481]: ") dropped; the line was cut by journalctl (the closing ">" kept as posted). The latest tag\'s manifest list lacked the amd64 and arm64 images.'
  },
  {
    id: 'dev89-not-login-03',
    family: 'not-login',
    host: 'quay.io',
    text: '$ docker push quay.io/vvoody/test:nginx\nThe push refers to repository [quay.io/vvoody/test]\n62491c1227dd: Pushed\nb3f4f4d8f801: Pushed\n2ddf52a320d2: Pushed\n16174e87921f: Pushed\nmanifest invalid: manifest invalid',
    source: 'docker/for-linux#667',
    expected: 'not-a-login-failure',
    note: 'Every layer was pushed with the login; Quay refused the schema 2 manifest of a newer docker (older docker versions push the same image): a manifest format problem, not a credential.'
  },
  {
    id: 'dev89-not-login-04',
    family: 'not-login',
    host: 'registry.harborexample.com',
    text: 'bash-5.1# crane copy registry.gitlabexample.com/examplegroup/repo/image:main registry.harborexample.com/target/target:main\n2022/06/23 11:12:00 Copying from registry.gitlabexample.com/group/repo/image:main to registry.harborexample.com/target/target:main\nError: failed to copy image: POST registry.harborexample.com/v2/target/target:main/blobs/uploads/?from=group%2Frepo%2Fimage&mount=sha256%3A0568686c22c248c1ef8ae00f5baa5d660cb5dcd3424e63a60d9c9b9b71e39785&origin=REDACTED: UNAUTHORIZED: project examplegroup not found: project examplegroup not found',
    source: 'google/go-containerregistry#1393',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: crane 0.10 asked Harbor to mount the blob from the source repository on the GitLab registry (a cross-registry mount, origin=REDACTED as posted), and Harbor refused for that foreign project; crane 0.9 copies the same image with the same logins. A client regression, not the credential. Hosts as the reporter masked them.'
  }
]

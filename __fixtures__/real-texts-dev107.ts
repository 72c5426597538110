/**
 * The hundred-and-seventh development set ("dev107": Quay (quay.io and Red Hat Quay) and Harbor): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-seventh development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV107: readonly RealText[] = [
  {
    id: 'dev107-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR:operatorcourier.push:{"error":{"code":"forbidden","details":{"package":"eclipse-che-operator-kubernetes/eclipse-che-preview-kubernetes","scopes":["push"]},"message":"Unauthorized access for: eclipse-che-operator-kubernetes/eclipse-che-preview-kubernetes"}}\n\nUnauthorized access for: eclipse-che-operator-kubernetes/eclipse-che-preview-kubernetes',
    source: 'eclipse-che/che#18393',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: "Quay's application registry (operator-courier) refused the push scope. The robot credentials in the repository secrets worked from a local machine; a maintainer asks whether the secrets are set up in the repository that runs the release. INFERENCE: the stored thread shows no confirmed fix, so an empty or wrong secret (missing-credentials) stays defensible."
  },
  {
    id: 'dev107-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'err: HTTP error!\nURL: https://quay.io/api/v1/repository/koudaiii/qucli/notification\nstatus code: 401\nbody:\n{"status": 401, "error_message": "Requires authentication", "title": "invalid_token", "error_type": "invalid_token", "detail": "Requires authentication", "type": "https://quay.io/api/v1/error/invalid_token"}',
    source: 'koudaiii/qucli#32',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "Quay's REST API (not the registry) answered that the call carried no authenticated user. The Homebrew build of the tool fails where a local build with the same setup lists the notifications, so the failing binary most likely sent no token; INFERENCE: the thread shows no stated fix. A token Quay did not accept (invalid-credentials) reads the same."
  },
  {
    id: 'dev107-quay-03',
    family: 'quay',
    host: 'quay.example.com:8443',
    text: '$ curl -u <username>:<password> -k https://<hostname>:8443/v2/_catalog\n{"error": "Invalid bearer token format"}',
    source: 'quay/mirror-registry#71',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    case: 'basic-only-client',
    note: "A listing of /v2/_catalog on the mirror registry (Red Hat Quay) sent with Basic credentials; Quay answers that it wants a bearer token, and the maintainer explains how to get a JWT from /v2/auth first. Labelled as a listing refused (README: a tool's listing refused is case list-denied of insufficient-scope); the cause is the client's auth scheme, not the credential, so unknown is also defensible. The post masked the host as <hostname> (and the credentials as placeholders, copied as posted); host is a placeholder of the same family."
  },
  {
    id: 'dev107-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: "2019-03-26 15:07:30,892 platform:- - atomic_reactor.plugin - INFO - running plugin instance with args: '{}'\n2019-03-26 15:07:31,097 platform:- - atomic_reactor.util - DEBUG - query_registry: querying /v2/mbasti-osbs-box/fedora/manifests/latest, headers: {u'Accept': 'application/vnd.docker.distribution.manifest.v1+json'}\n2019-03-26 15:07:31,334 platform:- - atomic_reactor.util - DEBUG - query_registry: [401] https://quay.io/v2/mbasti-osbs-box/fedora/manifests/latest\n2019-03-26 15:07:31,335 platform:- - atomic_reactor.util - DEBUG - query_registry: [401] https://quay.io/v2/mbasti-osbs-box/fedora/manifests/latest",
    source: 'containerbuildsystem/atomic-reactor#1184',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: the pull request adds auth support for the source registry to the plugins that query it, i.e. these manifest reads of a private Quay repository went without any credential. Trimmed: log lines before and the response-headers line after (cut off in the stored post) are left out; the lines kept are as posted.'
  },
  {
    id: 'dev107-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'Latest merge builds failed to push images to quay with a 401 Unauthorized error.',
    source: 'redhat-et/triton-dev-containers#133',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the base image was being pushed to a Quay repository that did not exist; the fix was the repository under the organization. The text is the issue's description in the reporter's words (the CI log itself is not in the stored post)."
  },
  {
    id: 'dev107-quay-06',
    family: 'quay',
    host: 'quay.example.com',
    text: 'error: Import failed (Unauthorized): you may not have access to the Docker image from private insecure repository',
    source: 'openshift/origin#16367',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "The issue's title: OpenShift's image-stream import error line followed by the reporter's words (\"from private insecure repository\"). oc import-image of a private repository on a self-managed Quay (quay.example.com as posted) that a BuildConfig had just pushed with a push secret; the import evidently went without a credential that may read it. INFERENCE: the stored thread shows no fix."
  },
  {
    id: 'dev107-quay-07',
    family: 'quay',
    host: 'quay.io',
    text: 'failed to send blob post, ref quay.io/daniel/test:latest: unauthorized',
    source: 'regclient/regclient#731',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'invalid-credentials'],
    note: 'regsync pushing to a private Quay namespace with a robot account; the blob upload (a write) was refused. INFERENCE: the stored thread shows no fix, so a robot without write permission, a repository that does not exist, or a wrong robot token all remain defensible. The reporter obfuscated the namespace; copied as posted.'
  },
  {
    id: 'dev107-harbor-01',
    family: 'harbor',
    host: 'app.run',
    text: 'ERROR: unauthorized: unauthorized to access repository: app-admin/app, action: push: unauthorized to access repository: app-admin/app, action: push\nError: buildx failed with: ERROR: unauthorized: unauthorized to access repository: app-admin/app, action: push: unauthorized to access repository: app-admin/app, action: push',
    source: 'goharbor/harbor-helm#2222',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: 'Trimmed: the layer-push progress lines and the "Reference / Check build summary support" lines between the two errors are left out. The reporter sees these refusals together with restarts of the harbor-core pod (Harbor on GKE via the Helm chart), which points at the registry side rather than the credential; INFERENCE: no confirmed fix in the stored thread.'
  },
  {
    id: 'dev107-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'initializing source docker://registry.REDACTED/internal/imagename:1.1.0: reading manifest 1.1.0 in registry.REDACTED/internal/imagename: unauthorized: unauthorized to access repository: internal/imagename, action: pull: unauthorized to access repository: internal/imagename, action: pull',
    source: 'podman-desktop/podman-desktop#2625',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: Podman Desktop's pull (UI) of an image in an on-prem Harbor project, where the same image pulls fine with podman on the command line after the same login; so the UI's pull carried no credential that may read the private project. INFERENCE: the issue is on hold with no fix. The post masked the host (registry.REDACTED, copied as posted); host is a placeholder."
  },
  {
    id: 'dev107-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '2019-06-14T00:50:17Z [ERROR] [job_logger.go:81]: an error occurred while pulling manifest of library/gitaly:v1.27.1 from source registry: 401 {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"library/gitaly","Action":"pull"}]}]',
    source: 'goharbor/harbor#8046',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'invalid-credentials'],
    note: "A Harbor 1.6.2 replication job log: the source registry of the replication rule refused an anonymous-looking pull of library/gitaly. INFERENCE: the issue was closed for not following the template, no fix; the source endpoint's credential (none, or a wrong one) or a repository missing there are all possible. The log names no host; host is a placeholder of the family. Copied as posted (the JSON is cut short in the post)."
  },
  {
    id: 'dev107-harbor-04',
    family: 'harbor',
    host: 'docker.ilanni.com',
    text: 'docker push docker.ilanni.com/alpine:latest The push refers to repository [docker.ilanni.com/alpine] df64d3292fd6: Retrying in 1 second  received unexpected HTTP status: 500 Internal Server Error',
    source: 'goharbor/harbor#6141',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: the reporter closed it finding that the project had not been created (the image name has no Harbor project), so Harbor's 500 stood for a missing namespace. Copied on one line as posted (Harbor 1.6.1)."
  },
  {
    id: 'dev107-harbor-05',
    family: 'harbor',
    host: '10.0.100.16',
    text: 'docker push 10.0.100.16/harbor-280/hello-world:latest\nThe push refers to repository [10.0.100.16/harbor-280/hello-world]\nreceived unexpected HTTP status: 500 Internal Server Error',
    source: 'goharbor/harbor#18653',
    expected: 'registry-unreachable',
    note: 'Harbor 2.8.0 backed by S3-compatible storage: the registry answers 500 on the push. Trimmed: one layer progress line between the second and third lines is left out.'
  },
  {
    id: 'dev107-harbor-06',
    family: 'harbor',
    host: 'core:8080',
    text: '{"exit_code":1,"image_ref":"core:8080/proxy_cache/gophernet/netcat@sha256:24a47b9a5856993356e7873eed6b9c88cc041c4a63dceea1f5df68462a62bc1c","level":"error","msg":"Running trivy failed","std_out":"2021-12-15T10:34:34.910Z\\t\\u001b[31mFATAL\\u001b[0m\\tscan error: unable to initialize a scanner: unable to initialize a docker scanner: 3 errors occurred:\\n\\t* unable to inspect the image (core:8080/proxy_cache/gophernet/netcat@sha256:24a47b9a5856993356e7873eed6b9c88cc041c4a63dceea1f5df68462a62bc1c): Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\\n\\t* unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory\\n\\t* Get \\"http://core:8080/v2/\\": dial tcp 172.26.0.9:8080: connect: connection refused\\n\\n\\n","time":"2021-12-15T10:34:34Z"}',
    source: 'goharbor/harbor#16129',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "Harbor 2.3.3's Trivy adapter log (the syslog prefix trimmed): Trivy tries a docker daemon and a podman socket, which it never needs inside Harbor, and then the registry itself, Harbor core at core:8080, which refused the connection. The issue is titled UNAUTHORIZED, but the text shows no refusal of a credential. INFERENCE: no confirmed fix in the stored thread. Escapes (\\t, \\n, \\u001b) kept as posted."
  },
  {
    id: 'dev107-harbor-07',
    family: 'harbor',
    host: 'projects.registry.vmware.com',
    text: '\'Revision "kn-py-echo-00001" failed with message: Unable to fetch image\n      projects.registry.vmware.com/veba/kn-py-echo:1.0": failed to resolve image\n      to digest: HEAD https://projects.registry.vmware.com/v2/veba/kn-py-echo/manifests/1.0:\n      unexpected status code 401 Unauthorized (HEAD responses have no body, use GET\n      for details).\'',
    source: 'vmware-archive/vcenter-event-broker-appliance#455',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Knative's tag resolution asked VMware's public Harbor for an image that was not there yet; the reporter pushed it the next day and it then resolved. Harbor answers 401 to an anonymous read of a repository it does not have. Hard-wrapped lines kept as posted."
  },
  {
    id: 'dev107-harbor-08',
    family: 'harbor',
    host: 'dockerhub.jd.com',
    text: 'Message:               Revision "custom-cifar10-beta-gpu-v1-2-predictor-default-ncjpv" failed with message: Unable to fetch image "dockerhub.jd.com/ime/custom-pytorchserver-gpu:v1": failed to resolve image to digest: failed to fetch image information: Get https://dockerhub.xxx.com/v2/: dial tcp xxx.xx.x.xx:443: connect: connection timed out.',
    source: 'knative/serving#11786',
    expected: 'registry-unreachable',
    note: "A private Harbor registry: Knative Serving's controller could not reach it while resolving the tag (connection timed out), while nodes pull fine; the maintainers point at the controller's network and at skipping tag resolution. The reporter masked the host in the Get URL and the address; copied as posted."
  },
  {
    id: 'dev107-harbor-09',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '[info] import image from oci:offline-images:quay.io/coreos/etcd:v3.5.12 to 10.xx.xx.xx/quay.io/coreos/etcd:v3.5.12-amd64\nFATA[0004] trying to reuse blob sha256:63b450eae87c42ba59c0fa815ad0e5b8cb6fb76a039cc341dbff6e744fa77a77 at destination: checking whether a blob sha256:63b450eae87c42ba59c0fa815ad0e5b8cb6fb76a039cc341dbff6e744fa77a77 exists in 10.xx.xx.xx/quay.io/coreos/etcd: requested access to the resource is denied',
    source: 'kubean-io/kubean#1211',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: kubean\'s import script pushes to Harbor as admin (the command and its "Login Succeeded!" are in the post; the password is not copied), who may push to every project, so the denial points at the target path\'s project ("quay.io") not existing in Harbor. INFERENCE: the stored thread shows no fix. The post masked the address (10.xx.xx.xx, copied as posted); host is a placeholder.'
  },
  {
    id: 'dev107-not-login-01',
    family: 'not-login',
    host: 'harbor.silvenia.dev',
    text: 'ERROR: failed to solve: error writing manifest blob: failed commit on ref "sha256:030951621ab6c414e7a35b30124ad0809a5236f0a3b75917ada3ecc6cf86b44e": unexpected status from PUT request to https://harbor.silvenia.dev/v2/library/postgresql-s3/manifests/cache: 404 Not Found',
    source: 'goharbor/harbor#19150',
    expected: 'not-a-login-failure',
    note: "needs the thread: the command was docker buildx build --push --cache-to type=registry,ref=…:cache; Harbor refuses buildkit's cache manifest, and the fix the thread points to is the cache exporter's settings (an image manifest for the cache), not a login or a missing repository."
  },
  {
    id: 'dev107-not-login-02',
    family: 'not-login',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/deisci/router:git-d16b111": image pull failed for quay.io/deisci/router:git-d16b111, this may be because there are no credentials on this request.  details: (Tag git-d16b111 not found in repository quay.io/deisci/router)',
    source: 'deis/router#335',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The kubelet's wording suggests missing credentials, but the details say the tag is not in the (public) Quay repository. Trimmed to the event's message (the event-table columns before it are left out)."
  },
  {
    id: 'dev107-not-login-03',
    family: 'not-login',
    host: 'quay.io',
    text: "Could not clone git repository: Error cloning git repository (exit status 128) Cloning into '/tmp/build_pack268724775'... Warning: Permanently added 'github.com,192.30.253.113' (RSA) to the list of known hosts. Permission denied (publickey). fatal: Could not read from remote repository. Please make sure you have the correct access rights and the repository exists.",
    source: 'stephenh/mirror#33',
    expected: 'not-a-login-failure',
    note: 'A Quay.io build trigger could no longer clone the GitHub repository (its deploy key was gone); fixed by deleting and re-adding the build trigger. A git clone credential, not a registry login.'
  }
]

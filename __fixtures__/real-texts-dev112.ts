/**
 * The hundred-and-twelfth development set ("dev112": GitLab (gitlab.com and self-managed) and other private registries (plain registry:2, Basic-auth registries, Artifactory, Nexus, Gitea/Forgejo, JFrog, Zot, Distribution behind nginx)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-twelfth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV112: readonly RealText[] = [
  {
    id: 'dev112-gitlab-01',
    family: 'gitlab',
    host: 'registry.example.com',
    text: 'Error (500 Server Error: Internal Server Error ("Get https://registry.example.com/v2/server/backend/manifests/latest: error parsing HTTP 403 response body: unexpected end of JSON input: """))',
    source: 'rancher/rancher#5198',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: the registry is the reporter's GitLab (host masked by the reporter as registry.example.com, kept); the same image pulls with docker-compose after docker login on the host, so the pull Rancher made reached GitLab without the registry entry's credential (the duplicate rancher/rancher#5328 says the same of gitlab.com): a private image pulled without a login that may read it. INFERENCE: the stored thread shows no confirmed fix."
  },
  {
    id: 'dev112-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'ImagePullBackOff: Back-off pulling image',
    source: 'rancher/rancher#18439',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found', 'invalid-credentials'],
    note: 'needs the thread: images published to a GitLab registry, a deploy token added to Rancher as a custom registry, the workload then stuck in ImagePullBackOff; the text alone names no cause. Trimmed: the post continues "in rancher workload screen" (prose). The post names no registry host: registry.gitlab.com is a placeholder of the family. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev112-gitlab-03',
    family: 'gitlab',
    host: 'git.project-hobbit.eu:4567',
    text: "2018-12-04 08:32:47,607 ERROR [org.hobbit.controller.docker.ContainerManagerImpl] - <Couldn't pull image git.project-hobbit.eu:4567/papv/versioningevaluationmodule:2.2.1 on node jux2f1eca8gqyfm6a921naza3. No such image: git.project-hobbit.eu:4567/papv/versioningevaluationmodule:2.2.1",
    source: 'hobbit-project/platform#379',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown', 'not-a-login-failure'],
    note: 'needs the thread: every benchmark and system image of the project\'s self-managed GitLab registry (port 4567) failed to pull, then worked again ("Now it works again for all checked images"), then failed again the next day: an intermittent failure of the registry, not of a credential. First of several such log lines kept. INFERENCE: the stored thread shows no confirmed cause.'
  },
  {
    id: 'dev112-generic-01',
    family: 'generic',
    host: 'images.smart-retail.com:5001',
    text: '$ docker login images.smart-retail.com:5001\nUsername: \nError response from daemon: Login: Not found\n (Code: 404; Headers: map[Content-Type:[text/plain; charset=utf-8] X-Content-Type-Options:[nosniff] Date:[Wed, 26 Oct 2016 01:17:20 GMT] Content-Length:[10]])',
    source: 'cesanta/docker_auth#144',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: 'The login answered 404 where a registry answers: per the post, port 5001 is docker_auth (the token server) and registry:2 is on 5000, so the login went to an address that is no registry.'
  },
  {
    id: 'dev112-generic-02',
    family: 'generic',
    host: 'docker-myserver.com:5000',
    text: 'Error response from daemon: no successful auth challenge for http://docker-myserver.com:5000/v2/ - errors: [token auth attempt for registry http://docker-myserver.com:5000/v2/: https://myserver.com:5001/auth?account=admin&service=Docker+registry request failed with status: 401 Unauthorized]',
    source: 'cesanta/docker_auth#33',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "The token server (cesanta/docker_auth with htpasswd-style users) answered 401 to the admin account's login. Quoted inside the post's prose; its closing full stop dropped. INFERENCE: the stored thread shows no confirmed fix."
  },
  {
    id: 'dev112-generic-03',
    family: 'generic',
    host: 'reg.local',
    text: '[root@reg OP]# docker login reg.local\nUsername: avid\nPassword:\nEmail: ****\nError response from daemon: no successful auth challenge for https://reg.local/v2/ - errors: [token auth attempt to https://reg.local/v2/ realm "https://reg.local:5001/auth" failed with status: 401 Unauthorized]',
    source: 'cesanta/docker_auth#22',
    expected: 'unknown',
    alsoAcceptable: ['insufficient-scope', 'invalid-credentials'],
    case: 'after-accepted',
    note: 'needs the thread: the issue is "Can no longer pull with docker 1.8.1 if the user only has pull access"; the docker_auth log shows the token issued with status 200 for this pull-only user while docker reported 401 (the maintainer: "we return the token with status 200, yet registry claims it got 401"), so the credential was accepted and docker 1.8.1 failed after it. The email was masked by the poster. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev112-generic-04',
    family: 'generic',
    host: 'registry.heroku.com',
    text: 'Pushing container to Heroku registry...\n  Using default tag: latest\n  The push refers to repository [registry.heroku.com/***/web]\n  unauthorized: authentication required\nError: Pushing docker container failed.\nError undefined',
    source: 'heroku/cli#2008',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'A GitHub workflow\'s heroku container:push: the push carried no login Heroku\'s registry accepted (heroku container:login not run in the job, or its key not taken). Trimmed: the 18 "Preparing"/"Waiting" layer lines, and the Markdown bold around "Error: Pushing docker container failed." The app name was masked (***) by GitHub. INFERENCE: the stored thread shows no fix.'
  },
  {
    id: 'dev112-generic-05',
    family: 'generic',
    host: 'registry.heroku.com',
    text: '% heroku container:push web\nerror parsing HTTP 400 response body: unexpected end of JSON input: ""',
    source: 'otiai10/ocrserver#15',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'invalid-credentials'],
    note: 'needs the thread: the reporter\'s fix was "I was using wrong account as heroku login": the logged-in account may not push to that app, and Heroku\'s registry answered 400 with an empty body. The text names no host: registry.heroku.com is where heroku container:push pushes.'
  },
  {
    id: 'dev112-generic-06',
    family: 'generic',
    host: 'theykk.com',
    text: 'Creating Docker image tag...\nDocker tag created: dev-9b5f85d\nDocker image name created: theykk.com/cubeta/repo/repo:dev-9b5f85d\nLogging into Docker registry theykk.com/cubeta...\nError response from daemon: Get https://theykk.com/v2/: unauthorized: authentication required\nError: Command failed: docker login -u *** --password-stdin theykk.com/cubeta\nError response from daemon: Get https://theykk.com/v2/: unauthorized: authentication required',
    source: 'mr-smithers-excellent/docker-build-push#48',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: 'docker login to a self-hosted registry refused the username and password the action passed (the username was masked *** by GitHub). INFERENCE: the stored thread ("my registry have auth") shows no fix; an empty password secret would read the same.'
  },
  {
    id: 'dev112-generic-07',
    family: 'generic',
    host: 'registry.redhat.io',
    text: 'Trying to pull registry.redhat.io/ansible-automation-platform-21/ee-supported-rhel8:latest...\nError: initializing source docker://registry.redhat.io/ansible-automation-platform-21/ee-supported-rhel8:latest: unable to retrieve auth token: invalid username/password: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication\n[ERROR]: Execution environment pull failed\n [HINT]: Check the execution environment image name, connectivity to and permissions for the registry, and try again',
    source: 'ansible/instruqt#269',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: 'needs the thread: ansible-navigator\'s podman pull of a Red Hat execution environment in a lab with no registry login; fixed by "using a different execution environment versus the one from registry.redhat.io that requires a login". podman words an anonymous refusal "invalid username/password". registry.redhat.io is Red Hat\'s own registry (not Quay), so family generic.'
  },
  {
    id: 'dev112-generic-08',
    family: 'generic',
    host: 'us.icr.io',
    text: 'error copying layers and metadata from "containers-storage:[overlay@/var/lib/containers/storage+/var/run/containers/storage]us.icr.io/cicd-tekton/external-cms-backend:latest" to "docker://us.icr.io/cicd-tekton/external-cms-backend:latest": Error trying to reuse blob sha256:11936051f93baf5a4fb090a8fa0999309b8173556f7826598e235e8a82127bce at destination: unable to retrieve auth token: invalid username/password: unauthorized: The login credentials are not valid, or your IBM Cloud account is not active.',
    source: 'podman-container-tools/buildah#3962',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: buildah push to IBM Cloud Container Registry from a Tekton task; asked "are you logged-in?", the reporter ran buildah login us.icr.io in the task and it could not even read a username (EOF): no login had been made for the host. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev112-generic-09',
    family: 'generic',
    host: 'us.icr.io',
    text: 'IBMMasterMBP:helloworld bjxzi$ kf push helloworld\n[source upload] Uploading /Volumes/journey/workspace/src/github.com/google/kf/samples/apps/helloworld to image us.icr.io/demo-abcds/src-demo-helloworld:1565854482320316000\nError: Error publishing image: UNSUPPORTED: The requested authentication method is not supported. Run the `bx cr login` command. To use registry tokens, use `docker login -u token` and your registry token as the password.; The requested authentication method is not supported. Run the `bx cr login` command. To use registry tokens, use `docker login -u token` and your registry token as the password.',
    source: 'google/kf#530',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error', 'unknown'],
    note: 'needs the thread: docker itself pushes to us.icr.io, but the docker config shows empty "auths" entries for icr.io (the login is in a credential helper), so kf\'s own registry client sent no credential and IBM\'s registry refused the request. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev112-generic-10',
    family: 'generic',
    host: 'placeholder.com',
    text: 'Error response from daemon: login attempt to https://placeholder.com/v2/ failed with status: 404 Not Found\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: login attempt to https://placeholder.com/v2/ failed with status: 404 Not Found',
    source: 'ibm-cloud-architecture/terraform-icp-ibmcloud#5',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: 'The registry address of the ICP installer\'s docker login was left at a template value (placeholder.com), which answers 404 on /v2/. Taken from the "stderr" field of the posted Ansible result (its \\n escapes as line breaks); the posted command line, which carries a password, is not copied.'
  },
  {
    id: 'dev112-generic-11',
    family: 'generic',
    host: 'mycluster.icp:8500',
    text: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get https://mycluster.icp:8500/v2/: dial tcp: lookup mycluster.icp on 10.1.0.10:53: no such host',
    source: 'ibm-cloud-architecture/refarch-cloudnative-bluecompute-web#73',
    expected: 'registry-unreachable',
    note: 'A Jenkins pipeline\'s docker login to an IBM Cloud Private registry whose name the build agent\'s DNS does not resolve. The "+ cat …" shell-trace lines before it are trimmed.'
  },
  {
    id: 'dev112-generic-12',
    family: 'generic',
    host: 'registry.example.com',
    text: '2014/10/17 09:03:09 Error response from daemon:\nOct 17 16:03:09 ip-10-2-1-216.ec2.internal bash[841]: 50.152.255.146 - - [17/Oct/2014:16:03:09 +0000] "GET /v1/_ping HTTP/1.1" 400 270 "-" "Go 1.1 package http" "-"\nOct 17 16:03:09 ip-10-2-1-216.ec2.internal bash[841]: 50.152.255.146 - - [17/Oct/2014:16:03:09 +0000] "GET /v1/_ping HTTP/1.1" 400 270 "-" "Go 1.1 package http" "-"\nOct 17 16:03:09 ip-10-2-1-216.ec2.internal bash[841]: 50.152.255.146 - - [17/Oct/2014:16:03:09 +0000] "POST /v1/users/ HTTP/1.1" 400 270 "-" "Go 1.1 package http" "-"',
    source: 'docker-archive/docker-registry#636',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "docker 1.3.0's login printed an empty daemon error; the nginx proxy in front of the registry (the post's second block, joined here) answered 400 to the login's requests, which docker 1.2.0 had passed. The post names no registry host: registry.example.com is a placeholder. INFERENCE: the stored thread shows no confirmed fix."
  },
  {
    id: 'dev112-generic-13',
    family: 'generic',
    host: 'nexus.example.com',
    text: '$ docker push "${DOCKER_IMAGE}"\nThe push refers to repository [DOCKER_REGISTRY]/[DOCKER_IMAGE]\n12d9bce943b3: Layer already exists\nunknown: unexpected status from HEAD request to https://[DOCKER_REGISTRY]/v2/[DOCKER_IMAGE]/manifests/sha256:[SHA256]: 500 Server Error',
    source: 'sonatype/nexus-public#1059',
    expected: 'registry-unreachable',
    note: 'A push to a Nexus docker-hosted repository answered 500, starting with the upgrade from Nexus 3.95.1 to 3.96.0 (per the post). Trimmed: 15 further layer progress lines. The reporter masked the registry ([DOCKER_REGISTRY]); nexus.example.com is a placeholder.'
  },
  {
    id: 'dev112-generic-14',
    family: 'generic',
    host: 'git.domain.com',
    text: '#14 pushing layer 408568b8af61 725.15MB / 725.15MB 358.6s done\n#14 ERROR: unknown: Client Closed Request\n------\n > pushing git.domain.com/user/project:main with docker:\n------\nERROR: unknown: Client Closed Request\n::error::buildx failed with: ERROR: unknown: Client Closed Request',
    source: 'go-gitea/gitea#31793',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'A Gitea Actions push to Gitea\'s container registry failing after six minutes of upload with a proxy\'s 499 "Client Closed Request" (a timeout in front of the registry, not a credential). Trimmed: four more "pushing layer" lines and the ::group:: / build-summary lines between the errors. Host masked by the reporter with a readable name (kept). INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev112-not-login-01',
    family: 'not-login',
    host: 'gitea.example.com',
    text: '> docker push GITEA_HOST/test/test:test\nThe push refers to repository [GITEA_HOST/test/test]\n7a351543ef85: Pushed\n7b24851aa36d: Pushed\nfailed commit on ref "index-sha256:[...]": unexpected status from PUT request to https://GITEA_HOST/v2/test/test/manifests/test: 404',
    source: 'go-gitea/gitea#31861',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: with the same login the layers were pushed; only the final image-index manifest PUT got 404, a Gitea container-registry bug the reporter links to go-gitea/gitea#31802 and #31644 (labelled workaround), not a missing repository or a refused credential. The stored excerpt ends at "404"; nothing after it is copied. The reporter masked the host (GITEA_HOST, kept in the text); gitea.example.com is a placeholder. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev112-not-login-02',
    family: 'not-login',
    host: '192.168.99.204:9080',
    text: 'failed to send blob post, ref 192.168.99.204:9080/test/ska-base:0.1.1: failed to request auth token (post): Post "null://192.168.99.204:9080/v2/token": unsupported protocol scheme "null"',
    source: 'sonatype/nexus-public#580',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown', 'not-a-login-failure'],
    note: 'needs the thread: looks like a token failure, but Nexus 3.77.1 itself announced a token realm with the scheme "null"; the reporter\'s upgrade test (3.75 -> 3.76 -> 3.77) fails only on 3.77, from the same regctl and credential. The registry is broken, not the login. Last line of the regctl output; its WARN log lines are trimmed.'
  },
  {
    id: 'dev112-not-login-03',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Failed to pull image (arenaam/wep-2023:latest) : 500 Server Error for http+docker://localhost/v1.41/images/create?tag=latest&fromImage=arenaam%2Fwep-2023: Internal Server Error ("Head "https://registry-1.docker.io/v2/arenaam/wep-2023/manifests/latest": unauthorized: incorrect username or password")',
    source: 'kasmtech/workspaces-issues#285',
    expected: 'registry-mismatch',
    alsoAcceptable: ['invalid-credentials'],
    case: 'name-without-host',
    note: "needs the thread: the image is on the reporter's self-hosted GitLab (title), but the pulled name has no registry host, so the pull went to Docker Hub, which refused the credential sent there; it looks like a wrong password and is a missing registry host. Trimmed: the Python traceback after the first sentence. INFERENCE: the stored thread shows no confirmed fix."
  }
]

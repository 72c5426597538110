/**
 * A third development set of real registry error texts ("dev3"), collected
 * on 2026-11-27 for the third round of wording rules (docs/registries.md
 * §13e). Sources are GitHub issues and pull requests found with the search
 * tool (docs/real-texts.md, "The third development set"); none is a source of
 * an earlier set or a thread already cited by the rules' documents, and no
 * text is (near-)identical to one of the earlier sets' (checked by
 * __fixtures__/real-texts-hygiene.ts against every earlier set, the sealed
 * and blind ones included, without printing them). Each text was labelled
 * from its thread before `judgeText` was run on it.
 *
 * Texts are copied as posted (surrounding log lines trimmed; notes say where
 * more was done). Labels use only the taxonomy of src/diagnosis.ts and the
 * README's Diagnoses table; a note starting "needs the thread:" marks a label
 * the text alone does not support. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS_DEV3: readonly RealText[] = [
  // ---------------------------------------------------------------- GHCR
  {
    id: 'dev3-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '#13 ERROR: failed to push ghcr.io/eth-act/ere/ere-base:0.0.12-caa8937: denied: installation not allowed to Write organization package',
      'ERROR: failed to build: failed to solve: failed to push ghcr.io/eth-act/ere/ere-base:0.0.12-caa8937: denied: installation not allowed to Write organization package'
    ),
    source: 'eth-act/ere#128',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "a pull request of an external contributor pushed with the workflow's GITHUB_TOKEN; the maintainer: it should not write to the organization's packages in pull requests"
  },
  {
    id: 'dev3-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '⨯ release failed after 12m59s              error=docker images: failed to publish artifacts: failed to push ghcr.io/boz/kail:v0.17.0-amd64 after 0 tries: failed to push ghcr.io/boz/kail:v0.17.0-amd64: exit status 1: denied: installation not allowed to Create organization package',
    source: 'boz/kail#144',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'goreleaser in a workflow; the pull request adds `permissions: packages: write`'
  },
  {
    id: 'dev3-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '#50 ERROR: failed to push ghcr.io/opendray/opendray:1.0.0: denied: permission_denied: write_package',
      'ERROR: failed to build: failed to solve: failed to push ghcr.io/opendray/opendray:1.0.0: denied: permission_denied: write_package'
    ),
    source: 'Opendray/opendray#55',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: "GITHUB_TOKEN had packages: write; the reporter's reading: the organization package is not linked to the repository, so its token may not create or write it"
  },
  {
    id: 'dev3-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/muchobien/pocketbase/manifests/latest": denied: denied',
    source: 'muchobien/pocketbase-docker#3',
    expected: 'stale-login',
    note: "a public image; the reporter's solution: `docker logout ghcr.io`, then a new personal access token"
  },
  {
    id: 'dev3-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'buildx failed with: ERROR: failed to build: failed to solve: failed to push ghcr.io/nitya-003/innerhue:main: ',
      'denied: installation not allowed to Create organization package'
    ),
    source: 'Nitya-003/InnerHue#256',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "docker/build-push-action with the workflow's token; the issue's fix: `permissions: packages: write`"
  },
  {
    id: 'dev3-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '$ docker logout ghcr.io',
      '$ docker pull ghcr.io/ayastrebov/docker-amneziawg:v1.0.20250706',
      'Error response from daemon: Head "https://ghcr.io/v2/ayastrebov/docker-amneziawg/manifests/v1.0.20250706": denied: denied'
    ),
    source: 'AYastrebov/docker-amneziawg#1',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'pulled after logging out; the maintainer: add a token to the docker config to pull (the package is not public)'
  },
  // -------------------------------------------------------------- GitLab
  {
    id: 'dev3-gitlab-01',
    family: 'gitlab',
    host: 'registry.company.com',
    text: lines(
      'Caused by: org.testcontainers.containers.ContainerFetchException: Failed to pull image: registry.company.com/core-squad/utilities/scm-mysql-container:master',
      'Caused by: com.github.dockerjava.api.exception.InternalServerErrorException: ',
      'Status 500: {"message":"Get https://registry.company.com/v2/core-squad/utilities/mysql-container/manifests/master: unauthorized: HTTP Basic: Access denied"}'
    ),
    source: 'testcontainers/testcontainers-java#3092',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a self-managed GitLab; the job wrote the docker config with `base64 <<< "$CI_REGISTRY_USER:$CI_REGISTRY_PASSWORD"`, whose newline went into the password; `echo -n … | base64` fixed it'
  },
  {
    id: 'dev3-gitlab-02',
    family: 'gitlab',
    host: 'gitlab.myprivatesite.com:5050',
    text: lines(
      'The push refers to repository [docker.io/library/backend]',
      'denied: requested access to the resource is denied',
      'Cleaning up file based variables',
      'ERROR: Job failed: exit code 1'
    ),
    source: 'fastapi/full-stack-fastapi-template#387',
    expected: 'registry-mismatch',
    note: "the job logged in to the self-managed GitLab's registry (gitlab.myprivatesite.com:5050), but the image was named `backend` without it, so docker pushed to Docker Hub"
  },
  // ---------------------------------------------------------------- Quay
  {
    id: 'dev3-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'Trying to pull quay.io/repository/centos7/httpd-24-centos7:latest...',
      'Error: initializing source docker://quay.io/repository/centos7/httpd-24-centos7:latest: reading manifest latest in quay.io/repository/centos7/httpd-24-centos7: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'redhat-performance/jetlag#381',
    expected: 'repository-not-found',
    note: "the image name carried the web page's `repository/` path; the pull request drops it (quay.io/centos7/httpd-24-centos7)"
  },
  {
    id: 'dev3-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR:operatorcourier.push:{"error":{"code":"forbidden","details":{"package":"seldon/seldon-deploy-operator","scopes":["create"]},"message":"Unauthorized access for: seldon/seldon-deploy-operator"}}',
    source: 'operator-framework/operator-courier#191',
    expected: 'insufficient-scope',
    note: "Quay's application registry refused to create the package for the token given (the reporter's `docker login` succeeded); the thread has no fix"
  },
  // -------------------------------------------------------------- Harbor
  {
    id: 'dev3-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      'docker push xxx.cn/xx/xx:v1',
      'error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<!DOCTYPE HTML PUBLIC \\"-//IETF//DTD HTML 2.0//EN\\">\\n<html><head>\\n<title>403 Forbidden</title>\\n</head><body>\\n<h1>Forbidden</h1>\\n<p>You don\'t have permission to access this resource.</p>\\n</body></html>\\n"'
    ),
    source: 'goharbor/harbor#16360',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "the domain name was served by a web server's 403 page; pushing to Harbor's ip:port worked; host masked in the post, placeholder"
  },
  {
    id: 'dev3-harbor-02',
    family: 'harbor',
    host: 'harbor-test.example.com',
    text: lines(
      '[xxx@harbor-test ~]$ docker push harbor-test.xxx.xx/test/wiki:test',
      'The push refers to repository [harbor-test.xxx.xx/test/wiki]',
      'Get https://harbor-test.xxx.xx/v2/: Service Unavailable'
    ),
    source: 'goharbor/harbor#10721',
    expected: 'registry-unreachable',
    note: 'the daemon logged "Attempting next endpoint for push after error: … Service Unavailable"; a maintainer asked about the client\'s certificate; host masked, placeholder'
  },
  {
    id: 'dev3-harbor-03',
    family: 'harbor',
    host: 'docker-registry',
    text: lines(
      '$ sudo docker push docker-registry/test/ubuntu:16.04',
      'The push refers to a repository [docker.io/docker-registry/test/ubuntu]',
      '33f1a94ed7fc: Preparing ',
      'b27287a6dbce: Preparing ',
      'denied: requested access to the resource is denied'
    ),
    source: 'goharbor/harbor#2383',
    expected: 'registry-mismatch',
    note: "Harbor's hostname was `docker-registry`, a name without a dot or port, so docker read it as a Docker Hub namespace and pushed to docker.io"
  },
  {
    id: 'dev3-harbor-04',
    family: 'harbor',
    host: 'harbor.xxx.com',
    text: lines(
      'docker login harbor.xxx.com returns ',
      '',
      'x509: certificate signed by unknown authority. '
    ),
    source: 'goharbor/harbor#11772',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'the root certificate of the chain (AddTrust External CA Root) had expired (the reporter)'
  },
  {
    id: 'dev3-harbor-05',
    family: 'harbor',
    host: 'www.harbor.com:30003',
    text: '报错为：x509: certificate signed by unknown authority',
    source: 'goharbor/harbor#11439',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "Harbor on a NodePort with its generated certificate; a maintainer: install the CA for docker (certs.d); the reporter's first try put it in the system anchors"
  },
  // ----------------------------------------------------------------- ECR
  {
    id: 'dev3-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'no basic auth credentials',
    source: 'concourse/docker-image-resource#116',
    expected: 'missing-credentials',
    alsoAcceptable: ['aws-access-denied'],
    note: "needs the thread: concourse's docker-image resource with aws_access_key_id; a commenter found an incorrect IAM policy on the user, so no ECR login was made; host not given, placeholder"
  },
  {
    id: 'dev3-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: lines(
      'Error syncing pod, skipping: failed to "StartContainer" for "zre" with ErrImagePull: "API error (500): Get https://<account number>.dkr.ecr.eu-west-1.amazonaws.com/v2/zre/manifests/latest:',
      ' no basic auth credentials\\n"'
    ),
    source: 'coreos/coreos-kubernetes#461',
    expected: 'missing-credentials',
    note: 'the kubelet did not fetch an ECR token for the node; running the ECR login on the controller let docker pull; account masked, placeholder'
  },
  {
    id: 'dev3-ecr-03',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: lines(
      ' ~> docker pull 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.3.2',
      'Error response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/amazon-k8s-cni/manifests/v1.3.2: no basic auth credentials'
    ),
    source: 'aws/amazon-vpc-cni-k8s#334',
    expected: 'missing-credentials',
    note: 'a pull from the EKS images account without an ECR login for it'
  },
  // ------------------------------------------- Artifact / Container Registry
  {
    id: 'dev3-gar-01',
    family: 'gar',
    host: 'eu.gcr.io',
    text: lines(
      'docker push eu.gcr.io/$GOOGLE_PROJECT_ID/path/to/pr/module:$sha1',
      "unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"
    ),
    source: 'CircleCI-Public/gcp-cli-orb#12',
    expected: 'missing-credentials',
    note: 'needs the thread: the workaround activates the service account and runs `gcloud auth configure-docker`'
  },
  {
    id: 'dev3-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "Error response from daemon: unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'GoogleCloudPlatform/docker-credential-gcr#70',
    expected: 'missing-credentials',
    note: "needs the thread: docker ran with sudo, whose docker config had no gcloud credentials (the user's had); letting the user run docker fixed it"
  },
  {
    id: 'dev3-gar-03',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: lines(
      '(base) fs740@MGB % docker pull us-central1-docker.pkg.dev/ganymede-331016/ultimagen/make_examples:2.2.1',
      'Error response from daemon: Head "https://us-central1-docker.pkg.dev/v2/ganymede-331016/ultimagen/make_examples/manifests/2.2.1": denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/ganymede-331016/locations/us-central1/repositories/ultimagen" (or it may not exist)'
    ),
    source: 'Ultimagen/healthomics-workflows#8',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "a user pulled the vendor's image from a repository not readable by them; the maintainers fixed the images' locations in a release"
  },
  // ----------------------------------------------------------------- ACR
  {
    id: 'dev3-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      '$ az acr check-health -n ********Containers --yes',
      'Docker daemon status: available',
      'DNS lookup to ********containers.azurecr.io at IP 52.236.191.0 : OK',
      'An error occurred: CONNECTIVITY_CHALLENGE_ERROR',
      "Registry '*********.azurecr.io' did not issue a challenge.",
      '',
      'Please refer to https://aka.ms/acr/errors#connectivity_challenge_error for more information.'
    ),
    source: 'Azure/acr#628',
    expected: 'registry-unreachable',
    note: 'several users at once; "It fixed itself after a day"; name masked, placeholder'
  },
  {
    id: 'dev3-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      'sudo az acr login -n <my_container_registry_name>',
      "Unable to get AAD authorization tokens with message: Please run 'az login' to setup account.",
      "Unable to get admin user credentials with message: Please run 'az login' to setup account.",
      'Username: <my_email>',
      'Password: ',
      'Error response from daemon: Get "https://<my_registry_name>.azurecr.io/v2/": unauthorized: Application not registered with AAD.',
      'Login failed.'
    ),
    source: 'Azure/azure-cli#21083',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: `sudo` ran the CLI as root, which had no `az login`, so it asked for a username and password and the account email was sent as one; name masked, placeholder'
  },
  {
    id: 'dev3-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'unauthorized: authentication required',
    source: 'MicrosoftDocs/azure-docs#5901',
    expected: 'token-expired',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: a push in the AKS tutorial after an earlier `az acr login`; logging in again fixed it (its token lasts three hours); host not given, placeholder'
  },
  {
    id: 'dev3-acr-04',
    family: 'acr',
    host: 'demoiotedge.azurecr.io',
    text: lines(
      'The push refers to repository [docker.io/library/demoiotedge.azurecr.io]',
      '76ab4738c3bd: Preparing',
      'bf24414230e3: Preparing',
      '49652298c779: Waiting',
      'denied: requested access to the resource is denied'
    ),
    source: 'MicrosoftDocs/azure-docs#31824',
    expected: 'registry-mismatch',
    note: "the module's image name was the registry host alone, so docker pushed to Docker Hub's library/demoiotedge.azurecr.io; the login was to the ACR"
  },
  {
    id: 'dev3-acr-05',
    family: 'acr',
    host: 'liangregistries.azurecr.io',
    text: lines(
      'The push refers to repository [liangregistries.azurecr.io/houliang/nginx]',
      'fe6a7a3b3f27: Preparing',
      'd0673244f7d4: Preparing',
      'unauthorized: authentication required'
    ),
    source: 'Azure/acr#258',
    expected: 'missing-credentials',
    note: 'needs the thread: `az login --service-principal` only, no `az acr login` or `docker login` to the registry (step 2 of the post); the excerpt cut the last word, completed'
  },
  // ------------------------------------------------------------- generic
  {
    id: 'dev3-generic-01',
    family: 'generic',
    host: 'nexus-test.local:8443',
    text: lines(
      '==> Pushing the image to registry (nexus-test.local:8443/centos/bind:Nzg3MDAzNDI0Zj)',
      'The push refers to a repository [nexus-test.local:8443/centos/bind]',
      '354368e8f078: Preparing',
      '5cfa84b5b94b: Preparing',
      'unauthorized: access to the requested resource is not authorized'
    ),
    source: 'CentOS/container-pipeline-service#487',
    expected: 'missing-credentials',
    note: 'needs the thread: the pipeline pushed to a Nexus that wants authentication without any docker login (the question of the issue)'
  },
  {
    id: 'dev3-generic-02',
    family: 'generic',
    host: 'registry.localhost:5000',
    text: lines(
      '$ skopeo inspect --no-creds docker://registry.localhost:5000',
      'FATA[0001] Error parsing image name "docker://registry.localhost:5000": reading manifest 5000 in docker.io/library/registry.localhost: errors:',
      'denied: requested access to the resource is denied',
      'unauthorized: authentication required'
    ),
    source: 'podman-container-tools/skopeo#1537',
    expected: 'repository-not-found',
    note: 'the reference named no image, so skopeo read it as docker.io/library/registry.localhost, tag 5000 (a maintainer)'
  },
  {
    id: 'dev3-generic-03',
    family: 'generic',
    host: 'docker.io',
    text: lines(
      ' docker-compose -f ./docker-compose.yml up -d',
      ' ✘ cadvisor Error                                                                                              5.6s',
      'error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: '
    ),
    source: 'lux4rd0/grafana-loki-syslog-aio#16',
    expected: 'credential-store-error',
    note: 'the docker config named credsStore "desktop" without Docker Desktop\'s helper on PATH (the reporter)'
  },
  // ---------------------------------------------------------- Docker Hub
  {
    id: 'dev3-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Run docker/login-action@v2',
      'Logging into Docker Hub...',
      'Error: Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password'
    ),
    source: 'pyrsia/pyrsia#1355',
    expected: 'invalid-credentials',
    note: "the account's password had been reset; updating the secret fixed it"
  },
  {
    id: 'dev3-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker: Error response from daemon: Get https://registry-1.docker.io/v2/codekitchen/dinghy-http-proxy/manifests/latest: unauthorized: incorrect username or password.',
    source: 'codekitchen/dinghy-http-proxy#47',
    expected: 'stale-login',
    note: 'a public image; the maintainer: a login cached in the docker config is no longer valid'
  },
  {
    id: 'dev3-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      "Unable to find image 'ubuntu:latest' locally"
    ),
    source: 'aquasecurity/tracee#4248',
    expected: 'rate-limited'
  },
  {
    id: 'dev3-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '  #2 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/sha256:4ed33101ee7ec299041cc41dd268dae17031184be94384b1ce7936dc4e5dead3: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit. https:'
    ),
    source: 'advanced-security/ghas-to-csv#89',
    expected: 'rate-limited',
    note: 'the excerpt ends at the link'
  },
  {
    id: 'dev3-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Step 1 : FROM node:4',
      'Get https://registry-1.docker.io/v2/library/node/manifests/4: unauthorized: incorrect username or password'
    ),
    source: 'docker/hub-feedback#753',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'an official image in a build; "solved by properly doing `docker login`" (the stored login was wrong)'
  },
  {
    id: 'dev3-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'docker build .',
      'Step 1/8 : FROM ubuntu:18.04',
      'Get https://registry-1.docker.io/v2/library/ubuntu/manifests/18.04: unauthorized: incorrect username or password'
    ),
    source: 'docker/for-mac#2640',
    expected: 'stale-login',
    note: 'after a `docker login registry-1.docker.io`; `docker logout` then `docker login` fixed it (a commenter)'
  },
  {
    id: 'dev3-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Trying to pull docker.io/pi-hole/pi-hole...',
      '  denied: requested access to the resource is denied',
      'Error: error pulling image "pi-hole/pi-hole": unable to pull pi-hole/pi-hole: 3 errors occurred:'
    ),
    source: 'podman-container-tools/podman#7780',
    expected: 'repository-not-found',
    note: "Pi-hole's image is pihole/pihole; pi-hole/pi-hole does not exist (inference from the name; the reporter had logged in)"
  },
  {
    id: 'dev3-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '$ docker run -it node:22 bash',
      "Unable to find image 'node:22' locally",
      'docker: error getting credentials - err: exit status 1, out: ``'
    ),
    source: 'docker/for-win#14906',
    expected: 'credential-store-error',
    note: "Docker Desktop 4.44.1's credential helper failed on a pull"
  },
  {
    id: 'dev3-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<HTML><HEAD>\\n<TITLE>Access Denied</TITLE>\\n</HEAD><BODY>\\n<H1>Access Denied</H1>\\n \\nYou don\'t have permission to access \\"http&#58;&#47;&#47;registry&#46;access&#46;redhat&#46;com&#47;v2&#47;maxmdsys&#47;soteria&#45;oauth&#47;blobs&#47;uploads&#47;\\" on this server.<P>\\n</BODY>\\n</HTML>\\n',
    source: 'docker/hub-feedback#1222',
    expected: 'registry-mismatch',
    note: "a push meant for Docker Hub went to registry.access.redhat.com, the default registry of RHEL's docker; setting docker.io in registries.conf fixed it (the commenter); the reference line of the page trimmed"
  },
  {
    id: 'dev3-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      "Pull down action image 'rtcamp/action-slack-notify:v2.0.2'",
      '  /usr/bin/docker pull rtcamp/action-slack-notify:v2.0.2',
      '  Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      '  Warning: Docker pull failed with exit code 1, back off 5.965 seconds before retry.'
    ),
    source: 'rtCamp/action-slack-notify#52',
    expected: 'rate-limited',
    note: "a self-hosted runner pulling the action's image anonymously from Docker Hub"
  },
  {
    id: 'dev3-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '2024-08-05T16:48:56.9268877Z > Task :Integrations:composeUp FAILED',
      '2024-08-05T16:48:56.9269675Z  redpanda Pulling ',
      '2024-08-05T16:48:56.9271701Z  redpanda Error toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      '2024-08-05T16:48:56.9274809Z Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit'
    ),
    source: 'deephaven/deephaven-core#5901',
    expected: 'rate-limited',
    note: 'a GitHub-hosted runner pulling the redpanda image through docker compose'
  },
  {
    id: 'dev3-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: docker.com/increase-rate-limit',
      '  Warning: Docker pull failed with exit code 1, back off 3.146 seconds before retry.'
    ),
    source: 'bridgecrewio/bridgecrew-action#26',
    expected: 'rate-limited',
    note: "the action's image pulled anonymously from Docker Hub"
  },
  // ------------------------------------------------------------ look-alikes
  {
    id: 'dev3-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'PS D:\\> docker pull guamulo/dockerimagesave',
      'Using default tag: latest',
      'Error response from daemon: manifest for guamulo/dockerimagesave:latest not found: manifest unknown: manifest unknown'
    ),
    source: 'jadolg/DockerImageSave#9',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the repository had no latest tag; the maintainer added one'
  },
  {
    id: 'dev3-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      '    sudo docker pull aaronngray/bpi-build:default',
      'Error response from daemon: manifest for aaronngray/bpi-build:default not found'
    ),
    source: 'docker/hub-feedback#1518',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the tag was bpi-build, not default or latest (the reporter)'
  },
  {
    id: 'dev3-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'Using default tag: latest',
      'Error response from daemon: manifest for significantgravitas/auto-gpt:latest not found: manifest unknown: manifest unknown'
    ),
    source: 'docker/docker-credential-helpers#266',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'no latest tag; a maintainer: name a tag'
  },
  {
    id: 'dev3-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'Deploy failed!',
      'Error: {"message":"no matching manifest for linux/arm64/v8 in the manifest list entries"}',
      'no matching manifest for linux/arm64/v8 in the manifest list entries'
    ),
    source: 'caprover/caprover#1378',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'node 8.7.0-alpine is built for amd64 only; a newer node image fixed it'
  },
  {
    id: 'dev3-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error: "no matching manifest for linux/arm/v8 in the manifest list entries" while attempting to install docker',
    source: 'alexjustesen/speedtest-tracker#913',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'the MariaDB image of the compose file on a Raspberry Pi; the reporter used Postgres instead'
  },
  {
    id: 'dev3-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'root@cold-1:/# docker pull podobaas/digitalocean-telegram-bot',
      'Using default tag: latest',
      'Error response from daemon: manifest for podobaas/digitalocean-telegram-bot:latest not found: manifest unknown: manifest unknown'
    ),
    source: 'podobaas/DigitalOceanTelegramBot#24',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'no latest tag; `docker pull -a` worked'
  },
  {
    id: 'dev3-not-login-07',
    family: 'not-login',
    host: 'xxxxx.com',
    text: 'Error response from daemon: Get https://xxxxx.com/v1/users/: x509: certificate signed by unknown authority',
    source: 'moby/moby#32785',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'a private registry behind nginx; the remote docker host did not trust its certificate (workaround: insecure-registry)'
  },
  {
    id: 'dev3-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'Using default tag: latest',
      'Error response from daemon: manifest for ansible/ansible:latest not found'
    ),
    source: 'docker/hub-feedback#1460',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the repository has no latest tag; a commenter: pull ansible/ansible:default'
  },
  {
    id: 'dev3-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'Using default tag: latest',
      'Error response from daemon: manifest for whitelok/watermark-remover:latest not found: manifest unknown: manifest unknown'
    ),
    source: 'whitelok/watermark-remover#18',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the maintainer: pull the v1.0 tag (the README fixed)'
  },
  {
    id: 'dev3-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      '$ docker pull wonderfall/rtorrent-flood',
      'Using default tag: latest',
      'Error response from daemon: manifest for wonderfall/rtorrent-flood:latest not found: manifest unknown: manifest unknown'
    ),
    source: 'Wonderfall/docker-rtorrent-flood#11',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the only tag is `new` (the reporter and a commenter)'
  },
  {
    id: 'dev3-not-login-11',
    family: 'not-login',
    host: 'docker.io',
    text: '`docker-compose up` throws the error `no matching manifest for linux/arm64/v8 in the manifest list entries" on an M1 MacBook.',
    source: 'FEMR/femr#712',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'an image of the compose file without an arm64 build (the linked answer: the MySQL image; `platform: linux/amd64`)'
  }
]

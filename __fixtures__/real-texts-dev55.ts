/**
 * A fifty-fifth development set of real registry error texts ("dev55"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fifty-fifth
 * development set"). Its direction: tutorials, courses, workshops, books'
 * companion repositories, cloud providers' samples and microservices demo
 * apps. Sources are GitHub issues and pull requests found with the search
 * tool; none is a source of an earlier set (the list of the 2356 earlier
 * sources was checked before each pick), and the hygiene test
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

export const REAL_TEXTS_DEV55: readonly RealText[] = [
  {
    id: 'dev55-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/pcottle/learngitbranching:main' locally\ndocker: Error response from daemon: Head \"https://ghcr.io/v2/pcottle/learngitbranching/manifests/main\": denied.\nSee 'docker run --help'.",
    source: 'pcottle/learnGitBranching#1220',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: an anonymous `docker run` of the image the README of Learn Git Branching (a teaching app) documents; GHCR answers a pull of a package that is private or absent with 'denied'. INFERENCE: the maintainer did not know Docker well and suggested running it outside a container; no fix in the stored thread"
  },
  {
    id: 'dev55-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/captn3m0/google-sre-ebook:ruby' locally\ndocker: Error response from daemon: denied.\nSee 'docker run --help'.",
    source: 'captn3m0/google-sre-ebook#140',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the README's command for building the Google SRE books as ebooks; the GHCR package was removed or made private ('apparently he removed or made private the image'), and the Docker Hub image captn3m0/google-sre-ebook:latest worked (the reporter's PR #141 points the README there)"
  },
  {
    id: 'dev55-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/polarbookshop/polar-ui/manifests/demo": denied: denied.',
    source: 'PolarBookshop/polar-ui#1',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials', 'missing-credentials'],
    note: "needs the thread: a reader of Cloud Native Spring in Action pulling the book's public polar-ui image (tags demo and v1). Another reader with 'that very same issue' fixed it by logging in to GHCR afresh with `docker login` as the book's section 6.1.3 shows. GHCR answers 'denied: denied' when the docker config holds a GitHub credential it refuses, and 'denied' or 'unauthorized' to an anonymous pull of a package it will not serve. INFERENCE: the reporter did not confirm"
  },
  {
    id: 'dev55-ecr-01',
    family: 'ecr',
    host: '111111111111.dkr.ecr.us-east-1.amazonaws.com',
    text: 'docker push 111111111111.dkr.ecr.us-east-1.amazonaws.com/mythicalmysfits/service:latest\nno basic auth credentials',
    source: 'aws-samples/aws-modern-application-workshop#1',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "The workshop's module 2B push; the post gives the command in a code block and the error in its prose, joined here (the reporter says he had put his own account id in place of 111111111111). INFERENCE: the maintainer changed the instructions (account id from STS, one image tag for build and push); the stored thread shows no confirmed fix. 'no basic auth credentials' is docker finding no login for that host"
  },
  {
    id: 'dev55-ecr-02',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error: unexpected status from HEAD request to https://public.ecr.aws/v2/karpenter/karpenter/manifests/1.1.0: 403 Forbidden',
    source: 'aws-samples/eks-workshop-v2#1239',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: "needs the thread: `helm upgrade --install karpenter oci://public.ecr.aws/karpenter/karpenter` in the EKS Workshop's lab environment; the Karpenter gallery page says to `docker logout public.ecr.aws`, and the workshop's fix (PR #1256, 'Fixes #1239') logs in to ECR Public afresh before the lab 'to avoid authentication issues'. INFERENCE: an old ECR Public login stored in the environment broke the public pull. A Helm OCI pull, a direction mined before; kept because the thread is a workshop's"
  },
  {
    id: 'dev55-ecr-03',
    family: 'ecr',
    host: '275396840892.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Trying to pull repository 275396840892.dkr.ecr.us-east-1.amazonaws.com/ecs-refarch-cloudformation/product-service ...\nPulling repository 275396840892.dkr.ecr.us-east-1.amazonaws.com/ecs-refarch-cloudformation/product-service\nunauthorized: authentication required',
    source: 'aws-samples/ecs-refarch-cloudformation#96',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the reference architecture's service templates name images in the authors' own ECR account, which does not allow anonymous pulls; the reporter asks for them to be made public. The post bolds the last line (markdown removed). INFERENCE: no answer in the stored thread"
  },
  {
    id: 'dev55-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "name unknown: The repository with name 'genai-realesrgan-4x-super-resolution' does not exist in the registry with id [aws account number]",
    source: 'aws-samples/genai-video-super-resolution#4',
    expected: 'repository-not-found',
    note: "The AWS sample's README pushed to an ECR repository it never created; ECR does not create repositories on push, and the PR adds the `aws ecr create-repository` step. The account id is masked as posted; `host` is a placeholder ECR host (not in the text)"
  },
  {
    id: 'dev55-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: '$ docker pull gcr.io/cloud-solutions-images/ecomm\nUsing default tag: latest\nError response from daemon: pull access denied for gcr.io/cloud-solutions-images/ecomm, repository does not exist or may require \'docker login\': denied: Permission denied for "latest" from request "/v2/cloud-solutions-images/ecomm/manifests/latest".',
    source: 'GoogleCloudPlatform/monolith-to-microservices-example#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the sample's monolith/deploy.yaml names an image in Google's cloud-solutions-images project that is no longer readable by the public; the maintainer's workaround is to build the image, push it to one's own gcr.io project and point deploy.yaml at it (fixed by the repo's PR #3)"
  },
  {
    id: 'dev55-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: manifest for gcr.io/google_samples/gb-frontend:v5 not found: manifest unknown: Failed to fetch "v5" from request "/v2/google_samples/gb-frontend/manifests/v5".',
    source: 'kubernetes/website#44230',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The Guestbook tutorial's frontend image moved to us-docker.pkg.dev/google-samples/containers/gke/gb-frontend:v5; the tag is gone from gcr.io (the thread was closed as a duplicate of the issues that changed the tutorial). The text is the one line quoted in the post's prose"
  },
  {
    id: 'dev55-gar-03',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'name unknown: Repository "dev-journey-repo" not found\nERROR: push attempt 10 detected failure, retrying: step exited with non-zero status: 1\nERROR: failed to push because we ran out of retries.\nERROR\nERROR: error pushing image "us-central1-docker.pkg.dev/thiswillbedeleted/dev-journey-repo/dev-journey": generic::unknown: retry budget exhausted (10 attempts): step exited with non-zero status: 1',
    source: 'GoogleCloudPlatform/developer-journey-app#117',
    expected: 'repository-not-found',
    note: "Google's 'dynamic web application with JavaScript' solution guide: the build pushes to an Artifact Registry repository that the guide's earlier steps had not created (the reporter met several errors before it). A Cloud Build push, a direction mined before; kept because the thread is a cloud provider's sample. INFERENCE: the stored thread shows no fix; the wording decides"
  },
  {
    id: 'dev55-gar-04',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: 'ImagePullBackOff - manifest for k8s.gcr.io/redis:e2e not found',
    source: 'gitopsbook/resources#39',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Chapter 3 of GitOps and Kubernetes: the guestbook's redis-master-deployment.yaml names k8s.gcr.io/redis:e2e, which the frozen k8s.gcr.io registry no longer serves. The text is the post's 'Error:' line (its bold label removed). INFERENCE: no answer in the stored thread; the wording decides"
  },
  {
    id: 'dev55-acr-01',
    family: 'acr',
    host: 'agoacontainer.azurecr.io',
    text: "(InaccessibleImage) The image 'agoacontainer/agoa:v1' in container group 'agoa' is not accessible. Please check the image and registry credential.\nCode: InaccessibleImage\nMessage: The image 'agoacontainer/agoa:v1' in container group 'agoa' is not accessible. Please check the image and registry credential.",
    source: 'Azure-Samples/azure-government-openai-access#2',
    expected: 'registry-mismatch',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    note: "needs the thread: `az container create` from the sample's README; the image name 'agoacontainer/agoa:v1' carries no registry host, so Azure Container Instances looks for it on Docker Hub, not in the agoacontainer registry whose admin credentials the reporter had enabled; the maintainer answered with a rewritten README (PR #4). INFERENCE: the stored thread does not show the pull working afterwards. `host` is the registry the image name implies (not in the text)"
  },
  {
    id: 'dev55-generic-01',
    family: 'generic',
    host: '10.100.198.200:5000',
    text: 'The push refers to a repository [10.100.198.200:5000/books-ms]\nGet https://10.100.198.200:5000/v1/_ping: http: server gave HTTP response to HTTPS client',
    source: 'vfarcic/books-ms#37',
    expected: 'registry-unreachable',
    note: "The DevOps 2.0 Toolkit book's lab (page 79): a plain-HTTP registry:2 on a Vagrant VM that the pushing Docker daemon does not list as an insecure registry, so docker speaks TLS to an HTTP port. INFERENCE: the author offered a screen-sharing session and the issue closed for inactivity"
  },
  {
    id: 'dev55-generic-02',
    family: 'generic',
    host: 'localhost:5001',
    text: 'docker push localhost:5001/otel-shopping-cart-cart:latest\nThe push refers to repository [localhost:5001/otel-shopping-cart-cart]\nGet "http://localhost:5001/v2/": dial tcp [::1]:5001: connect: connection refused',
    source: 'trstringer/otel-shopping-cart#2',
    expected: 'registry-unreachable',
    note: "The companion repository of a blog tutorial series: `make deploy` pushes to a local registry on port 5001 that the reader never started; the author pointed to kind's script that runs a kind cluster with a local registry. Kind and OpenTelemetry are directions mined before; kept because the thread is a tutorial's"
  },
  {
    id: 'dev55-generic-03',
    family: 'generic',
    host: '0.0.0.0:5000',
    text: "docker push 0.0.0.0:5000/anyuser/busybox\nThe push refers to a repository [0.0.0.0:5000/anyuser/busybox]\nGet https://0.0.0.0:5000/v1/_ping: x509: cannot validate certificate for 0.0.0.0 because it doesn't contain any IP SANs",
    source: 'kwk/docker-registry-setup#4',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch',
    note: 'An example setup of registry:2 with an LDAP-backed token server: the reader pushed to the registry by IP address, but its self-signed certificate names a host, not an IP; using a hostname from /etc/hosts that the certificate names fixed it'
  },
  {
    id: 'dev55-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'The push refers to a repository [docker.io/library/basic-docker-app]\nunauthorized: authentication required',
    source: 'kubernetes/website#1565',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    case: 'no-login',
    note: "needs the thread: following the hellonode tutorial, `gcloud docker push basic-docker-app`; gcloud's credential is for gcr.io, but the name without a registry went to Docker Hub's library namespace. The reporter: it 'should have been named gcr.io/$PROJECT_ID/basic-docker-app'. Layer progress lines and gcloud's deprecation warning trimmed"
  },
  {
    id: 'dev55-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: '[ERROR] Failed to execute goal com.spotify:dockerfile-maven-plugin:1.4.10:build (default) on project system: Could not build image: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit -> [Help 1]',
    source: 'kubernetes/website#37994',
    expected: 'rate-limited',
    note: "The interactive 'configure a Java microservice' tutorial of kubernetes.io, building in a shared sandbox that pulls from Docker Hub anonymously"
  },
  {
    id: 'dev55-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "geerlingguy/kube101-go:1.0.0": rpc error: code = Unknown desc = Error response from daemon: pull access denied for geerlingguy/kube101-go, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
    source: 'geerlingguy/kubernetes-101#42',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "Episode 03 of the Kubernetes 101 course: the Docker Hub repository was renamed (geerlingguy/kube101:hello-go); adding the pull secret the episode creates did not help, and the book's version 0.3 fixed the name"
  },
  {
    id: 'dev55-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "kiamol/ch-02-hello-kiamol": rpc error: code = Unknown desc = Error response from daemon: pull access denied for kiamol/ch-02-hello-kiamol, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
    source: 'sixeyed/kiamol#60',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "Chapter 2 of Learn Kubernetes in a Month of Lunches: the image is kiamol/ch02-hello-kiamol (no dash after 'ch'), as a reader answered. The kubelet event's column prefix and the post's italics trimmed"
  },
  {
    id: 'dev55-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "# docker pull codewisdom/ts-delivery-service:latest\nError response from daemon: pull access denied for codewisdom/ts-delivery-service, repository does not exist or may require 'docker login'",
    source: 'FudanSELab/train-ticket#166',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "The Train Ticket microservice benchmark's deployment files named an image that was never published; the maintainers updated the deployment files (PR #167)"
  },
  {
    id: 'dev55-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for portertech/demo-app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'sensu/sensu-go-workshop#156',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'Lesson 2 of the Sensu Go workshop: `docker-compose up -d` pulls portertech/demo-app, which is no longer on Docker Hub; readers got past it by building the image from its GitHub repository and tagging it locally'
  },
  {
    id: 'dev55-docker-hub-07',
    family: 'docker-hub',
    host: 'registry.hub.docker.com',
    text: '+ docker push registry.hub.docker.com/getintodevops/hellonode:21\nThe push refers to a repository [registry.hub.docker.com/getintodevops/hellonode]\ndenied: requested access to the resource is denied\nscript returned exit code 1',
    source: 'releaseworks/hellonode#2',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'namespace',
    note: "needs the thread: the getintodevops Jenkins-pipeline tutorial's last stage pushes to the tutorial author's namespace; the answer: you have no push rights to getintodevops/hellonode, build and push under your own Docker ID. Layer progress lines and the Jenkins '[getintodevops-hellonode] Running shell script' line trimmed. A Jenkins job, a direction mined before; kept because the thread is a tutorial's"
  },
  {
    id: 'dev55-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for timeshi1995/udacity-driving-reader:latest not found: manifest unknown: manifest unknown',
    source: 'rwightman/udacity-driving-reader#26',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "A tool for the Udacity self-driving course's datasets; the repository has no 'latest' tag. INFERENCE: no reply in the stored thread; the wording decides"
  },
  {
    id: 'dev55-not-login-02',
    family: 'not-login',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/google_containers/guestbook:v2" from pod "guestbook-jbp6n_default" and container "guestbook": image pull failed for gcr.io/google_containers/guestbook:v2, this may be because there are no credentials on this request.  details: (Tag v2 not found in repository gcr.io/google_containers/guestbook)',
    source: 'kubernetes/kubernetes#23584',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The guestbook-go example on the master branch named a tag that was never pushed there; the release branch's kubernetes/guestbook:v2 works. The journal prefix of the kubelet line trimmed"
  },
  {
    id: 'dev55-not-login-03',
    family: 'not-login',
    host: 'registry.k8s.io',
    text: 'Failed to pull image "registry.k8s.io/guestbook:v3": failed to pull and unpack image "registry.k8s.io/guestbook:v3": failed to get converter for "registry.k8s.io/guestbook:v3": Pulling Schema 1 images have been deprecated and disabled by default since containerd v2.0. As a workaround you may set an environment variable `CONTAINERD_ENABLE_DEPRECATED_PULL_SCHEMA_1_IMAGE=1`, but this will be completely removed in containerd v2.1.',
    source: 'kubernetes/examples#554',
    expected: 'not-a-login-failure',
    note: "The guestbook-go example's image is a schema 1 manifest that containerd 2 no longer pulls; the examples repository replaced it (PR #544). Quoted in a comment (the '>' removed)"
  },
  {
    id: 'dev55-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "radial/busyboxplus:curl": [DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is disabled by default and will be removed in an upcoming release. Suggest the author of docker.io/radial/busyboxplus:curl to upgrade the image to the OCI Format or Docker Image manifest v2, schema 2. More information at https://docs.docker.com/go/deprecated-image-specs/',
    source: 'kubernetes/website#51003',
    expected: 'not-a-login-failure',
    note: "The 'Connecting Applications with Services' tutorial's curl image is a schema 1 image; the reporter got through with busybox instead. The event's columns trimmed to the message"
  },
  {
    id: 'dev55-not-login-05',
    family: 'not-login',
    host: 'gcr.io',
    text: '$ docker pull hightowerlabs/helloworld:0.0.1\nError response from daemon: manifest for gcr.io/hightowerlabs/helloworld:0.0.1 not found',
    source: 'kelseyhightower/kubernetes-initializer-tutorial#10',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The tutorial's deployment named tag 0.0.1, which does not exist; a reader got past it with gcr.io/hightowerlabs/helloworld:1.0.0"
  },
  {
    id: 'dev55-not-login-06',
    family: 'not-login',
    host: 'gcr.io',
    text: '$ kubectl logs loadgenerator-79875bb976-tqn4d\n/bin/sh: 1: ./loadgen.sh: Permission denied',
    source: 'GoogleCloudPlatform/microservices-demo#222',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "Online Boutique's loadgenerator pod in CrashLoopBackOff after `skaffold run`: the script in the image lacked the execute bit, and the reporter fixed the Dockerfile. `host` is the registry the demo's images came from (gcr.io/google-samples), not in the text"
  },
  {
    id: 'dev55-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'Using default tag: latest\nlatest: Pulling from library/nginx\nno matching manifest for unknown in the manifest list entries',
    source: 'jonashackt/kubernetes-the-ansible-way#8',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "A Kubernetes-the-hard-way tutorial repository: `sudo docker pull nginx` on a worker whose Docker reported its architecture as 'unknown', so no entry of the multi-platform image matched. The kubelet events above it in the post say the same ('no matching manifest for unknown'). INFERENCE: the stored thread shows no fix; the wording decides"
  },
  {
    id: 'dev55-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'FATA[0000] creating container: rpc error: code = Unknown desc = image not known',
    source: 'book-of-kubernetes/examples#4',
    expected: 'not-a-login-failure',
    note: 'Chapter 3 of The Book of Kubernetes: the chapter pulls docker.io/bookofkubernetes/stress:stable with crictl, but the example YAML named another tag, which the node had never pulled; the PR makes the YAML use stress:stable. Nothing reached a registry'
  }
]

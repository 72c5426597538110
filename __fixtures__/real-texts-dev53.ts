/**
 * A fifty-third development set of real registry error texts ("dev53"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fifty-third
 * development set"). Its direction: messaging, streaming and workflow
 * engines' images (RabbitMQ, Redpanda, Confluent Platform and Kafka tools,
 * EMQX and Mosquitto, Temporal, Camunda, Airbyte, Debezium, Flink and Spark
 * operators, jBPM, ActiveMQ). Sources are GitHub issues and pull requests
 * found with the search tool; none is a source of an earlier set (the list
 * of the 2356 earlier sources was checked before each pick), and the hygiene
 * test (__fixtures__/real-texts-hygiene.ts) compares every text with every
 * earlier set, the sealed and blind ones included, without printing them.
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

export const REAL_TEXTS_DEV53: readonly RealText[] = [
  {
    id: 'dev53-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed to pull image "ghcr.io/varabonthu/spark-web-ui:1.3.1": failed to pull and unpack image "ghcr.io/varabonthu/spark-web-ui:1.3.1": failed to resolve reference "ghcr.io/varabonthu/spark-web-ui:1.3.1": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Avarabonthu%2Fspark-web-ui%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'KubedAI/spark-history-server#34',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a Spark History Server chart\'s image, a personal GHCR package that the cluster pulled anonymously; the reporter (the package\'s owner) filed it as "Error while pulling the image due to missing secrets". GHCR refuses the anonymous token for a private or missing package with this 403. INFERENCE: the stored thread holds no comment on the fix (private package made public, or a pull secret added). A kubelet event (containerd), the event columns trimmed'
  },
  {
    id: 'dev53-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: "Unable to find image 'quay.io/kiegroup/kie-business-central-workbench-showcase:latest' locally\ndocker: Error response from daemon: unauthorized: access to the requested resource is not authorized.\nSee 'docker run --help'.",
    source: 'jboss-dockerfiles/business-central#67',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the README of the jBPM workbench (a workflow engine) named the image with a superfluous `kie-`; quay.io/kiegroup/business-central-workbench-showcase pulls. Quay answers an anonymous pull of a repository it does not have with this 'unauthorized'"
  },
  {
    id: 'dev53-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Pulling repository quay.io/attcomdev/fuel-mcp-rabbitmq\nError: Status 403 trying to pull repository attcomdev/fuel-mcp-rabbitmq: "{\\"error\\": \\"Permission Denied\\"}"',
    source: 'att-comdev/openstack-helm#308',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a RabbitMQ image re-hosted on quay.io for a Helm chart; Quay had created the new repository private ("Quay defaulted to a private repo!!"), and the pull worked once it was made public. An old docker client (v1 pull wording); the shell prompt and command line trimmed'
  },
  {
    id: 'dev53-harbor-01',
    family: 'harbor',
    host: 'registry.camunda.cloud',
    text: "Service 'db' failed to build: Get https://registry.camunda.cloud/v2/camunda-bpm-platform-ee/manifests/tomcat-7.10.5: no basic auth credentials",
    source: 'camunda-consulting/docker-camunda-platform#3',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "registry.camunda.cloud is Camunda's Harbor for Enterprise Edition images (its refusals elsewhere carry Harbor's 'unauthorized to access repository' wording); docker sent no login for it. The maintainer: these are EE images, only available with an enterprise login; the Community Edition images are on Docker Hub. The text is docker-compose's"
  },
  {
    id: 'dev53-harbor-02',
    family: 'harbor',
    host: 'registry.camunda.cloud',
    text: 'unauthorized to access repository: web-modeler-ee/modeler-restapi',
    source: 'camunda/camunda-distributions#3',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: the Camunda 8.5 docker-compose Web Modeler images are in Camunda's private (Harbor) registry for enterprise customers; the contributor had no credentials for it (\"I don't have the correct credentials for the private register\") and the 8.5 web-modeler compose file was later removed. The text is the part of Harbor's message the comment quotes in its prose; host from the compose file"
  },
  {
    id: 'dev53-ecr-01',
    family: 'ecr',
    host: '368821881613.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Pulling zookeeper (368821881613.dkr.ecr.us-west-2.amazonaws.com/confluentinc/cp-zookeeper:5.3.x-latest)...\nERROR: Get https://368821881613.dkr.ecr.us-west-2.amazonaws.com/v2/confluentinc/cp-zookeeper/manifests/5.3.x-latest: no basic auth credentials',
    source: 'confluentinc/examples#230',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Confluent's RBAC docker example defaulted its image PREFIX to Confluent's own internal ECR account, which no user can log in to; the fix is to set PREFIX and TAG to the public confluentinc images. The text alone reads as a pull with no ECR login"
  },
  {
    id: 'dev53-ecr-02',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: "Error response from daemon: repository public.ecr.aws/ews-network/confluentinc/cp-schema-registry not found: name unknown: The repository with name 'confluentinc/cp-schema-registry' does not exist in the registry with id 'ews-network'",
    source: 'emqx/emqx#14632',
    expected: 'repository-not-found',
    note: 'EMQX\'s CI pulled a Confluent Schema Registry mirror from an ECR Public registry that had removed it ("fix schema registry image that is gone"); the PR switched to another image'
  },
  {
    id: 'dev53-ecr-03',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'unexpected status from POST request to https://public.ecr.aws/v2/kafbat/kafka-ui/blobs/uploads/: 404 Not Found\nError: Process completed with exit code 1.',
    source: 'kafbat/kafka-ui#242',
    expected: 'repository-not-found',
    note: "needs the thread: kafka-ui's release job pushing to ECR Public with the registry set to bare public.ecr.aws, so the push named kafbat/kafka-ui without the registry's alias (public.ecr.aws/s0v8j8q9/...); the maintainers moved the alias into the repository path. ECR Public answers an upload to a repository it does not have with 404. INFERENCE: the stored thread ends before a confirmed green push"
  },
  {
    id: 'dev53-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/ynli-k8s/spark:v2.3.0-gcs":\nfailed to authorize: failed to fetch oauth token:\nunexpected status from GET request to https://gcr.io/v2/token?scope=...:\n403 Forbidden\n{"errors":[{"code":"DENIED","message":"Caller does not have permission or the resource may not exist \'read\'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control"}]}',
    source: 'kubeflow/spark-operator#2562',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    note: "needs the thread: the Spark Operator's GCP guide names an image in a contributor's own project that is not (or no longer) public; the GKE node's credential has no read on that project. The reporter's prose line between the event and the JSON body and a blank line were cut; `scope=...` is the reporter's elision. INFERENCE: the issue is open, no fix stored"
  },
  {
    id: 'dev53-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/spark-operator/spark-operator:latest": rpc error: code = Unknown desc = Error response from daemon: Get https://gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'kubeflow/spark-operator#1372',
    expected: 'registry-unreachable',
    note: "the node could not reach gcr.io at all (a connection timeout before any answer); the thread only points to the image's later home on ghcr.io. INFERENCE: no network cause confirmed"
  },
  {
    id: 'dev53-generic-01',
    family: 'generic',
    host: 'docker.redpanda.com',
    text: "Error response from daemon: pull access denied for docker.redpanda.com/vectorized/console, repository does not exist or may require 'docker login'",
    source: 'StarRocks/demo#74',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "Redpanda renamed its image namespace from vectorized to redpandadata; docker.redpanda.com/redpandadata/console:v2.4.3 pulls. docker.redpanda.com is Redpanda's own registry name (it fronts Docker Hub)"
  },
  {
    id: 'dev53-generic-02',
    family: 'generic',
    host: 'docker.vectorized.io',
    text: 'Pulling redpanda (docker.vectorized.io/vectorized/redpanda:v21.9.5)...\nunauthorized: authentication required',
    source: 'deephaven/deephaven-core#2651',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: Redpanda\'s old registry host docker.vectorized.io stopped serving the image anonymously; switching the compose file to docker.redpanda.com fixed it ("now it works again"). The text alone reads as a missing login'
  },
  {
    id: 'dev53-generic-03',
    family: 'generic',
    host: 'registry.mcp.fuel-infra.org',
    text: 'Error syncing pod, skipping: failed to "StartContainer" for "rabbitmq" with ErrImagePull: "image pull failed for registry.mcp.fuel-infra.org/mcp/rabbitmq:ocata-unstable, this may be because there are no credentials on this request.  details: (Error: image mcp/rabbitmq:ocata-unstable not found)"',
    source: 'att-comdev/openstack-helm#306',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'the RabbitMQ image\'s upstream (Mirantis) registry had moved or removed it ("the entire MCP registry has either moved or been removed"); the chart was pointed at a re-hosted copy. A 2017 kubelet event, its leading event columns trimmed'
  },
  {
    id: 'dev53-generic-04',
    family: 'generic',
    host: 'zipau-docker.jfrog.io',
    text: 'Failed to pull image "zipau-docker.jfrog.io/airbyte/container-orchestrator:0.50.4": rpc error: code = Unknown desc = failed to pull and unpack image "docker.jfrog.io/airbyte/container-orchestrator:0.50.4": failed to resolve reference "docker.jfrog.io/airbyte/container-orchestrator:0.50.4": failed to authorize: failed to fetch anonymous token: unexpected status: 401',
    source: 'airbytehq/airbyte#28032',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "needs the thread: Airbyte on Kubernetes with images mirrored to an Artifactory (JFrog) registry; with CONTAINER_ORCHESTRATOR_ENABLED the orchestrator pod was launched without the JOB_KUBE_MAIN_CONTAINER_IMAGE_PULL_SECRET pull secret (the same reporter's airbytehq/airbyte#36378 traces it to the pod builder), so the kubelet pulled anonymously. The host inside the message is as posted (the reporter masked part of it in two of three places); the kubelet event columns trimmed"
  },
  {
    id: 'dev53-generic-05',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Failed to pull image "[REDACTED]/airbyte/temporal-auto-setup:1.13.0": rpc error: code = Unknown desc = Requesting bearer token: invalid status code from registry 403 (Forbidden)',
    source: 'airbytehq/airbyte#27722',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: Airbyte deployed from a private registry that needs imagePullSecrets; the chart's Temporal deployment template had no imagePullSecrets at all, so that pod pulled with no credential. The reporter redacted the host: `host` is a placeholder. INFERENCE: the reporter's diagnosis, no fix in the stored thread"
  },
  {
    id: 'dev53-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: Head "https://registry-1.docker.io/v2/library/rabbitmq/manifests/3.9.13-management": unauthorized: incorrect username or password',
    source: 'docker-library/rabbitmq#549',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "a pull of the public official rabbitmq image that Docker Hub refused for the credential sent, so a stored Docker Hub login on the host is bad; the maintainer could not reproduce it and suspected the host's environment. INFERENCE: no fix in the stored thread"
  },
  {
    id: 'dev53-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Get https://registry-1.docker.io/v2/confluentinc/cp-zookeeper/manifests/latest: unauthorized: incorrect username or password',
    source: 'socsieng/go-fiddle#36',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'docker-compose pulling the public confluentinc/cp-zookeeper; the maintainer: "Is there a chance that you\'ve logged into docker hub with incorrect details? It should work anonymously. Can you try logging out?". The reporter\'s bold markers removed. INFERENCE: the reporter did not confirm'
  },
  {
    id: 'dev53-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "pull access denied for placeholder/confluentinc/cp-base-new, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'confluentinc/kafka-streams-examples#328',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'the Maven docker profile prefixes the base image with its `docker.registry` property, left at `placeholder/`; building with -Ddocker.registry= (empty) and a released tag worked for others in the thread'
  },
  {
    id: 'dev53-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for vectorized/redpanda, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'redpanda-data/console#1696',
    expected: 'repository-not-found',
    note: "Redpanda's Docker Hub organisation was renamed from vectorized to redpandadata; the PR updates the example compose file. The compose progress line before it trimmed"
  },
  {
    id: 'dev53-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for debezium/connect-jdbc-es, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'confluentinc/kafka-connect-jdbc#1333',
    expected: 'repository-not-found',
    note: "no such image on Docker Hub (in Debezium's examples it is a name built locally from a Dockerfile); the only reply says the repository is not Debezium's. INFERENCE on where the name came from"
  },
  {
    id: 'dev53-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: pull access denied for spark-2, repository does not exist or may require 'docker login'",
    source: 'greg-gajda/spark-examples#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the name pulled was a bare `spark-2` (Docker Hub's library namespace); the maintainer answered that the image is published as giegie/spark-2. The text is the issue's title; INFERENCE: the reporter did not confirm"
  },
  {
    id: 'dev53-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'emqtt_bench:latest' locally\ndocker: Error response from daemon: pull access denied for emqtt_bench, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'emqx/emqtt-bench#193',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: EMQX's MQTT benchmark image built locally by `make docker` is tagged with the git describe output, not `latest`, so docker looked for library/emqtt_bench on Docker Hub; the published image is emqx/emqtt-bench. The reporter had logged in, which changes nothing"
  },
  {
    id: 'dev53-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Step 1/7 : FROM airbyte/integration-base-java:dev\npull access denied for airbyte/integration-base-java, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'airbytehq/airbyte#6771',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: an Airbyte connector's Dockerfile builds FROM a `:dev` base image that only the repository's Gradle build creates locally; the maintainer pointed to the connector build docs. Build-context lines trimmed"
  },
  {
    id: 'dev53-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: "debezium Warning pull access denied for debezium-connect, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'risingwavelabs/risingwave#20205',
    expected: 'repository-not-found',
    note: "a compose file's Debezium Connect image name no longer exists on Docker Hub; the PR renames it to debezium/connect"
  },
  {
    id: 'dev53-docker-hub-10',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Caused by: com.github.dockerjava.api.exception.DockerClientException: Could not pull image: Head "https://registry-1.docker.io/v2/library/flink/manifests/1.12.5-scala_2.11-java8": unauthorized: incorrect username or password',
    source: 'apache/streampark#372',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: StreamPark (then StreamX), building a Flink application image, pulled the public flink base image from Docker Hub with the credentials of its configured private registry after PR #363; Docker Hub refused them and this PR drops the auth from the base-image pull. Only the Caused-by line of the Java trace kept. INFERENCE on what #363 changed: the PR says only that #363 caused this error and fixes the base-image pull'
  },
  {
    id: 'dev53-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "docker.io/vromero/activemq-artemis:2.15.0": rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'vromero/activemq-artemis-docker#175',
    expected: 'rate-limited',
    note: "an ActiveMQ Artemis image pulled by a Kubernetes node in November 2020, when Docker Hub's anonymous pull limits began; the maintainer points to Docker's rate-limit page"
  },
  {
    id: 'dev53-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: "Unable to find image 'sapcc/mosquitto-exporter:latest' locally\ndocker: Error response from daemon: manifest for sapcc/mosquitto-exporter:latest not found: manifest unknown: manifest unknown.\nSee 'docker run --help'.",
    source: 'sapcc/mosquitto-exporter#32',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the Mosquitto exporter's CI had not pushed a `latest` tag; a versioned tag pulled and the maintainer then tagged latest. The docker run command line trimmed"
  },
  {
    id: 'dev53-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker manifest push emqx/emqx-edge:v3.2.1;\nfailed to put manifest docker.io/emqx/emqx-edge:v3.2.1: errors:\nmanifest blob unknown: blob unknown to registry\nmanifest blob unknown: blob unknown to registry',
    source: 'emqxarchive/emqx-docker#91',
    expected: 'not-a-login-failure',
    note: 'a manifest list pushed whose per-architecture images were not in the repository; recreating the manifest list fixed it ("now it works")'
  },
  {
    id: 'dev53-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Failed to pull image "ghcr.io/kubeflow/spark-operator:v1beta2-1.3.3-3.1.1": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/kubeflow/spark-operator:v1beta2-1.3.3-3.1.1": failed to resolve reference "ghcr.io/kubeflow/spark-operator:v1beta2-1.3.3-3.1.1": ghcr.io/kubeflow/spark-operator:v1beta2-1.3.3-3.1.1: not found',
    source: 'kubeflow/spark-operator#1991',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the Spark Operator tag asked for was not (or no longer) in the repository when the project moved its images; a kubelet event. INFERENCE: no fix in the stored thread'
  },
  {
    id: 'dev53-not-login-04',
    family: 'not-login',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/spark-operator/spark-operator:v1beta2-1.3.1-3.1.1": rpc error: code = Unknown desc = Error response from daemon: manifest for gcr.io/spark-operator/spark-operator:v1beta2-1.3.1-3.1.1 not found: manifest unknown: Failed to fetch "v1beta2-1.3.1-3.1.1" from request "/v2/spark-operator/spark-operator/manifests/v1beta2-1.3.1-3.1.1".',
    source: 'kubeflow/spark-operator#1448',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the chart's default tag was never pushed to gcr.io (the reporter could not find it in the registry's listing); a kubelet event, its columns trimmed"
  },
  {
    id: 'dev53-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "temporalio/admin-tools:1.29.0": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/temporalio/admin-tools:1.29.0": failed to resolve reference "docker.io/temporalio/admin-tools:1.29.0": docker.io/temporalio/admin-tools:1.29.0: not found',
    source: 'temporalio/helm-charts#757',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the Temporal chart's default admin-tools tag 1.29.0 was not published (only 1.29); a kubelet event, its columns trimmed"
  },
  {
    id: 'dev53-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: "ERROR: for zookeeper  b'manifest for confluentinc/cp-zookeeper:5.3.1-SNAPSHOT not found: manifest unknown: manifest unknown'",
    source: 'confluentinc/examples#306',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a review comment: the new cp-all-in-one-community compose file used unreleased SNAPSHOT tags. The first of six such lines kept'
  },
  {
    id: 'dev53-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'DEBUG   error pulling image Error response from daemon: manifest for airbyte/async-profiler:1.6.2 not found: manifest unknown: manifest unknown',
    source: 'airbytehq/airbyte#61339',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "abctl's image pre-pull of Airbyte 1.6.2 asked for an async-profiler tag that was not published"
  },
  {
    id: 'dev53-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker: Error response from daemon: manifest for airbyte/octavia-cli:0.44.0 not found: manifest unknown: manifest unknown.',
    source: 'airbytehq/airbyte#25302',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the octavia-cli tag matching the platform version was not published; the text is the issue's title (its body is the empty template)"
  },
  {
    id: 'dev53-not-login-09',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/memiiso/debezium-server-iceberg:1.1.0.Final --platform linux/amd64\n1.1.0.Final: Pulling from memiiso/debezium-server-iceberg\nmanifest unknown',
    source: 'memiiso/debezium-server-iceberg#744',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the tag's index points to a manifest the repository does not serve (the maintainer links a related issue about the release's image build). INFERENCE: no fix in the stored thread"
  },
  {
    id: 'dev53-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull confluentinc/cp-kafka\nUsing default tag: latest\nlatest: Pulling from confluentinc/cp-kafka\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'confluentinc/kafka-images#159',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'an Apple Silicon Mac pulling Confluent Platform images that had no arm64 variant; arm64 images came with CP 7.2.0'
  }
]

/**
 * A fifty-first development set of real registry error texts ("dev51"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fifty-first
 * development set"). Its direction: databases and their Kubernetes operators
 * and images (CloudNativePG, Zalando, Crunchy Data, Percona, MongoDB, Redis,
 * ClickHouse, CockroachDB, TiDB, YugabyteDB, Vitess, Cassandra, ScyllaDB,
 * InfluxDB, TimescaleDB, MinIO, SeaweedFS, SQL Server, Cosmos DB, KubeBlocks).
 * Sources are GitHub issues and pull requests found with the search tool;
 * none is a source of an earlier set (the list of the 2356 earlier sources
 * was checked before each pick), and the hygiene test
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

export const REAL_TEXTS_DEV51: readonly RealText[] = [
  {
    id: 'dev51-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/cloudnative-pg/barman-cloud-sidecar:v0.7.0\nError response from daemon: Head "https://ghcr.io/v2/cloudnative-pg/barman-cloud-sidecar/manifests/v0.7.0": denied',
    source: 'cloudnative-pg/plugin-barman-cloud#619',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "INFERENCE: an anonymous pull of the Barman Cloud plugin's sidecar image; the stored thread holds only the report (closed, labelled bug) and no stated fix. GHCR answers an anonymous pull of a package it does not have, or that is private, with 'denied'"
  },
  {
    id: 'dev51-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/freshworks/redis-operator\nUsing default tag: latest\nError response from daemon: error from registry: unauthorized\nunauthorized',
    source: 'freshworks-oss/redis-operator#48',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'An anonymous pull of the Redis operator image; the maintainers said the package had been made private by mistake, then moved the images and charts to the freshworks-oss organisation. The Helm OCI error the post also quotes is left out'
  },
  {
    id: 'dev51-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/voxoco/orchestrator-sidecar:latest\nError response from daemon: Head "https://ghcr.io/v2/voxoco/orchestrator-sidecar/manifests/latest": unauthorized',
    source: 'voxoco/k8s#4',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'An anonymous pull of a MySQL orchestrator sidecar image; the maintainer answered "This package is now public." (the package had been private)'
  },
  {
    id: 'dev51-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed to pull image "ghcr.io/cloudnative-pg/cloudnative-pg:1.24.3": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/cloudnative-pg/cloudnative-pg:1.24.3": failed to resolve reference "ghcr.io/cloudnative-pg/cloudnative-pg:1.24.3": ghcr.io/cloudnative-pg/cloudnative-pg:1.24.3: not found',
    source: 'cloudnative-pg/cloudnative-pg#7037',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The release manifest for CloudNativePG 1.24.3 named an operator tag the registry did not have yet; a missing tag, not a credential (the stored thread is cut at the maintainer's reply)"
  },
  {
    id: 'dev51-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/yugabyte/yugaware:2.19.3.0-b140": rpc error: code = Unknown desc = failed to pull and unpack image "quay.io/yugabyte/yugaware:2.19.3.0-b140": failed to resolve reference "quay.io/yugabyte/yugaware:2.19.3.0-b140": unexpected status from HEAD request to https://quay.io/v2/yugabyte/yugaware/manifests/2.19.3.0-b140: 401 UNAUTHORIZED',
    source: 'yugabyte/yugabyte-db#20533',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: YugabyteDB Anywhere's yugaware image is private; the issue asks the docs to add the chart's image.pullSecret (the pull secret Yugabyte provides) to the helm install step. Quay answers a pull with no credential for a private repository with 401, the same as for a missing one"
  },
  {
    id: 'dev51-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: initializing source docker://quay.io/opstree/redis-sentinel:v7.0.7: reading manifest v7.0.7 in quay.io/opstree/redis-sentinel: unauthorized: access to the requested resource is not authorized',
    source: 'OT-CONTAINER-KIT/redis-operator#408',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'not-a-login-failure'],
    note: 'needs the thread: a comment on the pull request that added Redis Sentinel; the maintainer answered that the sentinel image and chart were not released yet ("We have not released helm we would do it today"). Quay answers a repository it does not have with this unauthorized wording'
  },
  {
    id: 'dev51-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "goharbor/harbor-db:v2.12.0": initializing source docker://quay.io/goharbor/harbor-db:v2.12.0: reading manifest v2.12.0 in quay.io/goharbor/harbor-db: unauthorized: access to the requested resource is not authorized',
    source: 'goharbor/harbor-helm#1888',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Harbor's PostgreSQL image pulled by its short name, which the node's registries.conf resolved to quay.io, where no harbor-db repository exists; the reporter closed it as a user error. Quay answers a repository it does not have with this unauthorized wording"
  },
  {
    id: 'dev51-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/pl-infra/stack/db-operator-orchestrator:v0.5.0": rpc error: code = Unknown desc = failed to pull and unpack image "gcr.io/pl-infra/stack/db-operator-orchestrator:v0.5.0": failed to resolve reference "gcr.io/pl-infra/stack/db-operator-orchestrator:v0.5.0": pulling from host gcr.io failed with status code [manifests v0.5.0]: 401 Unauthorized',
    source: 'bitpoke/mysql-operator#810',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the reporter closed it with "I was using the old repo" (the MySQL operator\'s orchestrator image had moved); Container Registry answers an anonymous pull of a repository it does not have with 401'
  },
  {
    id: 'dev51-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/cassandra-operator/cassandra-sidecar-dev": rpc error: code = Unknown desc = unauthorized: authentication required',
    source: 'instaclustr/cassandra-operator#69',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the maintainer said the sidecar image had not been published (its builds were failing and the publish script left it out), then published it; Container Registry answered the missing repository with "authentication required"'
  },
  {
    id: 'dev51-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: Get https://gcr.io/v2/cloudsql-docker/gce-proxy/manifests/latest: denied: Project cloudsql-docker has been deleted.',
    source: 'GoogleCloudPlatform/cloud-sql-proxy#619',
    expected: 'repository-not-found',
    note: 'The Google Cloud project that hosts the Cloud SQL proxy image had been deleted; Google restored it ("There was an issue with the project the images are hosted in"). Nothing the user could fix with a credential'
  },
  {
    id: 'dev51-generic-01',
    family: 'generic',
    host: 'registry.developers.crunchydata.com',
    text: 'Failed to pull image "registry.developers.crunchydata.com/crunchydata/crunchy-postgres-ha:centos8-13.4-0": rpc error: code = Unknown desc = Error response from daemon: unknown: This container version is no longer available from the Crunchy Data Developer Program. For information on accessing these containers, please contact info@crunchydata.com.',
    source: 'CrunchyData/postgres-operator-examples#17',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'Crunchy Data\'s developer registry refuses image versions it no longer offers with this message; here the maintainer restored the tag ("This is resolved"). Not a credential'
  },
  {
    id: 'dev51-generic-02',
    family: 'generic',
    host: 'registry.cn-hangzhou.aliyuncs.com',
    text: 'Failed to pull image "registry.cn-hangzhou.aliyuncs.com/docker.io/apecloud/kubeblocks:latest": rpc error: code = Unknown desc = failed to pull and unpack image "registry.cn-hangzhou.aliyuncs.com/docker.io/apecloud/kubeblocks:latest": failed to resolve reference "registry.cn-hangzhou.aliyuncs.com/docker.io/apecloud/kubeblocks:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'apecloud/kubeblocks#1620',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'INFERENCE: an alpha KubeBlocks build pointed a MySQL cluster at an Alibaba Cloud registry path (a docker.io namespace) that holds no such image; the stored thread shows no reply. An anonymous pull of a missing repository on that registry reads like this'
  },
  {
    id: 'dev51-generic-03',
    family: 'generic',
    host: 'infracreate-registry.cn-zhangjiakou.cr.aliyuncs.com',
    text: 'Failed to pull image "infracreate-registry.cn-zhangjiakou.cr.aliyuncs.com/google_containers/hostpathplugin:v1.11.0": rpc error: code = Unknown desc = Error response from daemon: pull access denied for infracreate-registry.cn-zhangjiakou.cr.aliyuncs.com/google_containers/hostpathplugin, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
    source: 'apecloud/kubeblocks#5511',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'INFERENCE: the KubeBlocks csi-hostpath-driver add-on named an image its own Alibaba Cloud mirror did not hold ("error image registry" in the title); the stored thread shows no fix. The kubelet event prefix (timestamps, columns) is trimmed'
  },
  {
    id: 'dev51-generic-04',
    family: 'generic',
    host: 'mcr.mcrosoft.com',
    text: 'Error response from daemon: Get https://mcr.mcrosoft.com/v2/: remote error: tls: internal error',
    source: 'microsoft/mssql-docker#666',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'The SQL Server image pulled from a misspelt host (mcr.mcrosoft.com); a reply pointed at the typo. Whatever answers that name is no registry: the host is wrong, not a credential. `host` is the misspelt host as posted'
  },
  {
    id: 'dev51-generic-05',
    family: 'generic',
    host: 'mcr.microsoft.com',
    text: '❯ docker pull mcr.microsoft.com/mssql/server\nUsing default tag: latest\nError response from daemon: Get https://mcr.microsoft.com/v2/: Service Unavailable',
    source: 'microsoft/mssql-docker#430',
    expected: 'registry-unreachable',
    note: 'A pull of the SQL Server image while Microsoft\'s registry answered 503; the reporter: "I guess it was just a temporary hiccup. Everything is running again."'
  },
  {
    id: 'dev51-generic-06',
    family: 'generic',
    host: 'mcr.microsoft.com',
    text: 'root@playground:~# docker pull mcr.microsoft.com/cosmosdb/linux/azure-cosmos-emulator\nUsing default tag: latest\nError response from daemon: Get "https://mcr.microsoft.com/v2/": dial tcp 13.69.64.80:443: connect: connection refused',
    source: 'MicrosoftDocs/azure-docs#84856',
    expected: 'registry-unreachable',
    note: 'INFERENCE: a pull of the Cosmos DB Linux emulator image; the connection to the registry was refused. The reporter closed the issue without saying what fixed it'
  },
  {
    id: 'dev51-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "% docker pull cockroachdb/cockroach-stable:v20.1.8\nError response from daemon: pull access denied for cockroachdb/cockroach-stable, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'cockroachdb/docs#8730',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'The docs named a repository CockroachDB does not publish (cockroachdb/cockroach-stable); the fix removed it from the docs in favour of cockroachdb/cockroach'
  },
  {
    id: 'dev51-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "mirantis/hypokube:final": rpc error: code = Unknown desc = Error response from daemon: pull access denied for mirantis/hypokube, repository does not exist or may require \'docker login\'',
    source: 'pingcap/docs-cn#1694',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'INFERENCE: a TiDB minikube tutorial that used an image no longer on Docker Hub; the reporter later wrote "resolved" without saying how'
  },
  {
    id: 'dev51-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker.errors.BuildError: pull access denied for scylladb/scylladb, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'scylladb/scylla-cluster-tests#7333',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "ScyllaDB's test harness (docker-py) pulling scylladb/scylladb, a repository that does not exist (the enterprise image has another name); a maintainer's comment shows the error"
  },
  {
    id: 'dev51-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "minio-init Error pull access denied for minio/mc, repository does not exist\nor may require 'docker login': denied: requested access to the resource is denied",
    source: 'PostHog/millpond#142',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'Docker Hub stopped serving the MinIO images anonymously; the fix pulls the same tags from quay.io/minio. The line break is as posted'
  },
  {
    id: 'dev51-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Hello I can not find the "crunchydata/postgresql-prometheus-adapterl:latest" , i have the following error , repository does not exist or may require \'docker login\': denied: requested access to the resource is denied.',
    source: 'CrunchyData/postgresql-prometheus-adapter#12',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "INFERENCE: the image name the reporter quotes has a stray letter (adapterl); the stored thread shows no reply. The error is quoted in the post's prose, so the sentence is kept whole"
  },
  {
    id: 'dev51-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: error pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/c4/c4dbc1379ec71f7f48c12e907a1c1f41a62f22b35d573166d7941f5a7d6633f5/data?Expires=<cut>&Signature=<cut>&Key-Pair-Id=<cut>: net/http: TLS handshake timeout',
    source: 'pingcap/tidb-docker-compose#14',
    expected: 'registry-unreachable',
    case: 'blob-storage',
    note: "INFERENCE: tidb-docker-compose's pull timed out at Docker Hub's CDN (the layer storage host); a maintainer suggested an HTTP proxy and the reporter moved on. The signed URL's query values are replaced with <cut> (they are a signature)"
  },
  {
    id: 'dev51-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'repository appropriate/docker-postgis not found: does not exist or no pull access',
    source: 'postgis/docker-postgis#59',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'The reporter pulled a repository name that does not exist; they closed it with "Problem was with different repository. This one works fine."'
  },
  {
    id: 'dev51-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: Service 'timescaledb' failed to build: pull access denied for timescaledb/timescaledb-postgis:latest-pg11, repository does not exist or may require 'docker login'",
    source: 'timescale/timescaledb#1259',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'The compose file named timescaledb/ instead of timescale/ as the namespace; renaming it fixed the pull'
  },
  {
    id: 'dev51-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: "> docker pull microsoft/mssql-server-windows\nUsing default tag: latest\nError response from daemon: pull access denied for microsoft/mssql-server-windows, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'microsoft/mssql-docker#709',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'Microsoft removed the SQL Server Windows container repositories from Docker Hub when the preview programme was suspended'
  },
  {
    id: 'dev51-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Using default tag: latest\nError response from daemon: failed to resolve reference "docker.io/microsoft/azure-cosmosdb-emulator:latest": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Amicrosoft%2Fazure-cosmosdb-emulator%3Apull&service=registry.docker.io: 401 Unauthorized',
    source: 'Azure/azure-cosmos-db-emulator-docker#153',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: INFERENCE: Docker Hub\'s token service refused the credential Docker Desktop sent; the reporter closed it with "realized this was an issue with docker desktop". An anonymous pull is not answered 401 at the token endpoint, so a stored login broke a public pull'
  },
  {
    id: 'dev51-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "docker.io/apecloud/mysql_audit_log:5.7.44": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/apecloud/mysql_audit_log:5.7.44": failed to resolve reference "docker.io/apecloud/mysql_audit_log:5.7.44": failed to do request: Head "https://registry-1.docker.io/v2/apecloud/mysql_audit_log/manifests/5.7.44": dial tcp 108.160.167.165:443: i/o timeout',
    source: 'apecloud/kubeblocks#8561',
    expected: 'registry-unreachable',
    note: 'A KubeBlocks MySQL cluster whose nodes could not reach Docker Hub ("在国内" - from mainland China); the kubelet event prefix is trimmed. Network, not a credential'
  },
  {
    id: 'dev51-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'mongo:6.0' locally\ndocker: Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit.",
    source: 'powersync-ja/powersync-service#336',
    expected: 'rate-limited',
    note: 'A MongoDB test container started by a third-party action pulled anonymously although the job had logged in to Docker Hub; the fix pre-pulls the image with the logged-in docker before the action runs'
  },
  {
    id: 'dev51-docker-hub-13',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling etcd1 (patroni:)...\nERROR: pull access denied for patroni, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'patroni/patroni#1273',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: Patroni\'s docker-compose demo expects an image built locally (docker build -t patroni .); docker-compose went to Docker Hub for a "patroni" repository that does not exist'
  },
  {
    id: 'dev51-not-login-01',
    family: 'not-login',
    host: 'uhub.ucloud.cn',
    text: 'Failed to pull image "uhub.ucloud.cn/pingcap/local-volume-provisioner:v2.3.2": rpc error: code = Unknown desc = Error response from daemon: manifest for uhub.ucloud.cn/pingcap/local-volume-provisioner:v2.3.2 not found',
    source: 'pingcap/tidb-operator#736',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The TiDB operator's DinD script named a tag its UCloud mirror did not hold yet; the maintainer synced the image"
  },
  {
    id: 'dev51-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull scylladb/scylla-bench:0.3.1\nError response from daemon: no matching manifest for linux/amd64 in the manifest list entries: no match for platform in manifest: not found',
    source: 'scylladb/scylla-cluster-tests#12509',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'A pull request working around a scylla-bench tag whose manifest list had no linux/amd64 entry, by pulling the manifest explicitly'
  },
  {
    id: 'dev51-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for consul:latest not found: manifest unknown: manifest unknown',
    source: 'vitessio/vitess#13467',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Vitess's compose example pulled consul:latest after the latest tag had been withdrawn from Docker Hub's consul image"
  },
  {
    id: 'dev51-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "datastax/cass-operator:1.4.1": rpc error: code = FailedPrecondition desc = failed to pull and unpack image "docker.io/datastax/cass-operator:1.4.1": failed commit on ref "layer-sha256:391dba5ec43113396bb1a701c2b3c8a160c560076e13a1c51759d35b4a6a64ae": "layer-sha256:391dba5ec43113396bb1a701c2b3c8a160c560076e13a1c51759d35b4a6a64ae" failed size validation: 146 != 147: failed precondition',
    source: 'datastax/cass-operator#268',
    expected: 'not-a-login-failure',
    note: 'A layer whose size did not match its descriptor; the maintainer rebuilt the images that containerd rejected. The kubelet event prefix is trimmed'
  },
  {
    id: 'dev51-not-login-05',
    family: 'not-login',
    host: 'registry.opensource.zalan.do',
    text: '$ docker pull registry.opensource.zalan.do/acid/postgres-operator:v1.8.0\nError response from daemon: manifest for registry.opensource.zalan.do/acid/postgres-operator:v1.8.0 not found: manifest unknown: manifest unknown',
    source: 'zalando/postgres-operator#1860',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The 1.8.0 operator image had not been pushed to Zalando's registry when the release was announced. The shell prompt's trailing padding is trimmed"
  },
  {
    id: 'dev51-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull chrislusf/seaweedfs:2.41\nError response from daemon: manifest for chrislusf/seaweedfs:2.41 not found: manifest unknown: manifest unknown',
    source: 'seaweedfs/seaweedfs-operator#35',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'INFERENCE: the SeaweedFS operator referenced a tag not yet on Docker Hub; the next day the reporter could pull it'
  },
  {
    id: 'dev51-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: "7.0: Pulling from dpage/pgadmin4\nmediaType in manifest should be 'application/vnd.docker.distribution.manifest.v2+json' not 'application/vnd.oci.image.manifest.v1+json'",
    source: 'pgadmin-org/pgadmin4#6176',
    expected: 'not-a-login-failure',
    note: 'An old Docker engine (19.03 on Alpine 3.12) that cannot read the OCI manifests the pgAdmin 7 images were published with; older tags pulled'
  },
  {
    id: 'dev51-not-login-08',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Failed to pull image "ghcr.io/cloudnative-pg/cloudnative-pg:1.20.1": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/cloudnative-pg/cloudnative-pg:1.20.1": failed to copy: httpReadSeeker: failed open: content at https://ghcr.io/v2/cloudnative-pg/cloudnative-pg/manifests/sha256:827429f73ca03211c631aba2c1b0c417a0e57b7b4dbf3c54689c8a9eee5558e9 not found: not found',
    source: 'cloudnative-pg/cloudnative-pg#2265',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The 1.20.1 operator image index pointed at a manifest the registry did not hold; the maintainers republished it ("This is fixed now")'
  },
  {
    id: 'dev51-not-login-09',
    family: 'not-login',
    host: 'localhost:8086',
    text: 'GEOIP2INFLUX 25/Feb/2021 12:09:46 :: CRITICAL :: Error getting database list! Please check your InfluxDB configuration.\nError: 401: {"code":"unauthorized","message":"Unauthorized"}',
    source: 'GilbN/geoip2influx#3',
    expected: 'not-a-login-failure',
    note: "InfluxDB's own API refusing a client after influxdb:latest moved to 2.x, which requires a token; pinning the 1.8 tag fixed it. No registry is involved; `host` is a placeholder (the post names none)"
  },
  {
    id: 'dev51-not-login-10',
    family: 'not-login',
    host: 'influxdb:8086',
    text: 'When writing to [http://influxdb:8086]: 401 Unauthorized',
    source: 'intel/pcm#283',
    expected: 'not-a-login-failure',
    note: "Telegraf writing to an InfluxDB 2.x container that requires authentication; the fix pins the influxdb image to 1.8.0-alpine. A database's 401, not a registry's"
  },
  {
    id: 'dev51-not-login-11',
    family: 'not-login',
    host: 'localhost:8123',
    text: 'chi-clickhouse-stable-main-0-0-0 2023.04.23 21:33:55.348153 [ 49 ] {} <Error> Access(user directories): from: ::ffff:10.146.2.4, user: clickhouse_operator: Authentication failed: Code: 195. DB::Exception: Connections from ::ffff:10.146.2.4 are not allowed. (IP_ADDRESS_NOT_ALLOWED), Stack trace (when copying this message, always include the lines below):',
    source: 'Altinity/clickhouse-operator#1145',
    expected: 'not-a-login-failure',
    note: "ClickHouse refusing the operator's own database user from a pod address its network rules do not allow; the first log line only, trailing padding and stack frames cut. No registry is involved; `host` is a placeholder"
  },
  {
    id: 'dev51-not-login-12',
    family: 'not-login',
    host: 'localhost:8081',
    text: 'Microsoft.Azure.Cosmos.CosmosException : Response status code does not indicate success: Unauthorized (401); Substatus: 0; ActivityId: 0a60a3dc-ab14-4655-baae-7f5df2325308; Reason: (Message: {"Errors":["The MAC signature found in the HTTP request is not the same as the computed signature. Server used following string to sign - \'post\\ndocs\\ndbs\\/shared.tests\\/colls\\/disposable_ac087b37-4775-4a1d-8668-3effb4af79da\\nfri, 20 sep 2024 16:21:52 gmt\\n\\n\'. Learn more: https:\\/\\/[aka.ms](http://aka.ms/)\\/cosmosdb-tsg-mac-signature"]}',
    source: 'Azure/azure-cosmos-db-emulator-docker#105',
    expected: 'not-a-login-failure',
    note: "A new Cosmos DB emulator image refusing requests signed with its well-known key (a regression of that image); a database's 401, not a registry's. The first of the post's three errors; `host` is a placeholder"
  },
  {
    id: 'dev51-not-login-13',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for microsoft/azure-cosmosdb-emulator:latest not found: manifest unknown: manifest unknown',
    source: 'Azure/azure-cosmos-db-emulator-docker#80',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'The Cosmos DB emulator is published on mcr.microsoft.com, not under this Docker Hub name; the maintainer pointed at mcr.microsoft.com/cosmosdb/windows/azure-cosmos-emulator'
  },
  {
    id: 'dev51-not-login-14',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: target clickhouse-25_1_6_34: failed to solve: clickhouse/clickhouse-server:25.1.6.34: failed to resolve source metadata for docker.io/clickhouse/clickhouse-server:25.1.6.34: docker.io/clickhouse/clickhouse-server:25.1.6.34: not found',
    source: 'yandex/ch-tools#299',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    case: 'manifest-unknown',
    note: 'INFERENCE: ch-tools\' bake build sometimes could not find a ClickHouse server tag on Docker Hub ("Periodically"); the pull request replaces the image with the deb package. A tag the registry did not return, not a credential'
  }
]

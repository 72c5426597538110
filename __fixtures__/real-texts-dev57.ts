/**
 * A fifty-seventh development set of real registry error texts ("dev57"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fifty-seventh
 * development set"). Its direction: search engines and vector databases'
 * images and operators (Elasticsearch/ECK and docker.elastic.co, OpenSearch,
 * Solr and its operator, Meilisearch, Typesense, Weaviate, Qdrant, Milvus,
 * Vespa, FAISS) and the RAG stacks that pull them (Dify, RAGFlow). Sources
 * are GitHub issues and pull requests found with the search tool; none is a
 * source of an earlier set (the list of the 2562 earlier sources was checked
 * before each pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts)
 * compares every text with every earlier set, the sealed and blind ones
 * included, without printing them.
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

export const REAL_TEXTS_DEV57: readonly RealText[] = [
  {
    id: 'dev57-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Pulling solr6 (quay.io/alfresco/search-services:2.1.0-SNAPSHOT)...\nERROR: unauthorized: access to the requested resource is not authorized',
    source: 'Alfresco/acs-deployment#660',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: Alfresco's community docker-compose file had been changed by mistake to a Search Services (Solr) snapshot image on quay.io that only Alfresco's own accounts may read; the maintainers said the change was merged by accident before a release, and users fixed it by going back to the public alfresco/alfresco-search-services image on Docker Hub. Quay answers an anonymous pull of a private or missing repository with this 'not authorized' wording"
  },
  {
    id: 'dev57-generic-01',
    family: 'generic',
    host: 'docker.elastic.co',
    text: 'Error response from daemon: Get https://docker.elastic.co/v2/elasticsearch/elasticsearch-oss/manifests/latest: unauthorized: authentication required',
    source: 'elastic/elasticsearch#61049',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: an outage of Elastic\'s registry on 2020-08-12 (tracked in elastic/elasticsearch#61047): for some minutes docker.elastic.co answered anonymous pulls of its public images with 401, and pulls worked again with no change on the users\' side ("It should be resolved now"). Read alone, the text asks for a login'
  },
  {
    id: 'dev57-generic-02',
    family: 'generic',
    host: 'docker.elastic.co',
    text: '$ docker pull docker.elastic.co/elasticsearch/elasticsearch:6.4.3\nError response from daemon: unauthorized: authentication required',
    source: 'elastic/elasticsearch-docker#237',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: an earlier outage of docker.elastic.co (2019-03-22): anonymous pulls of public Elasticsearch images got 401 in CI and locally for everyone; Elastic reproduced it and fixed its registry. The post's second pull (6.6.2, same answer) is left out"
  },
  {
    id: 'dev57-generic-03',
    family: 'generic',
    host: 'docker.elastic.co',
    text: 'Failed to pull image "docker.elastic.co/eck/eck-operator:2.1.0": rpc error: code = Unknown desc = failed to pull and unpack image "docker.elastic.co/eck/eck-operator:2.1.0": failed to copy: httpReadSeeker: failed open: unexpected status code https://docker.elastic.co/v2/eck/eck-operator/blobs/sha256:33bee0e5ef113275240a798f7e2707a86442a01b313c62ed448ec859989e5bf7: 403 Forbidden',
    source: 'elastic/cloud-on-k8s#5567',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    case: 'blob-storage',
    note: 'needs the thread: the ECK operator image pulled fine on another cluster; the reporter asked whether Elastic forbids downloads from Russian addresses and worked around it by downloading the image elsewhere and importing it. A layer download refused with 403 while the manifest was served is the storage side refusing the address, not a credential. INFERENCE: no one from Elastic confirmed the cause. The text is the kubelet message quoted in the post, without its surrounding quotes'
  },
  {
    id: 'dev57-generic-04',
    family: 'generic',
    host: 'docker.elastic.co',
    text: "ERROR: Service 'kibana' failed to build: error pulling image configuration: Get https://d2iks1dkcwqcbx.cloudfront.net/docker/registry/v2/blobs/sha256/58/58dffcbc8caa43c7bb0084fb51b29706bc0dca39405b39b67f4923988b11c527/data?Expires=…&Signature=…&Key-Pair-Id=…: remote error: tls: access denied",
    source: 'deviantony/docker-elk#616',
    expected: 'registry-unreachable',
    case: 'blob-storage',
    note: "docker-elk builds Kibana FROM docker.elastic.co; the layer's download from Elastic's CloudFront storage was refused during the TLS handshake. The maintainer read it as a temporary CDN problem on Elastic's side; the reporter's own fix (a git TLS setting) does not bear on it. INFERENCE. The signed URL's query values are replaced by … here (they were posted whole)"
  },
  {
    id: 'dev57-generic-05',
    family: 'generic',
    host: 'docker.elastic.co',
    text: 'Failed to pull image "docker.elastic.co/elasticsearch/elasticsearch:7.17.3"\n[...]\nfailed to do request: Head "https://docker.elastic.co/v2/elasticsearch/elasticsearch/manifests/7.17.3": dial tcp 34.172.121.65:443: i/o timeout',
    source: 'acryldata/datahub-helm#565',
    expected: 'registry-unreachable',
    note: "DataHub's prerequisites chart on GKE: the node could not open a connection to docker.elastic.co (a private cluster without outbound NAT is the usual cause). The reporter also showed that a browser gets Elastic's 401 challenge for the manifest URL, which is the anonymous token flow and not the failure. INFERENCE: the thread went stale with no fix. '[...]' is the post's own elision"
  },
  {
    id: 'dev57-generic-06',
    family: 'generic',
    host: 'docker.elastic.co',
    text: 'docker: Error response from daemon: Get https://docker.elastic.co/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).',
    source: 'opentargets/issues#736',
    expected: 'registry-unreachable',
    note: "a GCP VM's startup script ran `docker run … docker.elastic.co/elasticsearch/elasticsearch-oss:7.2.0`; the maintainers traced it to the script running before the machine's networking was ready. The journal prefix (`…es startup-script[443]: INFO startup-script: `) is cut"
  },
  {
    id: 'dev57-generic-07',
    family: 'generic',
    host: 'docker.elastic.co',
    text: 'Pulling elasticsearch (docker.elastic.co/elasticsearch/elasticsearch:latest)...\nERROR: Get https://docker.elastic.co/v2/elasticsearch/elasticsearch/manifests/latest: Get https://container-registry.elastic.co:7000/auth?scope=repository%3Aelasticsearch%2Felasticsearch%3Apull&service=token-service: EOF',
    source: 'elastic/elasticsearch-docker#4',
    expected: 'registry-unreachable',
    note: 'in 2016 Elastic\'s token service listened on port 7000; the maintainer asked whether a firewall blocked outgoing port 7000, and the pull worked from the reporter\'s home network ("must be a firewall issue in work"). The token request got no answer (EOF), not a refusal'
  },
  {
    id: 'dev57-generic-08',
    family: 'generic',
    host: 'my-registry.sandstone.com.au',
    text: 'Warning Failed 10s kubelet Failed to pull image "my-registry.sandstone.com.au/myuser/my_solrzookeeper:0.1.379": rpc error: code = Unknown desc = Error response from daemon: Head "https://my-registry.sandstone.com.au/v2/myuser/my_solrzookeeper/manifests/0.1.379": no basic auth credentials',
    source: 'apache/solr-operator#621',
    expected: 'missing-credentials',
    note: "the Solr chart was given `zk.provided.image.imagePullSecret`, but the ZooKeeper pods the operator created carried no imagePullSecret (the reporter's `kubectl describe` showed none), so the kubelet sent no credential for the private registry. INFERENCE: the stored thread ends before a fix. The post quotes the event inside a sentence; its opening quote mark is cut. The registry host is partly masked in the post (my-registry…) and kept as posted"
  },
  {
    id: 'dev57-generic-09',
    family: 'generic',
    host: 'registry.zilliz.com',
    text: 'Failed to pull image "registry.zilliz.com/milvus/engine:branch-0.5.0-release": rpc error: code = Unknown desc = Errorresponse from daemon: Get https://registry.zilliz.com/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'milvus-io/milvus-helm#21',
    expected: 'registry-unreachable',
    note: "an old branch of the Milvus chart pointed at Zilliz's own registry, which did not answer from the reporter's nodes; the maintainers' answer was to use the master branch, whose images are on Docker Hub. INFERENCE about why registry.zilliz.com did not answer. 'Errorresponse' is as posted; the kubelet's column prefix is cut"
  },
  {
    id: 'dev57-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Error response from daemon: pull access denied for dockerfile/elasticsearch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'lijingpeng/search_system_example#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'a search-system sample pulls dockerfile/elasticsearch, an image of the old Dockerfile Project that is no longer on Docker Hub; the reporter asks whether it is gone because it is old. INFERENCE: nobody answered'
  },
  {
    id: 'dev57-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "docker: Error response from daemon: pull access denied for searchengine, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'vivekkalyanarangan30/searchengine#5',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the project's `searchengine` image is built locally by its setup, never pushed; `docker run … searchengine` found no local image and asked Docker Hub for library/searchengine. INFERENCE: the thread has no fix (a commenter suggests the native setup). The text is the issue's title"
  },
  {
    id: 'dev57-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Unable to find image 'server:latest' locally\ndocker: Error response from daemon: pull access denied for server, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'zilliztech/attu#458',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: the Attu (Milvus GUI) command was run with its placeholder unreplaced, `-e MILVUS_URL={milvus server IP}:19530 zilliz/attu:v2.3.9`; the spaces split the arguments so docker took `server` as the image name. The reporter: "didnt put the milvus ip in.. its all fine". A `docker login` had succeeded just before'
  },
  {
    id: 'dev57-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Pull access denied for eyeix/meilisearch-ui, repository does not exist or may require 'docker login'",
    source: 'eyeix/meilisearch-ui#261',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "the README's image for the Meilisearch UI is no longer on Docker Hub (the issue's title: \"Docker image no longer exists\"). INFERENCE: the maintainer did not answer. The text is quoted in the post's prose"
  },
  {
    id: 'dev57-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Pulling elasticsearch (priceboard/elasticsearch:2.3.3)...\nERROR: pull access denied for priceboard/elasticsearch, repository does not exist or may require 'docker login'",
    source: 'ProTip/aws-elk-billing#11',
    expected: 'repository-not-found',
    note: 'the compose file of this ELK billing stack named images under a `priceboard/` namespace that does not exist on Docker Hub; logging in changed nothing, and removing the `priceboard/` prefixes (building the images locally) fixed it'
  },
  {
    id: 'dev57-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: failed to resolve reference "cr.weaviate.io/semitechnologies/weaviate:1.39.2": failed to do request: Head "https://registry-1.docker.io/v2/semitechnologies/weaviate/manifests/1.39.2": dial tcp 185.45.6.103:443: i/o timeout',
    source: 'langgenius/dify#42156',
    expected: 'registry-unreachable',
    note: "Dify's self-hosted compose pulls Weaviate from cr.weaviate.io, which redirects to Docker Hub; the connection to registry-1.docker.io timed out (the address is not one of Docker's, which points at a filtered network). INFERENCE: closed without an answer in the stored thread. `host` is the host that timed out"
  },
  {
    id: 'dev57-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'ragflow Error Get "https://registry-1.docker.io/v2/": dial tcp 31.13.87.9:443: i/o timeout',
    source: 'infiniflow/ragflow#2809',
    expected: 'registry-unreachable',
    note: "RAGFlow's compose stack could not reach Docker Hub; 31.13.87.9 is not Docker's address (a filtered DNS answer). INFERENCE: no fix in the stored thread. The text is the issue's title without its '[Question]: ' prefix"
  },
  {
    id: 'dev57-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'error pulling image configuration: download failed after attempts=6: dial tcp 107.181.166.244:443: i/o timeout',
    source: 'infiniflow/ragflow#1543',
    expected: 'registry-unreachable',
    note: "RAGFlow's images from Docker Hub: the layer downloads timed out; the maintainer: \"This is caused by network connection\", and the reporter (in China) went looking for a reachable mirror. The text is the issue's title without its '[Bug]: ' prefix (the post's log is a screenshot)"
  },
  {
    id: 'dev57-docker-hub-09',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'error pulling image configuration: Get https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/d6/d63b9dfce3553b3cee62ffd7cd0c2500e11a4ebb695842469cd94fadad1350f0/data?verify=…: dial tcp 173.255.209.47:443: connect: connection timed out',
    source: 'milvus-io/milvus#33717',
    expected: 'registry-unreachable',
    note: "`docker pull milvusdb/milvus-operator:v0.9.16`: the layer download from Docker Hub's CDN timed out; the maintainers called it a network problem to Docker Hub or the proxy and closed it as such. The progress lines are cut and the signed URL's `verify` value is replaced by …"
  },
  {
    id: 'dev57-not-login-01',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'ERROR: manifest for typesense/typesense:0.17.0 not found: manifest unknown: manifest unknown',
    source: 'typesense/typesense#157',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the 0.17.0 tag had not been pushed to Docker Hub (only its release candidates); the maintainer pushed it ("My bad, this is fixed now")'
  },
  {
    id: 'dev57-not-login-02',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'ERROR: manifest for typesense/typesense:0.12.0-rc2 not found: manifest unknown: manifest unknown',
    source: 'Grafikart/Grafikart.fr#61',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "a project's compose file pinned a Typesense release candidate whose tag Docker Hub no longer has; the reporter says 0.13.0 pulls fine. INFERENCE: the maintainer could not reproduce later"
  },
  {
    id: 'dev57-not-login-03',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'tee: /usr/share/opensearch/config/opensearch.yml: Permission denied',
    source: 'opensearch-project/OpenSearch#1993',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "the OpenSearch container's entrypoint could not write the configuration file the user bind-mounted over it (`-v …/custom-opensearch.yml:/usr/share/opensearch/config/opensearch.yml`): a file permission inside the container, after a successful pull. INFERENCE: the issue is open"
  },
  {
    id: 'dev57-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'NotFound: 404 Client Error for http+docker://localhost/v1.41/containers/create?name=pyvespafeed: Not Found ("no such image: docker.io/vespaengine/vespa: image not known")',
    source: 'vespa-engine/pyvespa#739',
    expected: 'not-a-login-failure',
    note: "pyvespa (through docker-py, against podman's Docker API) asked to create a container from an image that was not present locally; nothing was asked of a registry. The reporter later put it down to a misconfiguration from switching between podman and docker"
  },
  {
    id: 'dev57-not-login-05',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'docker pull elasticsearch:6.8.15\n6.8.15: Pulling from library/elasticsearch\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'elastic/elasticsearch#95560',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'an Apple-silicon Mac pulling an Elasticsearch 6.8 image that was only ever built for amd64; the issue asks Elastic to rebuild legacy images'
  },
  {
    id: 'dev57-not-login-06',
    family: 'not-login',
    host: 'docker.elastic.co',
    text: '7.10.0: Pulling from elasticsearch/elasticsearch\nno matching manifest for linux/arm/v7 in the manifest list entries',
    source: 'jamesgarside/elastic-stack-arm#3',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: '`sudo docker pull docker.elastic.co/elasticsearch/elasticsearch:7.10.0` on 32-bit Raspbian: no image for arm/v7; the reporter then pulled the separate `7.10.0-arm64` tag'
  },
  {
    id: 'dev57-not-login-07',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: '$ docker pull --platform linux/arm64 library/elasticsearch:8.18.4\n8.18.4: Pulling from library/elasticsearch\nno matching manifest for linux/arm64 in the manifest list entries',
    source: 'docker-library/official-images#19521',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'the official Elasticsearch images pushed that day lacked their arm64 variant; the official-images maintainer fixed that instance ("This specific instance is fixed now")'
  },
  {
    id: 'dev57-not-login-08',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: manifest for qdrant/qdrant:1.7.3 not found: manifest unknown: manifest unknown',
    source: 'langgenius/dify#2443',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Dify's middleware compose file named `qdrant/qdrant:1.7.3`, but Qdrant's tags carry a `v` (`v1.7.3`); the maintainers said they use their own build, langgenius/qdrant:v1.7.3"
  },
  {
    id: 'dev57-not-login-09',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: manifest for semitechnologies/reranker-transformers:cross-encoder-ms-marco-MiniLM-L-12-v2 not found: manifest unknown: manifest unknown',
    source: 'weaviate/weaviate#4316',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Weaviate's reranker module image has no tag for the model the user chose; such models need a custom image built from Weaviate's template. INFERENCE: the issue is open without a maintainer's answer"
  },
  {
    id: 'dev57-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: 'Using default tag: latest\nTrying to pull repository docker.io/plippe/faiss-web-service ...\nmanifest for docker.io/plippe/faiss-web-service:latest not found',
    source: 'plippe/faiss-web-service#13',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the FAISS web service image had no `latest` tag, only version tags such as 1.2.1-cpu; the maintainer said so and added `latest`. The prompt line is cut and a trailing space trimmed'
  }
]

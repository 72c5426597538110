/**
 * A fourteenth development set of real registry error texts ("dev14"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fourteenth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1121
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

export const REAL_TEXTS_DEV14: readonly RealText[] = [
  {
    id: 'dev14-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'helm show chart oci://ghcr.io/deliveryhero/helm-charts/node-local-dns\nError: GET "https://ghcr.io/v2/deliveryhero/helm-charts/node-local-dns/tags/list": GET "https://ghcr.io/token?scope=repository%3Adeliveryhero%2Fhelm-charts%2Fnode-local-dns%3Apull&service=ghcr.io": unexpected status code 403: denied: denied',
    source: 'deliveryhero/helm-charts#773',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a public Helm chart on GHCR refused by its token service; the reporter's own follow-up: it worked again after `helm registry logout ghcr.io`, so a stored Helm registry login broke the public pull. The text alone reads like a private or missing package. The same post's `docker pull` lines are left out; trailing spaces trimmed"
  },
  {
    id: 'dev14-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '➜  ~ docker pull ghcr.io/markqvist/nomadnet:master\nError response from daemon: Head "https://ghcr.io/v2/markqvist/nomadnet/manifests/master": denied: denied',
    source: 'markqvist/NomadNet#69',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "An anonymous pull of an image the README names; the issue's title says the image is not publicly readable and a later comment says the README conflicts with the Dockerfile how-to. INFERENCE: no fix confirmed in the stored thread; GHCR answers `denied` to an anonymous pull of a private or missing package"
  },
  {
    id: 'dev14-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'HelmChart \'flux-system/nats-system-nats-auth\' is not ready: chart pull error: failed to download chart for remote reference: failed to get \'oci://ghcr.io/wirelesscar/nauth/nauth:0.2.0\': failed to perform "FetchReference" on source: GET "https://ghcr.io/v2/wirelesscar/nauth/nauth/manifests/0.2.0": GET "https://ghcr.io/token?scope=repository%3Awirelesscar%2Fnauth%2Fnauth%3Apull&service=ghcr.io": response status code 403: denied: requested access to the resource is denied',
    source: 'WirelessCar/nauth#57',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'Flux pulling a Helm chart from a GHCR package that was still private; the reporter asks the maintainers to open it for public consumption. The post wraps the line inside a k9s frame (`ma │` / `│ nifests`); the wrap is joined here'
  },
  {
    id: 'dev14-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: GET "https://ghcr.io/v2/devoteamnl/opendora/open-dora-helm-chart/tags/list": unexpected status code 403: denied: permission_denied: read_package"\nError response from daemon: denied',
    source: 'DevoteamNL/opendora#123',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: a user logged in with a PAT holding the permissions the deployment guide asks for could not read the project's chart or image; the maintainer answered that there was an availability issue with the packages and fixed it on their side, so the packages were not readable to outside accounts, not a scope missing from the token. The post lists both errors as bullet points; the `- ` markers are dropped"
  },
  {
    id: 'dev14-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '"auth for \\"ghcr.io\\" not found in secret flux-system/github"',
    source: 'fluxcd/image-reflector-controller#99',
    expected: 'missing-credentials',
    note: "Flux's image-reflector-controller holds a docker-registry secret for GHCR but finds no entry for the host: the secret was created with `--docker-server=https://ghcr.io` and the controller looked the key up as `ghcr.io`; recreating it without the scheme worked. The tool holds a credential but does not send it"
  },
  {
    id: 'dev14-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "source-controller  chart pull error: failed to download chart for remote reference: failed to get 'oci://ghcr.io/controlplaneio-fluxcd/charts/flux-operator/flux-operator:0.10.0': failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%!A(MISSING)controlplaneio-fluxcd%!F(MISSING)charts%!F(MISSING)flux-operator%!F(MISSING)flux-operator%!A(MISSING)pull&service=ghcr.io: 403 Forbidden",
    source: 'controlplaneio-fluxcd/flux-operator#109',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the HelmRepository url already ends in the chart's name (`oci://ghcr.io/controlplaneio-fluxcd/charts/flux-operator`) and the HelmRelease adds the chart again, so Flux asks for `.../flux-operator/flux-operator`, a package that does not exist; GHCR refuses the anonymous token for it with 403. INFERENCE: the stored thread shows the manifests but no confirmed fix"
  },
  {
    id: 'dev14-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed to pull image "ghcr.io/podtato-head/podtato-right-leg:v0.1.0": rpc error: code = Unknown desc = Error response from daemon: Head https://ghcr.io/v2/podtato-head/podtato-right-leg/manifests/v0.1.0: denied',
    source: 'podtato-head/podtato-head#66',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "A kubelet pulling an example's images anonymously; with a GHCR pull secret added the same pull answered `name unknown`, so the image was missing or private to the project, not the credential. INFERENCE: the stored thread shows the reporter's analysis but no fix"
  },
  {
    id: 'dev14-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/thejaysmith/mytrial:v1\nError response from daemon: Get https://ghcr.io/v2/thejaysmith/mytrial/manifests/v1: denied',
    source: 'udacity/CNAND_nd064_C4_Observability_Starter_Files#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'The course manifests named `mytrial`; the author confirmed a typo (the image is `trial`) and fixed the manifests. GHCR answers `denied` to an anonymous pull of a package that does not exist'
  },
  {
    id: 'dev14-gitlab-01',
    family: 'gitlab',
    host: 'gitlab.example.com',
    text: 'E0724 01:19:30.513755      60 kuberuntime_manager.go:815] "CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to get sandbox image \\"rancher/mirrored-pause:3.6\\": failed to pull image \\"rancher/mirrored-pause:3.6\\": failed to pull and unpack image \\"docker.io/rancher/mirrored-pause:3.6\\": failed to resolve reference \\"docker.io/rancher/mirrored-pause:3.6\\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed" pod="kube-system/local-path-provisioner-7b7dc8d6f5-5g27d"',
    source: 'k3s-io/k3s#5899',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    note: "k3s with a registries.yaml that mirrors docker.io to a self-managed GitLab's Dependency Proxy (a `rewrite` into `company/dependency_proxy/containers/`) with a token as password; GitLab's token service granted no pull scope for the rewritten path (the Dependency Proxy wants a token with read_registry and write_registry and a user in the group). The post masks the GitLab host as `registry.example.com`; `host` is a GitLab placeholder. The line is wrapped inside a k9s frame in the post; the wraps are joined. INFERENCE: the issue went stale without a fix"
  },
  {
    id: 'dev14-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'crictl pull quay.io/kubeedge/cloudcore:v1.17.3\nE1029 15:12:50.451994    4234 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = Unknown desc = reading manifest v1.17.3 in quay.io/kubeedge/cloudcore: unauthorized: access to the requested resource is not authorized" image="quay.io/kubeedge/cloudcore:v1.17.3"\nFATA[0005] pulling image: reading manifest v1.17.3 in quay.io/kubeedge/cloudcore: unauthorized: access to the requested resource is not authorized',
    source: 'kubeedge/kubeedge#5936',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "An anonymous pull of a project's images that used to be public; the reporter notes the Quay organisation's web page answered 403 too, so the namespace had been made private or disabled on Quay, not a credential of the puller. INFERENCE: the stored thread shows no maintainer fix"
  },
  {
    id: 'dev14-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/foo/bar:baz": image pull failed for quay.io/foo/bar:baz,\nthis may be because there are no credentials on this request.  details: (Error: Status\n403 trying to pull repository foo/bar: "{\\"error\\": \\"Permission Denied\\"}")',
    source: 'kubernetes/kubernetes#17657',
    expected: 'missing-credentials',
    note: "A kubelet (kube-up on AWS, 2015) configured to read a node-level /root/.dockercfg; at verbosity 4 it looked for the file in other locations and pulled the private Quay repository without credentials. The image name is the poster's placeholder; line breaks as posted"
  },
  {
    id: 'dev14-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: '  Warning  Failed     12m (x4 over 13m)     kubelet, test      Failed to pull image "***/***/bankvaults:1.11.3": rpc error: code = Unknown desc = Error response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'bank-vaults/bank-vaults#1338',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: the vault-operator's init containers pull bank-vaults from a private mirror with no way to set imagePullSecrets (the issue is the feature request for them), so the kubelet pulled without credentials. The post masks the registry as `***`; the refusal is Quay's wording, so `host` is a Quay placeholder"
  },
  {
    id: 'dev14-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '2020-11-06T05:00:49Z [ERROR] [/server/middleware/security/basic_auth.go:41][requestID="6e263b58-7c7c-42ce-9e6f-5f3d1e22261a"]: failed to authenticate robot$user: Failed to authenticate user, due to error \'Not found an entry\'',
    source: 'goharbor/harbor#13481',
    expected: 'invalid-credentials',
    note: "Harbor core's log after an upgrade from v2.0.3 to v2.1.1: every robot account's login was refused and the robots had to be regenerated (the maintainer points at a changed key that decodes robot tokens). The credential is no longer valid. The post names no host; `host` is a Harbor placeholder"
  },
  {
    id: 'dev14-harbor-02',
    family: 'harbor',
    host: 'registry-internal.elpenguino.net',
    text: 'time="2019-10-22T03:44:46Z" level=info msg="found no credentials for registry , assuming it is public"\ntime="2019-10-22T03:44:46Z" level=info msg="I\'m using registry https://registry-internal.elpenguino.net"\n2019/10/22 03:44:46 registry.ping url=https://registry-internal.elpenguino.net/v2/\ntime="2019-10-22T03:44:46Z" level=error msg="admission webhook error: cannot create client for registry: Get https://registry-internal.elpenguino.net/v2/: http: non-successful response (status=401 body=\\"{\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\":\\\\\\"UNAUTHORIZED\\\\\\",\\\\\\"message\\\\\\":\\\\\\"authentication required\\\\\\",\\\\\\"detail\\\\\\":null}]}\\\\n\\")"',
    source: 'goharbor/harbor#9526',
    expected: 'missing-credentials',
    note: "Bank-Vaults' secrets webhook reading an image from a public Harbor project with no credentials; Harbor answers /v2/ with 401 even for public projects, and the workaround in the companion bank-vaults thread was a default image pull secret (a pull-only robot) for the webhook"
  },
  {
    id: 'dev14-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: unauthorized: unauthorized to access repository: myproject/myrepo, action: pull: unauthorized to access repository: myproject/myrepo, action: pull',
    source: 'goharbor/harbor#6784',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: a system-level robot account given catalog read and repository push/pull could list projects but not pull from a private project: Harbor refused the robot pull access on that repository. INFERENCE: the comment shows the robot's permissions but no fix; the post names no host, `host` is a Harbor placeholder"
  },
  {
    id: 'dev14-harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: "2019-04-23T03:25:07Z [ERROR] [transfer.go:228]: an error occurred while creating project apps on destination registry: http error: code 401, message\nApr 23 13:33:09 172.20.0.1 core[997]: 2019-04-23T05:33:09Z [ERROR] [security.go:211]: failed to authenticate admin: Failed to authenticate user, due to error 'Invalid credentials'\nApr 23 13:33:09 172.20.0.1 core[997]: 2019-04-23T05:33:09Z [INFO] unauthorized",
    source: 'goharbor/harbor#7489',
    expected: 'invalid-credentials',
    note: "Harbor-to-Harbor push replication: the source's job log and, posted in the reporter's next comment, the destination Harbor's core log refusing the replication endpoint's `admin` password. The two posts are joined here. INFERENCE: the stored thread shows no fix; the destination's own words are an invalid password"
  },
  {
    id: 'dev14-ecr-01',
    family: 'ecr',
    host: 'my-id-aws.dkr.ecr.us-east-1.amazonaws.com',
    text: 'GET https://my-id-aws.dkr.ecr.us-east-1.amazonaws.com/v2/image/tags/list?n=1000: DENIED: Your authorization token has expired. Reauthenticate and try again.',
    source: 'fluxcd/image-reflector-controller#71',
    expected: 'token-expired',
    note: "Flux v2's image-reflector-controller scanning ECR with a docker-registry secret made from `aws ecr get-login` output; the ECR token lasts 12 hours and the maintainer recommends a cronjob to refresh the secret. The host is the poster's placeholder"
  },
  {
    id: 'dev14-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-southeast-1.amazonaws.com',
    text: 'Warning  Failed     12m (x4 over 13m)     kubelet, ip-10-82-9-65.ap-XXXXX.compute.internal  Failed to pull image "XXXXXXXX.dkr.ecr.ap-XXXXXX.amazonaws.com/isam:9.0.7.0": rpc error: code = Unknown desc = Error response from daemon: Get https://XXXXXXX.dkr.ecr.ap-XXXXX.amazonaws.com/v2/ndi-spcp-isam/manifests/9.0.7.0: no basic auth credentials',
    source: 'aws-samples/eks-workshop#451',
    expected: 'missing-credentials',
    note: "EKS 1.12/1.13 nodes that sometimes pulled ECR images without credentials; restarting the kubelet fixed it (the kubelet's ECR credential provider had not supplied a login). The post masks the account and region; `host` is an ECR placeholder"
  },
  {
    id: 'dev14-ecr-03',
    family: 'ecr',
    host: '1234.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Failed to pull image "1234.dkr.ecr.us-west-2.amazonaws.com/mlflow-run": rpc error: code = Unknown desc = failed to pull and unpack image "1234.dkr.ecr.us-west-2.amazonaws.com/mlflow-run:latest": failed to resolve reference "1234.dkr.ecr.us-west-2.amazonaws.com/mlflow-run:latest": pulling from host 1234.dkr.ecr.us-west-2.amazonaws.com failed with status code [manifests latest]: 401 Unauthorized',
    source: 'rancher/rke2#3462',
    expected: 'missing-credentials',
    alsoAcceptable: ['token-expired'],
    note: 'needs the thread: RKE2 on bare metal behind a proxy pulling a private ECR image through containerd; off AWS there is no ECR credential provider, so containerd asks without a login unless registries.yaml carries a fresh ECR token. INFERENCE: the stored thread shows no confirmed fix; an ECR token that had expired in registries.yaml would read alike'
  },
  {
    id: 'dev14-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'Error: failed to copy image: HEAD https://[our ECR]/[our image]/blobs/sha256:fb3e216f5c10201b4e52856afc7739b07b2276d26087325315129efcc47cefdf: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)',
    source: 'google/go-containerregistry#1662',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: `crane cp` from GitLab to ECR after `crane auth login` to both, in GitLab CI with the moving `crane:debug` image; the same job works with v0.14.0 and every other command works, so the newer crane sent the blob requests without the ECR login (a regression, not the credential). The post masks the host; `host` is an ECR placeholder'
  },
  {
    id: 'dev14-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'ERR Unable to get manifests for <app-name> in <app-path> error="failed to generate manifests: `helm dependency build` failed exit status 1: Error: could not download oci://<account-id>dkr.ecr.<region>.amazonaws.com/<chart name>: pulling from host <account-id>dkr.ecr.<region>.amazonaws.com failed with status code [manifests <chart-version>]: 401 Unauthorized" event_id=595 repo=<github-repository>',
    source: 'zapier/kubechecks#183',
    expected: 'missing-credentials',
    note: 'kubechecks runs `helm dependency build` for a chart whose dependency lives in ECR without any `helm registry login`; the maintainer confirms there is no support for authenticating Helm repositories, and the reporter fixed it in a fork. The post masks the host; `host` is an ECR placeholder'
  },
  {
    id: 'dev14-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERROR: BUILD:66:1: no such package \'@java_image_base//image\': Pull command failed:\nF0607 18:41:44.582945   94424 __main__.py:125] Error pulling and saving image\ngcr.io/distroless/java@sha256:bd4cbe432f91f69a673bad2bc7b000bb1bf29b86442677b0726d4ef694c8754e:\nBad status during token exchange: 401\n{"errors":[{"code":"UNAUTHORIZED","message":"Not Authorized."}]}',
    source: 'bazelbuild/rules_docker#424',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: rules_docker pulling the public distroless base from gcr.io got 401 at the token exchange; the maintainer points at bad or expired credentials in ~/.docker/config.json, which the puller sends even for a public image. INFERENCE: the stored thread shows the suggestion, not the confirmed fix; trailing spaces trimmed'
  },
  {
    id: 'dev14-gar-02',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'rpc error: code = Unknown desc = `helm pull oci://us-central1-docker.pkg.dev/project/repository/chart --version 0.0.1 --destination /tmp/01252c11-c37c-467d-907c-eabf79c716b1` failed exit status 1: Error: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
    source: 'argoproj/argo-cd#11832',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Argo CD holds a declarative Helm OCI repository for Artifact Registry (`_json_key_base64`) but the application names the chart with its project/repository path, so the repository's credentials are not matched and `helm pull` asks for an anonymous token, which Artifact Registry refuses for a private repository. The tool holds a credential but does not send it. INFERENCE: the stored comments try both registration styles and show no confirmed fix"
  },
  {
    id: 'dev14-gar-03',
    family: 'gar',
    host: 'europe-west1-docker.pkg.dev',
    text: 'rpc error: code = Unknown desc = Manifest generation error (cached): `helm dependency build` failed exit status 1: Error: could not download oci://<helm OCI repo path>: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
    source: 'argoproj/argo-cd#8266',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: Argo CD with a credential template for a private Artifact Registry Helm repository: a chart with no dependencies synced, but `helm dependency build` for an OCI dependency ran without the credential and asked anonymously. The post masks the repository path; `host` is an Artifact Registry placeholder'
  },
  {
    id: 'dev14-gar-04',
    family: 'gar',
    host: 'us-docker.pkg.dev',
    text: '#2 [internal] load metadata for us-docker.pkg.dev/sentryio/dhi/node:24-debian13-dev\n#2 ERROR: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://us-docker.pkg.dev/v2/token?scope=repository%3Asentryio%2Fdhi%2Fnode%3Apull&service=us-docker.pkg.dev: 403 Forbidden',
    source: 'getsentry/chartcuterie#218',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "A new GHCR publishing workflow building FROM a base image in the organisation's private Artifact Registry repository without logging in to it. INFERENCE: the stored comment asks a colleague and shows no fix; the `> ` quote markers of the comment are dropped"
  },
  {
    id: 'dev14-acr-01',
    family: 'acr',
    host: 'acrfeed.azurecr.io',
    text: 'Step 14/20 : FROM ***/privateimage:2.2.2 As Final\nGet https://***/v2/imagecap-base/manifests/2.2.2: unauthorized: authentication required',
    source: 'microsoft/azure-pipelines-tasks#10833',
    expected: 'missing-credentials',
    note: "needs the thread: a Docker@2 `login` task to ACR followed by a script that builds FROM a private ACR image; it worked one day and failed the next with the task unchanged, and the reporter adds a 'Possibly related' link that the stored copy cuts; the same month's #10612 was a Docker@2 regression fixed by Microsoft. INFERENCE: no fix in the stored copy. The log masks the registry as `***`; `host` is the registry the post's Dockerfile names"
  },
  {
    id: 'dev14-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "✗ OCIRepository reconciliation failed: 'failed to get credential from azure: DefaultAzureCredential: failed to acquire a token.\nAttempted credentials:\n        EnvironmentCredential: missing environment variable AZURE_TENANT_ID\n        WorkloadIdentityCredential: missing environment variables for workload identity. Check webhook and pod configuration\n        ManagedIdentityCredential: no default identity is assigned to this resource\n        AzureCLICredential: Azure CLI not found on path",
    source: 'fluxcd/source-controller#1071',
    expected: 'missing-credentials',
    note: "Flux's source-controller with provider azure on an AKS cluster whose nodes carry two managed identities: it cannot pick one, so it has no credential for ACR; setting AZURE_CLIENT_ID on the controller fixed it (the maintainer's reproduction). `host` is an ACR placeholder"
  },
  {
    id: 'dev14-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error: could not retrieve list of tags for repository oci://<redacted>.azurecr.io/helm: GET "https://<redacted>.azurecr.io/v2/helm/chart-library/tags/list": GET "https://<redacted>.azurecr.io/oauth2/token?scope=repository%3Ahelm%2Fchart-library%3Ametadata_read%2Cpull&service=<redacted>.azurecr.io": unexpected status code 401: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'helm/helm#10970',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: `helm dependency update` in Azure Pipelines for a library chart in ACR, with a service principal holding AcrPull; ACR's token service answered 401, i.e. Helm asked without a usable login for the registry. INFERENCE: the stored thread shows no confirmed fix. The post masks the registry; `host` is an ACR placeholder"
  },
  {
    id: 'dev14-generic-01',
    family: 'generic',
    host: '192.168.64.1:6000',
    text: 'helm  push openebs-3.4.1.tgz   oci://192.168.64.1:6000/charts --insecure-skip-tls-verify\nError: unexpected status from POST request to https://192.168.64.1:6000/v2/charts/openebs/blobs/uploads/: 403 Forbidden',
    source: 'helm/helm#12234',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: a push to Zot after `helm registry login` succeeded; Zot answers 403 because Helm sent the upload without the basic credential: the reporter patched Helm's resolver to send the Authorization header and the push worked. The tool holds a credential but does not send it"
  },
  {
    id: 'dev14-generic-02',
    family: 'generic',
    host: 'registry.service.consul:5000',
    text: '[ERROR] client.alloc_runner.task_runner: running driver failed: [...] task=server error="Failed to pull `[REDACTED]`: Error response from daemon: Head \\"[REDACTED]/manifests/1.0.0\\": no basic auth credentials"',
    source: 'hashicorp/nomad#24717',
    expected: 'missing-credentials',
    note: 'Nomad 1.9.3\'s docker driver with `auth { config = "/root/.docker/config.json" }` naming a basic-auth registry (`registry.service.consul:5000`): `docker pull` on the host works, but Nomad passes no credential to the daemon (the same regression was reported for 1.9.0 in an earlier issue). `host` is the registry the post\'s config names'
  },
  {
    id: 'dev14-generic-03',
    family: 'generic',
    host: 'registry.local',
    text: 'buildah push test docker://registry.local/test:0.1\nGetting image source signatures\nCopying blob sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef\n 8 B / 1.00 KiB [>----------------------------------------------------------] 0s\nunauthorized: authentication required',
    source: 'podman-container-tools/buildah#1227',
    expected: 'missing-credentials',
    note: "needs the thread: a registry behind nginx that asks for basic auth only on non-GET methods (`limit_except GET`); `podman login` succeeded, but buildah sends the credential only after a GET is challenged, so the upload went without it. The tool holds a credential but does not send it. INFERENCE: the stored copy shows the maintainer's questions, not the fix"
  },
  {
    id: 'dev14-generic-04',
    family: 'generic',
    host: 'registry.redhat.io',
    text: 'STEP 1: FROM registry.redhat.io/ubi8/ubi:latest\nerror creating build container: Error initializing source docker://registry.redhat.io/ubi8/ubi:latest: unable to retrieve auth token: invalid username/password: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication\nlevel=error msg="exit status 125"',
    source: 'redhat-actions/buildah-build#19',
    expected: 'missing-credentials',
    note: "buildah-build in GitHub Actions building FROM registry.redhat.io with no login; the maintainer: registry.redhat.io needs a login (or use registry.access.redhat.com). buildah's `invalid username/password` comes from the token request, not from a wrong password"
  },
  {
    id: 'dev14-generic-05',
    family: 'generic',
    host: 'nexus3.edgexfoundry.org:10003',
    text: 'Pulling config-seed (nexus3.edgexfoundry.org:10003/docker-core-config-seed:latest)...\nERROR: Get https://nexus3.edgexfoundry.org:10003/v2/docker-core-config-seed/manifests/latest: no basic auth credentials',
    source: 'edgexfoundry/developer-scripts#26',
    expected: 'missing-credentials',
    note: "docker-compose pulling nightly images from the Linux Foundation's Nexus, which allows no anonymous access; the maintainer gives the read-only credentials to log in with. The post wraps the two lines in bold markers; they are dropped"
  },
  {
    id: 'dev14-generic-06',
    family: 'generic',
    host: 'dp.apps.rancher.io',
    text: '│ Unable to locate chart oci://dp.apps.rancher.io/charts/suse-ai-deployer: failed to perform "FetchReference" on source: GET "https://dp.apps.rancher.io/v2/charts/suse-ai-deployer/manifests/1.2.0": response status code\n│ 403: denied: Forbidden access to suse-ai-deployer image in charts repository. poinsettia_sfGL4@apps.rancher.io lacks necessary subscription.',
    source: 'devenkulkarni/suse-ai-tf#53',
    expected: 'insufficient-scope',
    note: "Terraform's helm provider pulling from SUSE's Application Collection with a service account: the registry says the account lacks the subscription for the chart; the fix recorded is to use a user access token instead. The credential is valid but not entitled to this repository"
  },
  {
    id: 'dev14-generic-07',
    family: 'generic',
    host: 'icr.io',
    text: 'DELETE https://icr.io/v2/testing-te-1-dev/scratchtest/manifests/sha256:8f9f519f9a82865e4255f057f0f840fa6cf75091346a546d33e7cf8310010721: DENIED: You are not authorized to access the specified resource. See https://cloud.ibm.com/docs/Registry?topic=Registry-troubleshoot-resource; [map[Action:delete Class: Name:testing-te-1-dev/scratchtest Type:repository]]',
    source: 'google/go-containerregistry#2184',
    expected: 'insufficient-scope',
    note: "needs the thread: go-containerregistry's remote.Delete asks IBM Cloud Container Registry for a push,pull token, and ICR wants the `delete` (or `*`) action; adding it to the scope made the delete work. The token the tool obtained lacks the action, not the account"
  },
  {
    id: 'dev14-generic-08',
    family: 'generic',
    host: 'registry.my.com:31231',
    text: '# podman login registry.my.com:31231\nAuthenticating with existing credentials...\nExisting credentials are invalid, please enter valid username and password\nUsername (admin): admin\nPassword:\nError: error authenticating creds for "registry.my.com:31231": pinging docker registry returned: Get https://registry.my.com:31231/v2/: http: server gave HTTP response to HTTPS client',
    source: 'kubernetes-sigs/cri-tools#671',
    expected: 'registry-unreachable',
    note: "A plain-HTTP registry on a NodePort: podman talks HTTPS by default and the server answers HTTP, so the login never reaches the credential check (the reporter's podman issue was answered with `--tls-verify=false`). The registry's address and scheme, not the password"
  },
  {
    id: 'dev14-generic-09',
    family: 'generic',
    host: 'artifactory.example.com',
    text: "2020-10-23 14:21:57,707 [http-nio-8081-exec-253] [ERROR] (o.a.a.d.r.v.DockerV2RemoteRepoHandler:469) - Unable to create manifest markers for 'docker-remote:library/redmine/sha256__991c3847972deff8d8318f971783966066afbc39e6f6a2144f8a9a168b242f58/manifest.json': 'Error fetching https://registry-1.docker.io/v2/library/redmine/manifests/sha256:991c3847972deff8d8318f971783966066afbc39e6f6a2144f8a9a168b242f58 (remote response: 429: Too Many Requests)'",
    source: 'docker/hub-feedback#2040',
    expected: 'rate-limited',
    note: "An Artifactory remote repository in front of Docker Hub on a paid (Pro) account: Docker Hub's overall anti-abuse limit answered the Artifactory's requests with 429 (Docker's staff confirm which limit it is). The post names no Artifactory host; `host` is a placeholder"
  },
  {
    id: 'dev14-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Warning  Failed     101s (x4 over 3m7s)  kubelet            Failed to pull image "pf/kubelet-csr-approver:0.1.0": rpc error: code = Unknown desc = Error response from daemon: pull access denied for pf/kubelet-csr-approver, repository does not exist or may require \'docker login\'',
    source: 'postfinance/kubelet-csr-approver#8',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "The project's deployment.yaml named `pf/kubelet-csr-approver`, which is not on Docker Hub; the maintainer fixed the image name. The post is a k9s screen: the frame characters and the line wrap are removed"
  },
  {
    id: 'dev14-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'INFO[0000] Retrieving image manifest debian:bullseye-slim\nINFO[0000] Retrieving image debian:bullseye-slim from registry index.docker.io\nerror building image: GET https://auth.docker.io/token?scope=repository%3Alibrary%2Fdebian%3Apull&service=registry.docker.io: unexpected status code 401 Unauthorized: {"details":"incorrect username or password"}',
    source: 'GoogleContainerTools/kaniko#2204',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "kaniko in CI (destination gcr.io) pulling the public `debian` base: Docker Hub's token service says the username or password is wrong, so kaniko sent a stored Docker Hub login from its docker config, and that login breaks an anonymous-capable pull. INFERENCE: the stored thread shows no confirmed fix; trailing spaces trimmed"
  },
  {
    id: 'dev14-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'time="2019-07-29T20:30:50Z" level=error msg="trigger.poll.RepositoryWatcher.addJob: failed to get image digest" error="Get https://index.docker.io/v2/<redacted>/keel-test/manifests/1.0.1: http: non-successful response (status=401 body=\\"{\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\":\\\\\\"UNAUTHORIZED\\\\\\",\\\\\\"message\\\\\\":\\\\\\"authentication required\\\\\\",\\\\\\"detail\\\\\\":[{\\\\\\"Type\\\\\\":\\\\\\"repository\\\\\\",\\\\\\"Class\\\\\\":\\\\\\"\\\\\\",\\\\\\"Name\\\\\\":\\\\\\"<redacted>/keel-test\\\\\\",\\\\\\"Action\\\\\\":\\\\\\"pull\\\\\\"}]}]}\\\\n\\")" image="<redacted>/keel-test:1.0.1" password= username=',
    source: 'keel-hq/keel#419',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "Keel polling a private Docker Hub repository whose pods pull fine with an imagePullSecret: Keel found no matching registry in the secrets (the issue's title) and polled with an empty username and password"
  },
  {
    id: 'dev14-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/strongdm/comply/manifests/latest: unauthorized: incorrect username or password',
    source: 'strongdm/comply#66',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: '`docker pull strongdm/comply` of a public image answered with `incorrect username or password`: the daemon sent a stored Docker Hub login that is no longer valid; `docker logout` (or logging in again) makes the public pull work. INFERENCE: the stored thread has no reply'
  },
  {
    id: 'dev14-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Step 1 : FROM jboss/keycloak:2.0.0.Final\n\nGet https://registry-1.docker.io/v2/jboss/keycloak/manifests/2.0.0.Final: unauthorized: incorrect username or password',
    source: 'docker/hub-feedback#732',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "A Jenkins build FROM a public image; Docker Hub saw no problem on its side and the error kept coming only under Jenkins, whose agent presumably carried a stored Docker Hub login. INFERENCE: the thread ends at 'contact support'; the post's bold markers are dropped"
  },
  {
    id: 'dev14-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "containerregistry.client.v2_2.docker_http_.V2DiagnosticException: response: {'status': '401', 'content-length': '150', 'strict-transport-security': 'max-age=31536000', 'docker-distribution-api-version': 'registry/2.0', 'date': 'Sat, 13 May 2017 17:13:17 GMT', 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:openjdk:pull\",error=\"insufficient_scope\"'}\nauthentication required: [{u'Action': u'pull', u'Type': u'repository', u'Class': u'', u'Name': u'openjdk'}]",
    source: 'bazelbuild/rules_docker#31',
    expected: 'repository-not-found',
    note: "rules_docker's docker_pull with repository `openjdk`: on Docker Hub the official image is `library/openjdk`, and `openjdk` alone is no repository, so the anonymous token carries no pull scope; the maintainer's answer. Not the credential"
  },
  {
    id: 'dev14-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Getting image source signatures\nerror copying layers and metadata from "containers-storage:[overlay@/var/lib/containers/storage+/var/run/containers/storage:overlay.imagestore=/var/lib/shared,overlay.mount_program=/usr/bin/fuse-overlayfs,overlay.mountopt=nodev,metacopy=on]docker.io/kvijai/myjmp:latest" to "docker://kvijai/myjmp:latest": Error trying to reuse blob sha256:92f637c4d6ae7f6fe22727e906f2026dcc5aec367f92f5f7dafc0ee2a01a78c6 at destination: Error checking whether a blob sha256:92f637c4d6ae7f6fe22727e906f2026dcc5aec367f92f5f7dafc0ee2a01a78c6 exists in docker.io/kvijai/myjmp: errors:\ndenied: requested access to the resource is denied\nerror parsing HTTP 401 response body: unexpected end of JSON input: ""',
    source: 'kabanero-io/kabanero-pipelines#164',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: a Tekton pipeline's buildah push to the user's own Docker Hub repository; the team found the pipelines were not picking up any configured secret (a GitHub Enterprise secret was ignored as well), so the push went without a login. The lines before `Getting image source signatures` are trimmed"
  },
  {
    id: 'dev14-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: '2020-12-03T14:54:50.280661355Z time="2020-12-03T14:54:50Z" level=info msg="found credentials for registry gcr.io in pod imagePullSecret: development/gcr"\n2020-12-03T14:54:50.280693043Z time="2020-12-03T14:54:50Z" level=info msg="I\'m using registry https://gcr.io"\n2020-12-03T14:54:50.523822953Z time="2020-12-03T14:54:50Z" level=error msg="admission webhook error: cannot fetch image descriptor: GET https://auth.docker.io/token?scope=repository%3A[org name]%2F[repo name]%3Apull&service=registry.docker.io: unsupported status code 401; body: {\\"details\\":\\"incorrect username or password\\"}\\n" app=vault-secrets-webhook',
    source: 'bank-vaults/bank-vaults#1203',
    expected: 'registry-mismatch',
    alsoAcceptable: ['invalid-credentials'],
    note: "Bank-Vaults' webhook found the pod's gcr.io pull secret but fetched the image descriptor from Docker Hub, sending the GCR credential to Docker Hub's token service; the PR makes it use the image's own registry. The login belongs to another registry than the one asked"
  },
  {
    id: 'dev14-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'time="2021-08-13T19:36:35Z" level=error msg="admission webhook error: cannot fetch image descriptor: GET https://index.docker.io/v2/tfgco/fluxcloud/manifests/v0.5.0: TOOMANYREQUESTS: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit" app=vault-secrets-webhook',
    source: 'bank-vaults/bank-vaults#1398',
    expected: 'rate-limited',
    note: "Bank-Vaults' webhook reads image descriptors from Docker Hub directly and anonymously, ignoring the registry mirror the nodes use, so it hit Docker Hub's anonymous pull limit"
  },
  {
    id: 'dev14-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Step 1/11 : FROM indrz/gogse:latest\npull access denied for indrz/gogse, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'indrz/indrz-be#129',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "A build FROM an image the project had stopped publishing; the maintainers removed the dependency from the Dockerfile. The post's bold markers are dropped"
  },
  {
    id: 'dev14-not-login-01',
    family: 'not-login',
    host: 'kaniko.kontain.me',
    text: '$ docker pull kaniko.kontain.me/k8spin/hello-k8spin:master\nyou are not authorized to perform this operation: server returned 401.',
    source: 'imjasonh/kontain.me#34',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the reporter had `DOCKER_CONTENT_TRUST=1` set, so docker asked the notary server for trust data, and that is what answered 401; unsetting it fixed the pull. The wording reads like a registry refusing a credential'
  },
  {
    id: 'dev14-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Error: ErrImagePull\nFailed to pull image "ghcr.io/codefactoryhu/manifest:0.1.5": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/codefactoryhu/manifest:0.1.5": no match for platform in manifest: not found',
    source: 'codefactoryhu/manifest#11',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'The published manifest list had only linux/arm64 (and an attestation entry); the amd64 cluster found no matching platform'
  },
  {
    id: 'dev14-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: '  Warning  Failed     12s (x3 over 57s)    kubelet, ubuntu4g  Failed to pull image "docker.io/cilium/startup-script:af2a99046eca96c0138551393b21a5c044c7fe79": rpc error: code = Unknown desc = no matching manifest for linux/arm/v7 in the manifest list entries',
    source: 'cilium/image-tools#61',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'A 32-bit ARM node pulling an image published for amd64 and arm64 only; the reporter closed it on that'
  },
  {
    id: 'dev14-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "rahulsahay19/aksweb": rpc error: code = Unknown desc = Error response from daemon: manifest for rahulsahay19/aksweb:latest not found: manifest unknown: manifest unknown',
    source: 'NileshGule/AKS-learning-series#6',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The deployment pulled `latest`, a tag the repository did not have; the maintainer: push a `latest` tag or use an existing one. The text is the issue's title"
  },
  {
    id: 'dev14-not-login-05',
    family: 'not-login',
    host: 'ghcr.io',
    text: '❯ docker pull ghcr.io/borchero/switchboard:0.5.0\n0.5.0: Pulling from borchero/switchboard\nmanifest unknown',
    source: 'borchero/switchboard#22',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'GHCR kept the tag while the manifest under it had been deleted; the maintainer re-uploaded the images'
  },
  {
    id: 'dev14-not-login-06',
    family: 'not-login',
    host: 'ghcr.io',
    text: '#44 [barman-ubi9] exporting to image\n#44 pushing layers 1.0s done\n#44 ERROR: failed to push  <redacted>:3.12.1-ubi9: failed to copy: GET https://productionresultssa5.blob.core.windows.net/actions-cache/7e0-271151296\n--------------------------------------------------------------------------------\nRESPONSE 403: 403 Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nERROR CODE: AuthenticationFailed\n--------------------------------------------------------------------------------',
    source: 'docker/bake-action#313',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: "A bake build with `cache-to: type=gha` pushing to GHCR: the 403 comes from the GitHub Actions cache's Azure blob storage (a signed URL refused), read while copying layers, not from the registry; `ignore-error=true` on cache-to did not help. The XML body after the last rule is trimmed; `host` is the GHCR the job pushed to (its `[auth]` line names ghcr.io)"
  },
  {
    id: 'dev14-not-login-07',
    family: 'not-login',
    host: 'docker.ketches.cn',
    text: 'root@node01:~# docker pull docker.ketches.cn/nvidia/cuda:11.8.0-cudnn8-devel-ubuntu20.04\nError response from daemon: toomanyrequests: <!DOCTYPE html>\n\n<html class="no-js" lang="en-US">\n\n   <head>\n      <title>This website has been temporarily rate limited | docker.ketches.cn | Cloudflare</title>',
    source: 'ketches/registry-proxy#5',
    expected: 'rate-limited',
    alsoAcceptable: ['registry-unreachable'],
    case: 'proxy',
    note: "A public Docker Hub proxy (registry-proxy behind Cloudflare): Cloudflare's own rate limit on the proxy's site answered, an HTML page, not Docker Hub's pull limit and not a credential. The rest of the HTML page is trimmed"
  },
  {
    id: 'dev14-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'trivy --no-progress trivy --exit-code 1 --severity CRITICAL,HIGH $AWS_ACCOUNT.dkr.ecr.$REGION.amazonaws.com/$IMAGE_NAME:$IMAGE_TAG\nFATAL error in image scan: failed to analyze image: failed to extract files: Get https://registry-1.docker.io/v2/library/trivy/manifests/latest: http: non-successful response (status=401 body="{\\"errors\\":[{\\"code\\":\\"UNAUTHORIZED\\",\\"message\\":\\"authentication required\\",\\"detail\\":[{\\"Type\\":\\"repository\\",\\"Class\\":\\"\\",\\"Name\\":\\"library/trivy\\",\\"Action\\":\\"pull\\"}]}]}\\n")',
    source: 'aquasecurity/trivy#155',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "A typo in the CodeBuild command (`trivy --no-progress trivy ...`) made Trivy scan an image named `trivy`, i.e. Docker Hub's `library/trivy`, which does not exist, instead of the ECR image (read from the posted command; the stored thread's answer is not shown). The command line is from the post's prose, the error from its code block"
  },
  {
    id: 'dev14-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: 'Step #0: gcr.io/kaniko-project/executor:latest\nStep #0: INFO[0001] Resolved base name golang:1.18-buster to build\nStep #0: INFO[0001] Using dockerignore file: /workspace/.dockerignore\nStep #0: INFO[0001] Retrieving image manifest builder\nStep #0: INFO[0001] Retrieving image builder from registry index.docker.io\nStep #0: error building image: GET https://index.docker.io/v2/library/builder/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/builder Type:repository]]',
    source: 'GoogleContainerTools/kaniko#2486',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'A multi-stage build in Cloud Build: the log shows the first stage resolving as `build` and kaniko then fetching an image `builder` from Docker Hub (`library/builder`, which does not exist), i.e. a stage referred to by a name no stage has. INFERENCE: read from the posted log, no fix in the stored copy; trailing spaces trimmed'
  },
  {
    id: 'dev14-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: "pull access denied for edit-mind-web, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'IliasHad/edit-mind#113',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "`docker compose up` in Unraid's compose manager for a project whose compose file builds its images locally (`build:` with `image: edit-mind-...`); the manager pulled the local image names from Docker Hub instead of building them. INFERENCE: the thread is labelled documentation/question and shows no fix"
  }
]

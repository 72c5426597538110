/**
 * The ninety-sixth development set ("dev96": Amazon ECR (private `*.dkr.ecr.*.amazonaws.com` and `public.ecr.aws`)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The ninety-sixth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV96: readonly RealText[] = [
  {
    id: 'dev96-ecr-01',
    family: 'ecr',
    host: '730335560480.dkr.ecr.us-west-2.amazonaws.com',
    text: '#22 ERROR: failed to push 730335560480.dkr.ecr.us-west-2.amazonaws.com/api:2a4361de4e5a813f44ad1c882078fedbde196714-arm64: unexpected status from HEAD request to https://730335560480.dkr.ecr.us-west-2.amazonaws.com/v2/api/blobs/sha256:f4691ee707061ff9d48b30141bf04f1b16129de954e7c2c12b382f696d437224: 401 Unauthorized\n------\n > exporting to image:\n------\nerror: failed to solve: failed to push 730335560480.dkr.ecr.us-west-2.amazonaws.com/api:2a4361de4e5a813f44ad1c882078fedbde196714-arm64: unexpected status from HEAD request to https://730335560480.dkr.ecr.us-west-2.amazonaws.com/v2/api/blobs/sha256:f4691ee707061ff9d48b30141bf04f1b16129de954e7c2c12b382f696d437224: 401 Unauthorized',
    source: 'Panfactum/stack#103',
    expected: 'missing-credentials',
    alsoAcceptable: ['token-expired', 'invalid-credentials'],
    case: 'no-login',
    note: "INFERENCE: the stored thread shows no confirmed fix (the reporter tried the moby/buildkit#2136 workaround without success). A 401, not a 403, from ECR on the push's blob HEAD means buildkit in the workflow pod sent no valid credential for that host. Each line's pod-log prefix (`build-implentio-api-…-3289723871: `) is trimmed."
  },
  {
    id: 'dev96-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'a9db2aea91b3: Preparing \n2cea05c6512a: Preparing \n5498e8c22f69: Waiting \nno basic auth credentials\n\nExited with code exit status 1',
    source: 'CircleCI-Public/aws-ecr-orb#335',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "The aws-ecr orb's push_image step (9.0.3/9.0.4) pushed without a login for the registry; 9.0.2 worked with the same config. The post shows no host: placeholder host."
  },
  {
    id: 'dev96-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Logging into registry <ACCOUNT>.dkr.ecr.***.amazonaws.com\nError: Could not login to registry <ACCOUNT>.dkr.ecr.***.amazonaws.com: WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "https://<ACCOUNT>.dkr.ecr.***.amazonaws.com/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'aws-actions/amazon-ecr-login#833',
    expected: 'registry-unreachable',
    note: "Occasional timeouts of amazon-ecr-login's docker login. The Markdown link the post put around the URL is dropped (the URL kept as shown); timestamps trimmed. Host masked in the post: placeholder host."
  },
  {
    id: 'dev96-ecr-04',
    family: 'ecr',
    host: '906554764568.dkr.ecr.us-west-2.amazon.aws.com',
    text: 'The push refers to repository [906554764568.dkr.ecr.us-west-2.amazon.aws.com/mythicalmysfits/service]\nGet https://906554764568.dkr.ecr.us-west-2.amazon.aws.com/v2/: dial tcp: lookup 906554764568.dkr.ecr.us-west-2.amazon.aws.com on 172.31.0.2:53: no such host',
    source: 'aws-samples/aws-modern-application-workshop#197',
    expected: 'registry-unreachable',
    note: 'DNS failure; the host is misspelt (`amazon.aws.com` for `amazonaws.com`), though the reporter says changing DNS servers fixed it.'
  },
  {
    id: 'dev96-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'time="2022-08-25T20:37:31+01:00" level=debug msg="couldn\'t get authorization token for default registry" error="ecr: Failed to get authorization token: operation error ECR: GetAuthorizationToken, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , request send failed, Post \\"https://api.ecr.eu-west-1.amazonaws.com/\\": dial tcp: i/o timeout"\ntime="2022-08-25T20:37:31+01:00" level=debug msg="Checking file cache for ECR Public"\ntime="2022-08-25T20:39:02+01:00" level=debug msg="couldn\'t get authorization token for public registry" error="ecr: failed to get authorization token: operation error ECR PUBLIC: GetAuthorizationToken, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , request send failed, Post \\"https://api.ecr-public.us-east-1.amazonaws.com/\\": dial tcp: i/o timeout"',
    source: 'awslabs/amazon-ecr-credential-helper#381',
    expected: 'registry-unreachable',
    alsoAcceptable: ['credential-store-error'],
    note: "docker-credential-ecr-login's log: the helper could not reach the ECR API endpoints (i/o timeout); the reporter's network broke while it ran. A helper failure, but its cause is the network. The registry host is not in the text: placeholder host of the same region."
  },
  {
    id: 'dev96-ecr-06',
    family: 'ecr',
    host: 'aws_account_id.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error response from daemon: login attempt to https://aws_account_id.dkr.ecr.us-east-1.amazonaws.com/v2/ failed with status: 400 Bad Request',
    source: 'docker/for-win#653',
    expected: 'invalid-credentials',
    alsoAcceptable: ['registry-mismatch', 'malformed-credentials'],
    note: 'INFERENCE: the thread (stale-closed) shows no fix. ECR answers a login with 400 when the token was issued for another region or account, or is mangled (here pasted from `aws ecr get-login` output with `-e none`). Host as the reporter masked it.'
  },
  {
    id: 'dev96-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '85e4188ce0b6: Retrying in 2 seconds\nf6f8b240d039: Retrying in 1 second\nef88254ae9f8: Retrying in 1 second\n81d60a2eba3d: Retrying in 1 second\n5f70bf18a086: Retrying in 1 second\n85e4188ce0b6: Retrying in 1 second\nEOF',
    source: 'aws/aws-dotnet-deploy#474',
    expected: 'insufficient-scope',
    note: "needs the thread: the maintainer's reproduction of a deployment whose profile lacked `ecr:PutImage`; the text alone (retries, EOF) names no cause. The leading `...` of the post is dropped. No host in the post: placeholder host."
  },
  {
    id: 'dev96-ecr-08',
    family: 'ecr',
    host: 'xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com',
    text: 'The push refers to a repository [xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/ubuntu] (len: 1)\n2bdece1db94a: Image push failed \nError parsing HTTP response: unexpected end of JSON input: ""',
    source: 'moby/moby#19010',
    expected: 'insufficient-scope',
    note: 'needs the thread: the cause cited from this thread (comment 168724692, quoted in aws-actions/amazon-ecr-login#14 and spotify/docker-maven-plugin#364) is an IAM policy without `ecr:BatchCheckLayerAvailability`, whose 403 ECR sent with an empty body; INFERENCE as to this reporter, whose own fix is not in the stored excerpt. Host as the reporter masked it.'
  },
  {
    id: 'dev96-ecr-09',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-gov-east-1.amazonaws.com',
    text: 'Get https://*********.dkr.ecr.us-gov-east-1.amazonaws.com/v2/jenkins-agent/manifests/latest: no basic auth credentials"}',
    source: 'awslabs/amazon-ecr-credential-helper#279',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "Jenkins' Docker cloud plugin pulled its agent image through the daemon API with no credential for the ECR host (pulls from the shell, where the helper is configured, work). INFERENCE: no confirmed fix in the thread. Host masked in the post: placeholder host."
  },
  {
    id: 'dev96-ecr-10',
    family: 'ecr',
    host: '060360511212.dkr.ecr.us-west-2.amazonaws.com',
    text: '203ac7c888b0: Buffering to Disk\n203ac7c888b0: Image push failed\n\nPlease login prior to push:\nUsername: EOF',
    source: 'Shippable/support#4452',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'An old docker push from a Jenkins shell step with no ECR login; docker asked for one and read EOF. Host from the `docker push` command in the post.'
  },
  {
    id: 'dev96-ecr-11',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Failed to pull image "image_and_tag_redacted_but_it_is_accurate" : rpc error: code = 2 desc = unauthorized: authentication required',
    source: 'kubernetes/kubernetes#52749',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: "needs the thread: a kubeadm 1.7 cluster whose nodes hold a valid ECR IAM policy; the kubelet's AWS credential provider supplied no credential for the ECR pull (thread title: AWS ECR authentication broken in v1.7). INFERENCE: no confirmed fix in the stored thread. Image and host redacted in the post: placeholder host."
  },
  {
    id: 'dev96-ecr-12',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: ' => ERROR [internal] load metadata for public.ecr.aws/lambda/python:3.8 8.5s\n => [auth] aws:: lambda/python:pull token for public.ecr.aws 0.0s\n------\n > [internal] load metadata for public.ecr.aws/lambda/python:3.8:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: unexpected status code [manifests 3.8]: 403 Forbidden',
    source: 'docker/buildx#680',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: 'needs the thread: a 403 from public.ecr.aws (which serves anonymous pulls) after an `[auth] aws::` token request: a stored, outdated public.ecr.aws login was sent; the fix given for these threads is `docker logout public.ecr.aws`. INFERENCE: the stored excerpt shows no confirmed fix. Column padding of the progress lines collapsed to one space.'
  },
  {
    id: 'dev96-ecr-13',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Build: #2 ERROR: unexpected status from HEAD request to https://public.ecr.aws/v2/docker/library/python/manifests/3.13-slim: 403 Forbidden\nBuild: ERROR: failed to solve: public.ecr.aws/docker/library/python:3.13-slim: failed to resolve source metadata for public.ecr.aws/docker/library/python:3.13-slim: \nunexpected status from HEAD request to https://public.ecr.aws/v2/docker/library/python/manifests/3.13-slim: 403 Forbidden',
    source: 'awslabs/agentcore-samples#64',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'registry-unreachable'],
    note: 'needs the thread: `agentcore launch` building FROM public.ecr.aws; a 403 (not 429) from ECR Public on an anonymous-capable image points to an outdated stored public.ecr.aws login. INFERENCE: the stored thread shows no confirmed fix. Trailing padding of the hard-wrapped lines trimmed; the repeated summary after them is left out.'
  },
  {
    id: 'dev96-ecr-14',
    family: 'ecr',
    host: 'redacted.dkr.ecr.eusc-de-east-1.amazonaws.eu',
    text: 'Retrieving registries data through AWS SDK...\nAWS ECR detected with  region\nError: Region is missing',
    source: 'docker/login-action#908',
    expected: 'unknown',
    note: 'docker/login-action could not read the region of an ECR host in the AWS European Sovereign Cloud (`amazonaws.eu`) although AWS_REGION was set: a defect of the action, not of the credential; no id fits. Host as the reporter masked it.'
  },
  {
    id: 'dev96-ecr-15',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'getaddrinfo ENOTFOUND api.ecr-public.ap-southeast-1.amazonaws.com',
    source: 'aws-actions/amazon-ecr-login#587',
    expected: 'registry-unreachable',
    note: "amazon-ecr-login with registry-type public in ap-southeast-1: the ECR Public API exists only in us-east-1, so the endpoint name does not resolve (the thread's answer). The text is a DNS failure. The registry (ECR Public) is not in the text: host `public.ecr.aws`."
  },
  {
    id: 'dev96-ecr-16',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "Provided region_name 'AWS_REGION' doesn't match a supported format.\nError: Cannot perform an interactive login from a non TTY device\n\nExited with code exit status 1\nCircleCI received exit code 1",
    source: 'CircleCI-Public/aws-ecr-orb#268',
    expected: 'missing-credentials',
    alsoAcceptable: ['malformed-credentials', 'unknown'],
    note: 'needs the thread: after upgrading the aws-ecr orb from 7 to 8 the region parameter took the literal string `AWS_REGION` (an env var name, no longer expanded), so `aws ecr get-login-password` failed and docker login got an empty password. No host in the post: placeholder host.'
  },
  {
    id: 'dev96-ecr-17',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: '  Normal   Pulling          41s   kubelet            Pulling image "public.ecr.aws/aws-containers/retail-store-sample-checkout:0.4.0"\n  Warning  Failed           11s   kubelet            Failed to pull image "public.ecr.aws/aws-containers/retail-store-sample-checkout:0.4.0": rpc error: code = Unknown desc = failed to pull and unpack image "public.ecr.aws/aws-containers/retail-store-sample-checkout:0.4.0": failed to resolve reference "public.ecr.aws/aws-containers/retail-store-sample-checkout:0.4.0": failed to do request: Head "https://public.ecr.aws/v2/aws-containers/retail-store-sample-checkout/manifests/0.4.0": dial tcp 99.83.145.10:443: i/o timeout',
    source: 'aws-samples/eks-workshop-v2#673',
    expected: 'registry-unreachable',
    note: "An EKS Fargate pod's kubelet could not connect to public.ecr.aws (i/o timeout). Other event lines trimmed."
  },
  {
    id: 'dev96-ecr-18',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '409a963c4bb0: Retrying in 1 second\nfb798a98dc82: Retrying in 1 second\nd2fdc4294ee4: Retrying in 1 second\nd61ce5953464: Retrying in 1 second\n919b9aaa34c1: Retrying in 1 second\nEOF',
    source: 'aws-samples/sagemaker-studio-image-build-cli#25',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: `sm-docker build --repository <name>` pushes from CodeBuild with a role whose ECR permissions cover the tool's default repositories only; pushes to the named repository retry and end in EOF. INFERENCE: no confirmed fix in the stored thread (a repository not created would end the same way). Earlier retry lines trimmed; no host in the post: placeholder host."
  },
  {
    id: 'dev96-ecr-19',
    family: 'ecr',
    host: 'REDACTED.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Updating service prod_api (id: m5532j1sinw4jzekmgtmddjh4)\nimage REDACTED.dkr.ecr.us-east-1.amazonaws.com/api:main-latest could not be accessed on a registry to record\nits digest. Each node will access REDACTED.dkr.ecr.us-east-1.amazonaws.com/api:main-latest independently,\npossibly leading to different nodes running different versions of the image.',
    source: 'awslabs/amazon-ecr-credential-helper#559',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'needs the thread: `docker --context prod stack deploy --with-registry-auth` from a laptop to a remote swarm whose node has the ecr-login helper; the client that deploys had no ECR credential to pass on, and the reporter fixed it by authenticating locally. The text itself names no login. Host as the reporter masked it.'
  },
  {
    id: 'dev96-ecr-20',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Assuming role with OIDC\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    source: 'docker/login-action#1016',
    expected: 'aws-access-denied',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: docker/login-action's CI test of ECR with OIDC, which the maintainer expected to fail until the AWS side admits the workflow: AWS refused the role to the job (IAM trust policy), before any ECR token. INFERENCE as to the exact policy fix. No host in the text: placeholder host."
  },
  {
    id: 'dev96-ecr-21',
    family: 'ecr',
    host: 'ACCOUNTNUMBER.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error: could not login to OCI registry "ACCOUNTNUMBER.dkr.ecr.us-east-1.amazonaws.com": Get "https://ACCOUNTNUMBER.dkr.ecr.us-east-1.amazonaws.com/v2/": no basic auth credentials\n\n  on provider.tf line 3, in provider "helm":\n   3:   provider "helm" {',
    source: 'hashicorp/terraform-provider-helm#1017',
    expected: 'token-expired',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the Terraform Helm provider's registry block held an ECR token from `aws_ecr_authorization_token`; the reporter says this is returned once that token has expired (`terraform destroy` long after the apply). The text alone reads as no credential. Host as the reporter masked it."
  },
  {
    id: 'dev96-ecr-22',
    family: 'ecr',
    host: 'myaccount.dkr.ecr.us-east-1.amazonaws.com',
    text: 'could not login to OCI registry "myaccount.dkr.ecr.us-east-1.amazonaws.com": login attempt to https://myaccount.dkr.ecr.us-east-1.amazonaws.com/v2/ failed with status: 403 Forbidden',
    source: 'hashicorp/terraform-provider-helm#978',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: `helm_release` with repository_username/password from `aws_ecr_authorization_token`; it worked for a few hours after the release, then ECR refused the login: the reporter suspects the token is not refreshed. INFERENCE: no confirmed fix in the stored thread. Host as the reporter masked it.'
  },
  {
    id: 'dev96-not-login-01',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'f358be10862c: Pushed\nunsupported: Unsupported manifest type: "application/vnd.docker.distribution.manifest.v2+json"',
    source: 'distribution/distribution#2146',
    expected: 'not-a-login-failure',
    note: 'A Windows Server Core image (foreign layers) pushed to ECR in 2017: every layer pushed, the manifest refused as unsupported. Not a login. Earlier "Pushed" lines trimmed; host not in the text: placeholder host.'
  },
  {
    id: 'dev96-not-login-02',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "response status code 405: unsupported: Invalid parameter at 'ImageManifest' failed to satisfy constraint: 'Invalid JSON syntax'",
    source: 'falcosecurity/falcoctl#302',
    expected: 'not-a-login-failure',
    note: 'falcoctl pushing an OCI artifact whose manifest ECR did not accept (a missing mediaType); basic auth to ECR worked. No host in the text: placeholder host.'
  },
  {
    id: 'dev96-not-login-03',
    family: 'not-login',
    host: '42.dkr.ecr.ap-northeast-1.amazonaws.com',
    text: 'fixing up "42.dkr.ecr.ap-northeast-1.amazonaws.com/foo:latest" for push: failed commit on ref "manifest-sha256:1afb531555cd4b90a66401f98a87a6c9672f78042813bf53d31c3141f06fd612": unexpected status: 405 Method Not Allowed',
    source: 'docker-archive-public/docker.app#563',
    expected: 'not-a-login-failure',
    note: 'docker app push of a manifest list to ECR, which then refused manifest lists (405): a registry limitation, not a login.'
  },
  {
    id: 'dev96-not-login-04',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'samcli.commands.package.exceptions.DockerPushFailedError: 500 Server Error: Internal Server Error ("invalid reference format")',
    source: 'aws/aws-sam-cli#3793',
    expected: 'not-a-login-failure',
    note: "`sam sync` pushing an image to ECR: the 500 is the local docker daemon's answer to an invalid image reference, not the registry's. No host in the text: placeholder host."
  }
]

/**
 * The hundred-and-sixth development set ("dev106": GitLab (gitlab.com and self-managed) and other private registries (plain registry:2, Basic-auth registries, Artifactory, Nexus, Gitea/Forgejo, JFrog, Zot, Distribution behind nginx)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-sixth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV106: readonly RealText[] = [
  {
    id: 'dev106-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '$ sudo podman auto-update\nError: 2 errors occurred:\n        * error registry auto-updating container "87f7fd97f440f17efd343eff365e6e44bfb26aeaf97477301581464c63d98911": image check for "registry.gitlab.com/mavit/example1:master" failed: Requesting bear token: invalid status code from registry 403 (Forbidden)\n        * error registry auto-updating container "b0ff3da9a393405fe64acc3c53dcde995145027972097bd4e1b564e385a5e15d": image check for "docker.io/mavit/example2:latest" failed: Error reading manifest latest in docker.io/mavit/example2: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: 'podman-container-tools/podman#11171',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the reporter says podman auto-update stopped honouring the io.containers.autoupdate.authfile label, so the image checks of both private images went out with no credential (GitLab's token endpoint 403, Docker Hub's denial); by the convention a pull of a private image without a login is repository-not-found, missing-credentials (no-login) as defensible. INFERENCE: the stored excerpt shows the report, not the fix. The second error (docker.io) is kept as posted."
  },
  {
    id: 'dev106-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '    state:\n      waiting:\n        message: \'failed to pull and unpack image "registry.gitlab.com/xyz/zyt/abc:1.1.1.1":\n          failed to resolve reference "registry.gitlab.com/xyz/zyt/abc:1.1.1.1":\n          failed to authorize: failed to fetch anonymous token: unexpected status\n          from GET request to https://gitlab.com/jwt/auth?scope=repository%3xyz%2Fzyt%2Fabc%3Apull&service=container_registry:\n          403 Forbidden\'\n        reason: ErrImagePull',
    source: 'rancher/rke2#7832',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: '"failed to fetch anonymous token" shows the kubelet pulled the private GitLab image with no credential; the reporter says the pod\'s imagePullSecrets were ignored (it works with ~/.docker/config.json). Convention: private pull without a login is repository-not-found, missing-credentials also defensible. The malformed %3xyz in the URL is as posted (the reporter masked the path).'
  },
  {
    id: 'dev106-gitlab-03',
    family: 'gitlab',
    host: 'registry.example.com',
    text: 'Failed to pull image "registry.example.com/path/name:1.0.0": rpc error: code = 2 desc = Error response from daemon: {"message":"Get https://registry.example.com/v2/path/name/manifests/1.0.0: denied: access forbidden"}',
    source: 'rancher/rancher#9956',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: 'needs the thread: the registry is a self-managed GitLab registry (the reporter masked it as registry.example.com, kept as posted); docker login and a manual pull with the same credential work, and other users report Rancher 2.0 alpha not passing the configured registry credential to Kubernetes, so the pull went out without a login. INFERENCE: no confirmed fix in the stored thread.'
  },
  {
    id: 'dev106-gitlab-04',
    family: 'gitlab',
    host: 'reg.example.com:4567',
    text: '~$ docker pull reg.example.com:4567/path/to/image:tag\nError response from daemon: Get https://reg.example.com:4567/v2/: Forbidden',
    source: 'rpardini/docker-registry-proxy#27',
    expected: 'unknown',
    alsoAcceptable: ['registry-unreachable', 'insufficient-scope'],
    note: 'needs the thread: a self-managed GitLab registry (port 4567, auth on git.example.com, both hosts masked by the reporter and kept as posted) pulled through rpardini/docker-registry-proxy with AUTH_REGISTRIES set; the bare 403 on the /v2/ ping comes from the caching proxy in between, not from a credential the registry refused. No id names a proxy that forbids a registry host. INFERENCE: the stored thread shows no fix.'
  },
  {
    id: 'dev106-gitlab-05',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '$ echo "$TARGET_GITLAB_PAT" | docker login -u "$TARGET_GITLAB_USERNAME" --password-stdin registry.gitlab.com\nMust provide --username with --password-stdin\nCleaning up project directory and file based variables 00:01\nERROR: Job failed: exit code 1',
    source: 'docker/cli#5792',
    expected: 'missing-credentials',
    case: 'gitlab-variable',
    note: '-u is on the command line, so the username variable expanded to nothing in the GitLab CI job; a commenter points at the unpopulated variables and docker/cli#6036 rewords the message to "username is empty".'
  },
  {
    id: 'dev106-gitlab-06',
    family: 'gitlab',
    host: 'gitlab.mobilisis.local',
    text: 'Could not delete image sha256:b664d8b24d66bee8336bd5bd9c203617e1b1474ddbbb764d401f55ff2a95cd7c in repository tdce/test-rig.',
    source: 'sciapp/gitlab-registry-cleanup#5',
    expected: 'unknown',
    alsoAcceptable: ['insufficient-scope', 'not-a-login-failure'],
    note: "needs the thread: gitlab-registry-cleanup against a self-managed GitLab (host gitlab.mobilisis.local from the thread; the text names none) with the admin password; the dry run lists the images, every delete fails, and the maintainer asks the reporter to fetch a catalog token by hand. The tool's message gives no cause. INFERENCE: no confirmed fix in the stored thread."
  },
  {
    id: 'dev106-generic-01',
    family: 'generic',
    host: 'docker.my-company.com',
    text: 'docker login docker.my-company.com\nUsername: farolfo\nPassword: \nEmail: farolfo@the-domain.com\nError response from daemon: no successful auth challenge for https://docker.my-company.com/v2/ - errors: [basic auth attempt to https://docker.my-company.com/v2/ realm "registry.localhost" failed with status: 401 Unauthorized]',
    source: 'docker/hub-feedback#409',
    expected: 'invalid-credentials',
    note: 'a company registry behind Basic auth (host masked by the reporter with a readable name, kept); the reporter then logged in with an older password, which the registry still held.'
  },
  {
    id: 'dev106-generic-02',
    family: 'generic',
    host: 'localhost:5043',
    text: 'docker login localhost:5043\nUsername: erobin08\nPassword:\nEmail:\nError response from daemon: no successful auth challenge for https://localhost:5043/v2/ - errors: [basic auth attempt to https://localhost:5043/v2/ realm "Restricted Space" failed with status: 401 Unauthorized]',
    source: 'distribution/distribution#1167',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'nginx with LDAP Basic auth in front of a registry:2; the 401 is nginx refusing the username/password, which may be the LDAP set-up rather than the password. INFERENCE: no confirmed fix in the stored thread. A first bare "docker login" line of the post is left out.'
  },
  {
    id: 'dev106-generic-03',
    family: 'generic',
    host: '10.180.148.175:5000',
    text: 'root@qa-control-docekr-yiting:~# docker push 10.180.148.175:5000/yiting/test\nThe push refers to a repository [10.180.148.175:5000/yiting/test](len: 1)\n901e234dbcd5: Image already exists \n95c667039e1c: Image already exists \n2b71b4816d25: Pushing [==================================================>] 196.9 MB\nunauthorized: authentication required',
    source: 'distribution/distribution#1601',
    expected: 'token-expired',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the reporter\'s token-auth registry issues tokens that expire after 60 s, and the push of a 197 MB layer outlasts it ("when reach the expiration, it return unauthorized"); the registry\'s bearer token, not a personal token, expired. INFERENCE: the maintainer only asks for details.'
  },
  {
    id: 'dev106-generic-04',
    family: 'generic',
    host: 'private.registry',
    text: 'root@sepp-roj:/stacks# docker-compose up -d\nCreating myproject_appsrc_1\nERROR: Get https://private.registry/v2/ns/app/manifests/0.8.2-26-g1ce3ada: no basic auth credentials',
    source: 'docker/compose#3037',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'docker-compose on a Swarm sent the pull without the stored login (a manual docker-compose pull works); host as posted.'
  },
  {
    id: 'dev106-generic-05',
    family: 'generic',
    host: 'integra-swarm1:443',
    text: 'https://integra-swarm1:443/v2/": unauthorized: authGroup.Verify\n Failed to verify user: token is malformed: token contains an invalid number of segments\n2025/01/12 11:44:33 ...eb/routing/logger.go:102:func1() [I] router: completed GET //v2/token?account=integrazione&client_id=docker&offline_token=true&service=container_registry for 10.0.0.2:0, 401 Unauthorized in 0.3ms @ packages/api.go:97(packages.verifyAuth)',
    source: 'go-gitea/gitea#33227',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "Gitea's container registry behind nginx on a sub-path: docker login refused (first line as posted, cut by the reporter), then two lines of Gitea's log the post quotes (a prose line between them left out). The doubled slash in //v2/token points at the sub-path proxy rather than the password. INFERENCE: the issue closed awaiting feedback."
  },
  {
    id: 'dev106-generic-06',
    family: 'generic',
    host: 'docker.visticloud.com',
    text: 'invalid character \'<\' looking for beginning of value: "<!DOCTYPE HTML PUBLIC \\"-//IETF//DTD HTML 2.0//EN\\">\\n<html><head>\\n<title>403 Forbidden</title>\\n</head><body>\\n<h1>Forbidden</h1>\\n<p>You don\'t have permission to access /v2/sms.protridentechnologies.com/blobs/uploads/\\non this server.<br />\\n</p>\\n<hr>\\n<address>Apache/2.4.10 (Debian) Server at docker.visticloud.com Port 80</address>\\n</body></html>\\n"',
    source: 'kwk/docker-registry-frontend#222',
    expected: 'registry-unreachable',
    alsoAcceptable: ['insufficient-scope', 'unknown'],
    note: 'registry:2 behind Apache: Apache answers the blob upload with its own 403 error page, not the registry (escaped \\n and quotes kept as posted). Whether Apache forbids the path by configuration or by an access rule for writes is not said. INFERENCE: the issue has no answer.'
  },
  {
    id: 'dev106-generic-07',
    family: 'generic',
    host: 'registry.mydomain.com',
    text: 'root@RYZEN:/home/user/# docker push registry.mydomain.com/someimage:latest\nThe push refers to repository [registry.mydomain.com/someimage]\n5f70bf18a086: Layer already exists\n814b91d8ce2a: Pushing [==================================================>]  427.3MB\ne0e5c14f683a: Pushing [=======================>                           ]  212.8MB/459.5MB\neb5e1abd9327: Pushed\n6e28a572644e: Waiting\nunauthorized: authentication required',
    source: 'zebox/registry-admin#22',
    expected: 'token-expired',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: registry:2 with registry-admin as token service; the push fails midway on large layers and the maintainer added a TokenTTL option (PR #23) because the registry token expired before the push ended. Progress lines trimmed (most of the 27 layer lines left out); host masked by the reporter with a readable name, kept.'
  },
  {
    id: 'dev106-generic-08',
    family: 'generic',
    host: 'registry.example.com',
    text: 'FATA[0430] Error pushing to registry: Server error: 500 trying to push example blob - sha256:2a5666536ffb33e441401f5156ebfdbaf1f81018976597f0856431cc46c834d7',
    source: 'distribution/distribution#758',
    expected: 'registry-unreachable',
    note: 'registry:2 on Azure blob storage answering 500 on layers over 100 MB; the text names no host (placeholder registry.example.com).'
  },
  {
    id: 'dev106-generic-09',
    family: 'generic',
    host: 'registry.example.com',
    text: 'The push refers to a repository [(hostname)/bb] (len: 1)\n8c2e06607696: Pushing [==================================================>]     32 B/32 B\nReceived unexpected HTTP status: 504 GATEWAY_TIMEOUT',
    source: 'distribution/distribution#1003',
    expected: 'registry-unreachable',
    note: 'registry:2 on S3 that lost its storage after a host failover; the reporter masked the host as "(hostname)" (kept in the text, placeholder registry.example.com as host).'
  },
  {
    id: 'dev106-generic-10',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Using manifest file git/manifest-private.yml\n\nFAILED\nNo Docker password was provided. Please provide the password by setting the CF_DOCKER_PASSWORD environment variable.',
    source: 'nulldriver/cf-cli-resource#24',
    expected: 'missing-credentials',
    case: 'password',
    note: 'cf push of an image from a private registry through a Concourse resource that did not yet pass CF_DOCKER_PASSWORD (added in its v2.8.0); the password reached cf empty. The registry is masked in the post (placeholder registry.example.com).'
  },
  {
    id: 'dev106-generic-11',
    family: 'generic',
    host: '192.168.111.131:5000',
    text: '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"registry","Class":"","Name":"catalog","Action":"*"}]}]}',
    source: 'kwk/docker-registry-setup#10',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'list-denied',
    note: 'a browser opening /v2/_catalog of an LDAP token-auth registry: a catalog listing refused (README: case list-denied); the browser also sent no credential at all.'
  },
  {
    id: 'dev106-not-login-01',
    family: 'not-login',
    host: 'registry-svc.registry-and-build.svc.cluster.local:5000',
    text: 'failed to push registry-svc.registry-and-build.svc.cluster.local:5000/...: unknown: blob upload invalid\ns3aws: AccessDenied\nerror resolving upload\nunknown error completing upload',
    source: 'biersoeckli/QuickStack#106',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "looks like a credential refusal (AccessDenied) but it is the registry's own S3 storage driver: the registry:2 needed v4auth/forcepathstyle options for Hetzner Object Storage. The BuildKit push line and the registry log lines the post quotes are joined (a prose line between them left out)."
  },
  {
    id: 'dev106-not-login-02',
    family: 'not-login',
    host: 'gitlab.example.com',
    text: 'Started DELETE "/backend/application/registry/repository/6/tags/226aafd289ddcac3512c56b5c4cadce3a83ba09b" for 10.0.2.64 at 2017-11-15 17:20:08 +0000\nProcessing by Projects::Registry::TagsController#destroy as JSON\n  Parameters: {"namespace_id"=>"backend", "project_id"=>"application", "repository_id"=>"6", "id"=>"226aafd289ddcac3512c56b5c4cadce3a83ba09b"}\nCan\'t verify CSRF token authenticity\nCompleted 422 Unprocessable Entity in 1ms (ActiveRecord: 0.0ms | Elasticsearch: 0.0ms)\n\nActionController::InvalidAuthenticityToken (ActionController::InvalidAuthenticityToken):',
    source: 'NARKOZ/gitlab#334',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: "a self-managed GitLab's log when a script deletes a registry tag through the web UI's route: the reporter suspects registry authentication, but it is the UI's CSRF check refusing an API client. Stack trace lines after the exception trimmed; host not in the text (placeholder gitlab.example.com)."
  }
]

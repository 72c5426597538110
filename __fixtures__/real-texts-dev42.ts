/**
 * A forty-second development set of real registry error texts ("dev42"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The forty-second
 * development set"). Sources are public web pages found with the search
 * tool (corpus `pages`): a GitLab merge request, a personal blog post
 * titled by its error and a page that republishes a Stack Overflow
 * question; none is a source of an earlier set (the list of the 2016
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every
 * earlier set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its page before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * page shows no confirmed fix. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV42: readonly RealText[] = [
  {
    id: 'dev42-gitlab-01',
    family: 'gitlab',
    host: 'registry.test:5000',
    text: 'docker push registry.test:5000/flightjs/flight/13\nUsing default tag: latest\nThe push refers to repository [registry.test:5000/flightjs/flight/13]\n12660636fe55: Preparing\ndenied: Pushing to protected repository path forbidden',
    source: 'https://gitlab.com/gitlab-org/gitlab/-/merge_requests/157464',
    expected: 'insufficient-scope',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: GitLab\'s own merge request ("Protected containers: Push protection for admin users"): a container protection rule on the repository path refused the push of a logged-in user (there an administrator, which the merge request changes), because such a rule lets only the roles it names push. The text alone reads as well as a lock on the path whatever the credential (like an immutable tag); the page shows it is the role that may not push there. The host is the GitLab development kit\'s registry as posted. The shell prompt before the command is cut'
  },
  {
    id: 'dev42-gar-01',
    family: 'gar',
    host: 'asia-south1-docker.pkg.dev',
    text: 'denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource\n"projects/PROJECT_ID/locations/asia-south1/repositories/images"\n(or it may not exist)',
    source: 'https://dev-solve.com/ja/posts/4853aa4',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    note: 'INFERENCE: a page (in Japanese) that republishes a Stack Overflow question about a GitHub Actions job pushing to Artifact Registry in asia-south1; it offers two causes (a service account without Artifact Registry Writer, or docker not configured for the regional host with gcloud auth configure-docker) and shows no confirmed fix. The text names a refused permission of an authenticated caller, so insufficient-scope from the text; the other two are what the page\'s second cause and the text\'s own "(or it may not exist)" would make it. The project id is masked as posted; the runner\'s closing "Error: Process completed with exit code 1." (on the last line in the page) is cut'
  },
  {
    id: 'dev42-generic-01',
    family: 'generic',
    host: 'registry.domain.com',
    text: 'Error response from daemon: Get https://registry.domain.com/v2/: x509: certificate signed by unknown authority',
    source: 'https://kdevkr.github.io/docker-registry-certificate/',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "A personal blog post (in Korean) titled by the error: docker login to a private registry built from Docker's registry image, whose certificate docker does not trust; the fix the post gives is the registry's CA in /etc/docker/certs.d/<host:port>/ca.crt (or insecure-registries, which it advises against). The host is the author's own placeholder, kept as posted"
  }
]

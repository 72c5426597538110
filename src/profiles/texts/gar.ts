/**
 * What GAR's registry texts say per diagnosis and case: loaded only
 * when a report of that registry is written (src/profiles/index.ts
 * loadTexts), so that no other registry's start-up pays for them.
 */
import { ACTION_USES, LINKS } from '../common.js'
import type { RemediationTable } from '../types.js'
import { PIPEFAIL_STEP } from './common.js'

const WRITER_STEP =
  'Grant the service account Artifact Registry Writer on the repository: `gcloud artifacts repositories add-iam-policy-binding REPOSITORY --location=LOCATION --member=serviceAccount:NAME@PROJECT.iam.gserviceaccount.com --role=roles/artifactregistry.writer` (Reader is enough to pull).'

const KEY_STEP =
  'With a key: IAM → Service accounts → the account → Keys → Add key → JSON; store the downloaded file as a repository secret unchanged (its line breaks are fine) and log in with `username: _json_key`, or base64-encode it (`base64 -w0 key.json`) for `username: _json_key_base64`.'

/** The steps of a login without a key (workload identity federation). */
const WIF_STEP =
  'Without a key: google-github-actions/auth@v2 with `workload_identity_provider`, `service_account` and `token_format: access_token` (the job needs `permissions: id-token: write`), then log in with `username: oauth2accesstoken` and `password: ${{ steps.auth.outputs.access_token }}` in the same job.'

const KEY_SKIP_IF_MISSING_SNIPPET = [
  '- name: Log in to {registry}',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  '    username: _json_key',
  '    password: ${{ secrets.GCP_SA_KEY }}',
  '    # fork pull requests and Dependabot runs build without logging in',
  '    skip-if-missing: true'
].join('\n')

/** Logging in with a service-account key stored as a secret. */
const KEY_SNIPPET = [
  '- name: Log in to {registry}',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  '    username: _json_key',
  '    password: ${{ secrets.GCP_SA_KEY }} # the key file, as downloaded'
].join('\n')

const LINKS_GAR = {
  auth: 'https://cloud.google.com/artifact-registry/docs/docker/authentication',
  roles: 'https://cloud.google.com/artifact-registry/docs/access-control',
  repositories:
    'https://cloud.google.com/artifact-registry/docs/repositories/create-repos',
  names: 'https://cloud.google.com/artifact-registry/docs/docker/names',
  githubAuth: 'https://github.com/google-github-actions/auth',
  status: 'https://status.cloud.google.com/',
  transition:
    'https://cloud.google.com/artifact-registry/docs/transition/transition-from-gcr'
} as const

/** GAR's texts (see the profile, ../gar.ts). */
export const REMEDIATION: RemediationTable = {
  'missing-credentials': {
    snippet: KEY_SKIP_IF_MISSING_SNIPPET,
    // docs/registries.md §13f (a): "Unauthenticated request", and any push
    // or pull that carried no credential
    cases: {
      // docs/registries.md §13aaa (f): `gcloud auth print-access-token | …`
      'token-command-empty': {
        steps: [
          '`gcloud auth print-access-token` alone: "You do not currently have an active account selected" means gcloud is not signed in where the login runs.',
          '`gcloud auth login` on a workstation; in CI, `gcloud auth activate-service-account --key-file=KEY.json` or Workload Identity Federation (`gcloud auth login --cred-file=CONFIG.json`), then the same pipe.',
          PIPEFAIL_STEP
        ]
      },
      'no-login': {
        title: 'No login was sent to this Artifact Registry host',
        error:
          'log in to the exact host of the image (LOCATION-docker.pkg.dev), in the same job, before the push or pull',
        why: 'The request reached Artifact Registry without a credential ("Unauthenticated request"). Each location has its own host (us-docker.pkg.dev, europe-west1-docker.pkg.dev, gcr.io…) and docker sends a login only to the host it was made for: no login for this host ran before it in this job, it was made for another location, or it went to another docker config (another user, `sudo`).',
        steps: [
          'Take the host from the image reference (the part before the first /) and set it as `registry:`, character for character; one login step per host.',
          '`gcloud auth configure-docker HOST` likewise configures only the hosts it is given; run it as the user that runs docker.',
          'GKE or Cloud Run pulling the image: the node or service account needs Artifact Registry Reader on the repository.'
        ],
        docs: [LINKS_GAR.auth, LINKS.login],
        snippet: KEY_SNIPPET
      },
      'anonymous-pull': {
        title: 'The image needs a login to pull',
        error:
          'give the puller Artifact Registry Reader on the repository (GKE: the node service account), or check the image name',
        steps: [
          'GKE: the node service account (or the workload identity of the pod) needs Artifact Registry Reader on the repository; outside Google Cloud, an image pull secret with a service-account key (`_json_key`).',
          'In a workflow: log in to the exact host of the image before the pull, in the same job, as below.',
          'Check the image name: LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE; a repository that does not exist is refused the same way.'
        ],
        docs: [LINKS_GAR.auth, LINKS_GAR.roles],
        snippet: KEY_SNIPPET
      },
      // attack-60 A60-05: GAR015
      'google-adc': {
        title: "Google's default credentials are not set up",
        error:
          'run google-github-actions/auth (or set GOOGLE_APPLICATION_CREDENTIALS) before the tool that reads them',
        why: "The tool (docker-credential-gcr, a Go or Python client) looked for Google's Application Default Credentials and found none: no google-github-actions/auth step before it in this job, no GOOGLE_APPLICATION_CREDENTIALS naming a key file, and no metadata server (it runs outside Google Cloud).",
        steps: [
          'In a workflow: run google-github-actions/auth (Workload Identity Federation, or `credentials_json`) in the same job before the tool; it sets GOOGLE_APPLICATION_CREDENTIALS for later steps.',
          "Elsewhere: `gcloud auth application-default login` on a laptop, or GOOGLE_APPLICATION_CREDENTIALS set to a service-account key file the tool's user can read."
        ],
        docs: [LINKS_GAR.githubAuth, LINKS_GAR.auth]
      }
    }
  },

  'malformed-credentials': {
    error:
      'store the key file unchanged as the secret and use username _json_key (or base64 it for _json_key_base64)',
    why: 'The password is not what {registry} can take: a key must be the JSON file of a service account exactly as downloaded (or that file base64-encoded, for _json_key_base64), and an access token the token alone. Quotes, a literal $, an expression or variable that was never expanded, or a mangled key are refused.',
    steps: [
      KEY_STEP,
      'Write the input exactly as `password: ${{ secrets.GCP_SA_KEY }}`: one $, no quotes; a `$VAR` or `$(command)` in a `with:` block is neither expanded nor run.',
      'For an access token, use `username: oauth2accesstoken` and only the token (it starts with ya29.).'
    ],
    docs: [LINKS_GAR.auth, LINKS.githubSecrets],
    snippet: KEY_SNIPPET
  },

  'invalid-credentials': {
    title: '{registry} refused the key or token',
    error:
      'use a key of an existing service account (username _json_key), or an access token made in this job (oauth2accesstoken)',
    why: '{registry} refused the credential: the service-account key was deleted or disabled (or its account was), the access token has expired (they last one hour) or is not one, or the username is not one of _json_key, _json_key_base64 and oauth2accesstoken.',
    steps: [
      'Check the username: `_json_key` (the key JSON), `_json_key_base64` (the key base64-encoded) or `oauth2accesstoken` (an access token); no other name works.',
      KEY_STEP,
      WIF_STEP
    ],
    docs: [LINKS_GAR.auth, LINKS_GAR.githubAuth],
    snippet: KEY_SNIPPET,
    cases: {
      // attack-60 A60-06: GAR016
      'wif-attribute-condition': {
        title: "The Workload Identity provider's condition refused this job",
        error:
          "widen the provider's attribute condition to admit this job's token, or run from the repository it names",
        why: "Google's Security Token Service refused the job's GitHub OIDC token: the Workload Identity provider's attribute condition (such as `assertion.repository_owner == 'ORG'`) is false for this job's claims — another repository or owner, a fork, or another branch.",
        steps: [
          "Read the condition: `gcloud iam workload-identity-pools providers describe PROVIDER --workload-identity-pool=POOL --location=global --format='value(attributeCondition)'`.",
          'Make it admit this job\'s claims (`repository`, `repository_owner`, `ref`): `gcloud iam workload-identity-pools providers update-oidc PROVIDER --workload-identity-pool=POOL --location=global --attribute-condition="…"`, or run the job from the repository it names.',
          'Check `workload_identity_provider` in google-github-actions/auth names the provider you changed (projects/NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER).'
        ],
        docs: [LINKS_GAR.githubAuth]
      }
    }
  },

  'token-expired': {
    title: 'The Google access token has expired',
    error:
      'get the access token in the same job right before logging in: it lasts one hour',
    why: 'An OAuth access token (username oauth2accesstoken) lasts one hour by default; {registry} refuses it after that, also in the middle of a long build that fetched it at the start.',
    steps: [
      WIF_STEP,
      'Do not store an access token as a secret; for builds longer than an hour, log in again before pushing, or use a service-account key (`username: _json_key`).'
    ],
    docs: [LINKS_GAR.auth, LINKS_GAR.githubAuth],
    cases: {
      // docs/registries.md §13aaa (d): GAR017
      reauth: {
        title: 'Google wants this user account to sign in again',
        error:
          'run `gcloud auth login` where a person can answer; in CI, log in with a service account, not a user account',
        why: 'The credential helper refreshed the token of a user account (`gcloud auth login`), and Google answered with a reauthentication challenge (`invalid_rapt`): the session length the organization sets has ended, and only the person can sign in again. A job cannot answer it.',
        steps: [
          'On a workstation: `gcloud auth login` (and `gcloud auth application-default login` where a tool reads application default credentials), then retry.',
          WIF_STEP,
          'Or a service-account key (`username: _json_key`): a service account is not asked to reauthenticate.'
        ]
      }
    }
  },

  'insufficient-scope': {
    title: 'The service account may not push there',
    error:
      'grant the service account roles/artifactregistry.writer on the repository (reader only pulls)',
    why: '{registry} refused the push: the account lacks the permission artifactregistry.repositories.uploadArtifacts on the repository, or the repository does not exist: Artifact Registry words both the same ("or it may not exist").',
    steps: [
      WRITER_STEP,
      'Check the image name: LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE, with the project ID and a repository that exists in that location (`gcloud artifacts repositories list --location=LOCATION`).',
      'IAM changes take a minute or two to apply; re-run then.'
    ],
    docs: [LINKS_GAR.roles, LINKS_GAR.repositories],
    cases: {
      // docs/registries.md §13f (d): downloadArtifacts refused, GAR003
      'read-denied': {
        title: 'The service account may not read there',
        error:
          'grant roles/artifactregistry.reader on the repository to pull (writer to push); GKE: to the node service account',
        why: '{registry} refused to let the account read the repository: it lacks artifactregistry.repositories.downloadArtifacts there (Reader grants it, Writer too), or the repository does not exist: Artifact Registry words both the same ("or it may not exist").',
        steps: [
          'Grant the account Artifact Registry Reader on the repository: `gcloud artifacts repositories add-iam-policy-binding REPOSITORY --location=LOCATION --member=serviceAccount:NAME@PROJECT.iam.gserviceaccount.com --role=roles/artifactregistry.reader` (Writer to push, which reads too).',
          'GKE and Cloud Run pull with the node or service account: grant it there, not to the account that pushes.',
          'Cloud Run also checks, since 2025-01-15, that the principal that deploys (`gcloud run deploy`, the workflow\'s service account) may read the image ("User does not have access to image" in the audit logs): grant it Reader on the repository too.',
          'Check the image name: LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE, with a repository that exists in that location.'
        ]
      },
      // docs/registries.md §13xx (b): GAR059
      'cloud-build': {
        title: 'Cloud Build refused to start the build',
        error:
          'grant the account gcloud runs as Cloud Build Editor and Service Usage Consumer on the project (on GKE or a VM: the cloud-platform access scope)',
        why: '`gcloud builds submit` uploads the source to a Cloud Storage bucket, then asks Cloud Build to run the build, which pushes the image to {registry} as Cloud Build\'s own service account. Google refused the account gcloud is authenticated as before any of that (PERMISSION_DENIED names it; "403: Insufficient Permission" is also what a GKE node or Compute Engine VM answers when its OAuth access scopes do not cover the API). No image reached {registry}.',
        steps: [
          '`gcloud auth list` shows the active account: the one refused.',
          'Grant it Cloud Build Editor and Service Usage Consumer on the project: `gcloud projects add-iam-policy-binding PROJECT --member=serviceAccount:NAME@PROJECT.iam.gserviceaccount.com --role=roles/cloudbuild.builds.editor`, then the same with `--role=roles/serviceusage.serviceUsageConsumer`. It also writes the source to the staging bucket (gs://PROJECT_cloudbuild by default, or --gcs-source-staging-dir).',
          'From a GKE node or a Compute Engine VM ("Insufficient Permission"): its access scopes must include cloud-platform (a node pool or VM created with it), or use Workload Identity.',
          "The build's own push to {registry} runs as Cloud Build's service account: it needs Artifact Registry Writer on the repository."
        ],
        docs: [
          'https://cloud.google.com/build/docs/iam-roles-permissions',
          'https://cloud.google.com/build/docs/securing-builds/configure-access-to-resources'
        ]
      },
      // docs/registries.md §13qq (e): GAR052
      'sa-impersonation': {
        title: 'Not allowed to act as the service account',
        error:
          "grant the job's federated principal roles/iam.workloadIdentityUser on the service account, and check its name",
        why: 'Google accepted the job\'s federated token, then refused to let it act as the service account: 403 PERMISSION_DENIED on iam.serviceAccounts.getAccessToken ("Unable to acquire impersonated credentials"). The pool\'s principal for this repository has no Workload Identity User role on that service account, or no service account has that name. No access token was made, so docker had none to send to {registry}.',
        steps: [
          'Grant the role on the service account to the principal of this repository: `gcloud iam service-accounts add-iam-policy-binding NAME@PROJECT.iam.gserviceaccount.com --role=roles/iam.workloadIdentityUser --member="principalSet://iam.googleapis.com/projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/attribute.repository/OWNER/REPO"`.',
          'Check the service account the federated login names: the e-mail of an existing service account, in the project the pool trusts.',
          'The service account itself then needs roles/artifactregistry.writer on the repository to push.'
        ],
        docs: [LINKS_GAR.githubAuth]
      }
    }
  },

  'registry-mismatch': {
    title: 'The push target is on another registry host',
    error:
      'log in to the exact host of the image (LOCATION-docker.pkg.dev): a login to {registry} does not cover another location',
    why: 'docker keeps one login per host, and each Artifact Registry location has its own host (us-docker.pkg.dev, europe-west1-docker.pkg.dev…): a login to {registry} is not sent to another one, and that push is refused as an unauthenticated request.',
    steps: [
      'Take the host from the image reference (the part before the first /) and set it as `registry:`, character for character.',
      'Pushing to several locations: one login step per host.',
      '`gcloud auth configure-docker HOST` likewise writes one entry per host, for the hosts it is given.'
    ],
    docs: [LINKS_GAR.auth, LINKS.login]
  },

  'repository-not-found': {
    title: 'The Artifact Registry repository does not exist',
    error:
      'create the repository (gcloud artifacts repositories create) or fix the name: HOST/PROJECT/REPOSITORY/IMAGE',
    why: 'Artifact Registry creates images on push, but not repositories, and its image names have three parts after the host: the project, a repository that exists in that location, and the image.',
    steps: [
      'Create it: `gcloud artifacts repositories create REPOSITORY --repository-format=docker --location=LOCATION --project=PROJECT`.',
      'Name images LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE.',
      'A repository that does not exist and a private one this credential may not read are refused alike: if it exists and is private, log in to {registry} with a credential that may read it.',
      'gcr.io hosts are served by a repository named after the host: create it once (`gcloud artifacts repositories create gcr.io --repository-format=docker --location=us`; eu.gcr.io in europe, asia.gcr.io in asia).'
    ],
    docs: [LINKS_GAR.repositories, LINKS_GAR.names],
    cases: {
      // docs/registries.md §13vv (j): a gcr.io project without Container
      // Registry (GAR056): the texts of GAR024's shutdown
      'gcr-shutdown': {
        title: 'This project has no Container Registry to reach',
        error:
          'move gcr.io to Artifact Registry (gcloud artifacts docker upgrade migrate), or use LOCATION-docker.pkg.dev',
        why: 'gcr.io refused the token exchange because the project has no Container Registry (its API is not enabled), whatever the credential. Container Registry was shut down on 2025-03-18: Artifact Registry serves gcr.io hosts once the project is migrated.',
        steps: [
          'Migrate the project: `gcloud artifacts docker upgrade migrate --projects=PROJECT`; pushes and pulls on gcr.io then go to Artifact Registry with the same login, given its Writer or Reader role.',
          'Or use an Artifact Registry host instead: LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE, and log in to that host.'
        ],
        docs: [LINKS_GAR.transition]
      },
      // docs/registries.md §13ww (d): GAR058, `Project #<n> has been deleted`
      'project-deleted': {
        title: "The image's Google Cloud project was deleted",
        error:
          'pull the image from where its publisher moved it: the project that held it no longer exists, whatever the login',
        why: '{registry} answered that the Google Cloud project holding the image has been deleted: its images went with it. No credential reaches them, and a repository of your own does not bring them back.',
        steps: [
          "Find where the image's publisher moved it (its README or release notes: another registry, or LOCATION-docker.pkg.dev), and change the reference.",
          'If the project was yours, it can be restored within 30 days of its deletion (Google Cloud console → IAM & Admin → Manage resources → Pending deletion); else push the image again to a repository that exists.'
        ]
      }
    }
  },

  'credential-store-error': {
    why: 'docker login reached {registry}, but the docker credential helper configured for it failed. `gcloud auth configure-docker` sends Artifact Registry hosts to docker-credential-gcloud (credHelpers), which needs gcloud installed and logged in, and cannot store a docker login.',
    steps: [
      'Look up `credHelpers` in the docker config on the runner ($DOCKER_CONFIG/config.json, by default ~/.docker/config.json).',
      'Logging in with this action: remove the entry for this host, so that docker keeps the login itself.',
      'Or keep gcloud as the helper and skip this action: google-github-actions/setup-gcloud, then `gcloud auth configure-docker HOST` in the same job.'
    ],
    docs: [LINKS_GAR.auth, LINKS.credentialStores],
    cases: {
      'credential-helper': {
        title: 'The docker credential helper {helper} failed',
        error:
          'remove {setting} from the docker config to log in with this step, or install gcloud and log it in',
        why: 'docker login reached {registry}, but {helper}, the credential helper that {setting} in the docker config names, failed. `gcloud auth configure-docker` writes such entries for docker-credential-gcloud, which needs gcloud installed and logged in, and cannot store a docker login.',
        steps: [
          'Logging in with this action: remove {setting} from {config}/config.json (at least the entry for this host), so that docker keeps the login itself.',
          'Or keep gcloud as the helper and skip this action: google-github-actions/auth and google-github-actions/setup-gcloud, then `gcloud auth configure-docker HOST`, in the same job.',
          'Check the helper on the runner: `{helper} list` must answer without an error.'
        ]
      }
    }
  },

  'registry-unreachable': { docs: [LINKS_GAR.status] },
  'not-a-login-failure': {
    cases: {
      // docs/registries.md §13o (a): GAR024
      'gcr-shutdown': {
        title: 'Container Registry no longer takes pushes',
        error:
          'move gcr.io to Artifact Registry (gcloud artifacts docker upgrade migrate), or push to LOCATION-docker.pkg.dev',
        why: 'Container Registry was shut down on 2025-03-18: writing images to gcr.io hosts is no longer possible, and {registry} answers 412 whatever the credential. Artifact Registry serves gcr.io hosts once the project is migrated.',
        steps: [
          'Migrate the project: `gcloud artifacts docker upgrade migrate --projects=PROJECT` (it creates gcr.io repositories in Artifact Registry and routes the gcr.io hosts to them); pushes to gcr.io then work with the same login, given the Artifact Registry Writer role.',
          'Or push to an Artifact Registry host instead: LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE, and log in to that host.'
        ],
        docs: [LINKS_GAR.transition]
      }
    }
  },
  'preflight-unreachable': { docs: [LINKS_GAR.status, LINKS.actionReadme] },

  'push-not-checked': {
    steps: [
      'Nothing to fix if the build pushes.',
      'If the push fails later with Permission "artifactregistry.repositories.uploadArtifacts" denied: grant the service account roles/artifactregistry.writer on the repository.'
    ]
  }
}

/**
 * What ACR's registry texts say per diagnosis and case: loaded only
 * when a report of that registry is written (src/profiles/index.ts
 * loadTexts), so that no other registry's start-up pays for them.
 */
import { ACTION_USES, LINKS } from '../common.js'
import {
  BLOB_STORAGE_CHECKS,
  PIPEFAIL_STEP,
  PULL_LOGIN_STEP,
  SAME_USER_STEP
} from './common.js'
import type { RemediationTable } from '../types.js'

const PUSH_ROLE_STEP =
  'Give the identity AcrPush on the registry: `az role assignment create --assignee APP_ID --role AcrPush --scope $(az acr show --name NAME --query id --output tsv)` (AcrPull only pulls).'

const SP_STEP =
  'With a service principal: username = its application (client) ID, a GUID; password = a client secret (App registrations → the app → Certificates & secrets), stored as a repository secret. Secrets expire (by default after a year).'

const OIDC_STEP =
  'Without a secret: azure/login@v2 with `client-id`, `tenant-id` and `subscription-id` (OpenID Connect; the job needs `permissions: id-token: write`), then `az acr login --name NAME --expose-token --output tsv --query accessToken` in a step, and log in with username 00000000-0000-0000-0000-000000000000 and that token, in the same job.'

/**
 * A service principal's client secret to renew: refused as wrong or
 * expired (invalid-credentials), or as past its end date (token-expired,
 * AADSTS7000222: attack-60 A60-03).
 */
const SP_SECRET_ERROR =
  'create a new client secret (az ad sp credential reset --id APP_ID --append) and update the secret that holds it'
const SP_SECRET_STEPS = [
  "Create a new client secret: App registrations → the app → Certificates & secrets → New client secret, or `az ad sp credential reset --id APP_ID --append --years 1` (without `--append` it deletes the app's other secrets).",
  'Update the repository secret (Settings → Secrets and variables → Actions), and note the expiry date.',
  OIDC_STEP
]

const SP_SKIP_IF_MISSING_SNIPPET = [
  '- name: Log in to {registry}',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  '    username: ${{ vars.AZURE_CLIENT_ID }}',
  '    password: ${{ secrets.AZURE_CLIENT_SECRET }}',
  '    # fork pull requests and Dependabot runs build without logging in',
  '    skip-if-missing: true'
].join('\n')

/** Logging in with a service principal. */
const SP_SNIPPET = [
  '- name: Log in to {registry}',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  "    username: ${{ vars.AZURE_CLIENT_ID }} # the service principal's application ID",
  '    password: ${{ secrets.AZURE_CLIENT_SECRET }}'
].join('\n')

const LINKS_ACR = {
  auth: 'https://learn.microsoft.com/azure/container-registry/container-registry-authentication',
  troubleshoot:
    'https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-login',
  roles:
    'https://learn.microsoft.com/azure/container-registry/container-registry-roles',
  servicePrincipal:
    'https://learn.microsoft.com/azure/container-registry/container-registry-auth-service-principal',
  tokens:
    'https://learn.microsoft.com/azure/container-registry/container-registry-repository-scoped-permissions',
  network:
    'https://learn.microsoft.com/azure/container-registry/container-registry-access-selected-networks',
  azureLogin: 'https://github.com/Azure/login',
  aks: 'https://learn.microsoft.com/azure/aks/cluster-container-registry-integration',
  status: 'https://azure.status.microsoft/'
} as const

/** ACR's texts (see the profile, ../acr.ts). */
export const REMEDIATION: RemediationTable = {
  // attack-63 A63-04: an ACR access token's expiry is stamped when issued
  'credential-expires-soon': {
    error:
      'an ACR access token lasts about 3 hours from az acr login --expose-token and cannot be extended: get a new one',
    steps: [
      'Run `az acr login --name NAME --expose-token` after azure/login in this job, right before this step; or log in with a service principal, whose secret does not expire within hours.'
    ]
  },

  'missing-credentials': {
    snippet: SP_SKIP_IF_MISSING_SNIPPET,
    // docs/registries.md §13f: a push or pull that carried no credential
    cases: {
      // docs/registries.md §13aaa (f): `az acr login --expose-token | …`
      'token-command-empty': {
        steps: [
          '`az acr login --name NAME --expose-token --output tsv --query accessToken` alone: its error names what is missing.',
          '`az login` first where the login runs (in CI a service principal, `az login --service-principal`, or a managed identity, `az login --identity`), with a role on the registry: AcrPush to push, AcrPull to pull.',
          PIPEFAIL_STEP
        ]
      },
      'no-login': {
        error:
          'log in to {registry} before the push or pull, in the same job (this action, or az acr login); on AKS, attach the registry',
        steps: [
          'Log in before the step that pushes or pulls, in the same job, with this action as below or with `az acr login --name NAME` after azure/login: every job starts with an empty docker config.',
          'Set `registry:` to the host of the image reference, NAME.azurecr.io, character for character.',
          'AKS pulling from the registry: `az aks update --name CLUSTER --resource-group GROUP --attach-acr NAME` gives the kubelet identity AcrPull; another cluster needs an image pull secret (`imagePullSecrets`) holding a service principal or a token.',
          SAME_USER_STEP,
          // docs/registries.md §7: a Microsoft Entra login's registry token
          // must be renewed every 3 hours
          'A push or pull more than about three hours after `az acr login` is refused the same way: its token has expired; log in again right before that step.'
        ],
        docs: [LINKS_ACR.auth, LINKS_ACR.aks],
        snippet: SP_SNIPPET
      },
      // docs/registries.md §13x (b): Container Apps and App Service pull
      // with the app's own registry settings
      'cloud-service': {
        error:
          'give the service its own registry credential (Container Apps: az containerapp registry set; ACI: imageRegistryCredentials)',
        steps: [
          "Give the app the registry in its own settings: `az containerapp registry set --name APP --resource-group GROUP --server NAME.azurecr.io --identity system`, and the app's identity the AcrPull role on the registry; or `--username`/`--password` (the admin user, a token or a service principal). Create an app with `--registry-server NAME.azurecr.io` (and `--registry-identity system`).",
          "App Service: the web app's container settings (registry, user and password), or its managed identity with AcrPull and `acrUseManagedIdentityCreds`.",
          "Container Instances: the container group's `imageRegistryCredentials` (`az container create --registry-login-server NAME.azurecr.io --registry-username … --registry-password …`, or `--acr-identity` with a managed identity that has AcrPull); the DefaultAzureCredential of the code that creates the group is not used for the pull.",
          "Azure Machine Learning: the compute pulls with the workspace's credential, either the registry's admin user (`az acr update --name NAME --admin-enabled true`, then `az ml workspace sync-keys`) or a managed identity with AcrPull assigned to the compute cluster; serverless compute carries no identity of its own.",
          'Check the image name: NAME.azurecr.io/REPOSITORY:TAG; a repository that does not exist is refused the same way.'
        ],
        docs: [LINKS_ACR.auth],
        snippet: undefined
      },
      'anonymous-pull': {
        error:
          'on AKS, attach the registry (az aks update --attach-acr); elsewhere, log in before the pull or give the pod an image pull secret',
        steps: [
          'AKS: `az aks update --name CLUSTER --resource-group GROUP --attach-acr NAME` gives the kubelet identity AcrPull on the registry.',
          'Another cluster: create an image pull secret with a service principal (AcrPull) or a repository-scoped token (`kubectl create secret docker-registry … --docker-server=NAME.azurecr.io`), and name it in `imagePullSecrets`.',
          'In a workflow: log in before the pull, in the same job, as below; a `container:` or `services:` image needs `credentials:`.',
          'Check the image name: NAME.azurecr.io/REPOSITORY:TAG; a repository that does not exist is refused the same way.'
        ],
        docs: [LINKS_ACR.aks, LINKS_ACR.auth],
        snippet: SP_SNIPPET
      }
    }
  },

  'malformed-credentials': {
    steps: [
      'In the workflow, write the input exactly as `password: ${{ secrets.AZURE_CLIENT_SECRET }}`: one $, no quotes around it.',
      'A `$VAR` or `$(command)` in a `with:` block is neither expanded nor run: put a token made in the job into an output of an earlier step and use `${{ steps.ID.outputs.NAME }}`.',
      'Open the secret (Settings → Secrets and variables → Actions → the secret → Update) and paste the value again, without quotes, spaces or a trailing line break.'
    ],
    snippet: SP_SNIPPET
  },

  'invalid-credentials': {
    title: 'Azure Container Registry refused the credential',
    error:
      'use an existing service principal (app ID + secret), the admin user (registry name + access key) or a token (name + password)',
    why: '{registry} refused the credential: a wrong or expired client secret, an application ID unknown to the tenant, the admin user while it is disabled (the default), a repository-scoped token that is disabled or expired, or an ACR token older than about three hours.',
    steps: [
      SP_STEP,
      'With the admin user: username = the registry name; password = one of the two passwords under Access keys, once the admin user is enabled there (it is off by default).',
      'With a repository-scoped token: username = the token name; password = one of its passwords (Repository permissions → Tokens); check that it is enabled and not expired.',
      OIDC_STEP
    ],
    docs: [LINKS_ACR.auth, LINKS_ACR.troubleshoot],
    snippet: SP_SNIPPET,
    cases: {
      'service-principal-id': {
        title: 'The username is not a known application ID',
        error:
          "set username to the service principal's application (client) ID, a GUID from its app registration",
        why: "{registry} took the username for a service principal and found none: it is not a GUID (a display name?), the application does not exist in the registry's tenant, or it was deleted.",
        steps: [
          'In Microsoft Entra ID → App registrations → the app, copy the Application (client) ID and set it as `username:` (a variable such as `${{ vars.AZURE_CLIENT_ID }}`).',
          "Check that the app has a service principal in the registry's tenant, with a role on the registry (AcrPush to push).",
          OIDC_STEP
        ]
      },
      'service-principal-secret': {
        title: "The service principal's secret is wrong or expired",
        error: SP_SECRET_ERROR,
        why: "{registry} refused the service principal's client secret: it is mistyped, was rotated, or has expired (client secrets expire, by default after a year).",
        steps: SP_SECRET_STEPS
      },
      // attack-60 A60-04: azure/login's OIDC refused by the app's
      // federated credentials (ACR010)
      'federated-credential': {
        title: "No federated credential of the app matches this job's token",
        error:
          'give the app a federated credential for the subject the error names, case for case',
        why: "Microsoft Entra ID refused the GitHub OIDC token azure/login presented: none of the app's federated credentials has its issuer, audience and subject. The subject depends on how the job runs (`repo:<owner>/<repo>:environment:<name>` in an environment, `:ref:refs/heads/<branch>` on a branch, `:pull_request` on a pull request) and is compared case for case.",
        steps: [
          'Read the subject the error names (`presented assertion subject …`).',
          'Microsoft Entra ID → App registrations → the app → Certificates & secrets → Federated credentials → Add credential (GitHub Actions deploying Azure resources): issuer `https://token.actions.githubusercontent.com`, audience `api://AzureADTokenExchange`, and that subject character for character; or `az ad app federated-credential create --id APP_ID --parameters credential.json`.',
          "A job that uses `environment:` presents the environment's subject, not the branch's: add one for each way the workflow runs."
        ],
        docs: [LINKS_ACR.azureLogin]
      }
    }
  },

  'token-expired': {
    title: 'The ACR token has expired',
    error:
      'run az acr login --expose-token in the same job right before logging in: its token lasts about three hours',
    why: 'The password is an ACR token from `az acr login --expose-token` (username 00000000-0000-0000-0000-000000000000); {registry} takes it for about three hours, so it cannot be stored as a secret.',
    steps: [
      OIDC_STEP,
      'Or use a service principal (application ID and client secret), which does not expire within hours.'
    ],
    docs: [LINKS_ACR.auth, LINKS_ACR.azureLogin],
    // attack-60 A60-03: Microsoft Entra's expiries (ACR008, ACR037, ACR038)
    // are not an ACR token's
    cases: {
      'az-login-expired': {
        title: "The Azure CLI's login has expired",
        error:
          'run az login (or azure/login) again, then az acr login --name NAME',
        why: "Microsoft Entra ID refused the Azure CLI's cached login (AADSTS700082: its refresh token expired after a time unused), so `az acr login` got no ACR token for {registry}.",
        steps: [
          'Run `az login` again, then `az acr login --name NAME`.',
          'A runner that keeps `~/.azure` between jobs: log in again in every job rather than once by hand.'
        ],
        docs: [LINKS_ACR.auth, LINKS_ACR.azureLogin]
      },
      'service-principal-secret': {
        title: "The service principal's client secret has expired",
        error: SP_SECRET_ERROR,
        why: "Microsoft Entra ID refused the service principal's client secret because it is past its end date (AADSTS7000222): client secrets expire, by default after a year.",
        steps: SP_SECRET_STEPS,
        docs: [LINKS_ACR.auth]
      },
      'oidc-assertion-expired': {
        title: "azure/login's GitHub token was used too late",
        error:
          "run azure/login right before the step that needs Azure, and check the runner's clock",
        why: 'Microsoft Entra ID refused the GitHub OIDC token azure/login presented as outside its valid time (AADSTS700024): it lasts minutes, so a login made long before the Azure call, or a runner whose clock is off, presents it too late.',
        steps: [
          'Run azure/login in the same job, right before `az acr login` (a long build between them lets the token age); log in again before a late push.',
          'On a self-hosted runner, check its clock (`timedatectl`): a few minutes off is enough.'
        ],
        docs: [LINKS_ACR.azureLogin]
      }
    }
  },

  'insufficient-scope': {
    title: 'The identity may not push there',
    error:
      'give the service principal or identity AcrPush on the registry (AcrPull only pulls), or the token content/write',
    why: '{registry} issued a token without push on the repository: the identity has AcrPull or Reader, not AcrPush, or a repository-scoped token whose scope map lacks content/write there.',
    steps: [
      PUSH_ROLE_STEP,
      'With a repository-scoped token: add `content/write` for the repository to its scope map (`az acr scope-map update --name MAP --registry NAME --add-repository REPO content/write`).',
      'On a registry in ABAC mode (roleAssignmentMode AbacRepositoryPermissions), AcrPush is not honoured: assign the repository writer role instead.',
      'Role assignments take a few minutes to apply.'
    ],
    docs: [LINKS_ACR.roles, LINKS_ACR.tokens],
    cases: {
      // docs/registries.md §13aab (b), attack-67 A67-04: ACR040
      'aad-token-refused': {
        title: 'ACR refused the Azure AD token',
        error:
          "check the identity's role (AcrPull, AcrPush), its tenant and the registry's authentication-as-arm",
        why: "{registry} refused the Azure AD token it was given (Bicep and the Azure SDK exchange one for the registry): the identity has no role on this registry, it signed in to another tenant than the registry's, the tool found no credential the registry takes, or the registry refuses Azure Resource Manager tokens (authentication-as-arm disabled, which a built-in Azure policy recommends).",
        steps: [
          'Give the identity a role on the registry: AcrPull to pull or restore modules, AcrPush to push or publish (`az role assignment create --assignee APP_ID --role AcrPull --scope REGISTRY_ID`); Contributor on the resource group alone is not enough on a registry in ABAC mode, and assignments take a few minutes.',
          "Check the tenant: `az account show` must name the registry's tenant (`az login --tenant TENANT`); a service principal of another tenant needs to be a multi-tenant app consented there, or a guest with the role.",
          '`az acr config authentication-as-arm show --registry NAME`: when it is disabled, tools that send an Azure Resource Manager token (Bicep restore and publish) are refused whatever the role; enable it (`az acr config authentication-as-arm update --registry NAME --status enabled`) or pull with an ACR token.',
          "Check which credential the tool used (Bicep's `credentialPrecedence` in bicepconfig.json): sign that one in (az login, or Connect-AzAccount)."
        ],
        docs: [LINKS_ACR.roles, LINKS_ACR.auth]
      },
      'registry-role': {
        title: 'The identity has no role on the registry',
        error:
          'give the identity AcrPull (to pull) or AcrPush (to push) on this registry, or run az login again if its login is stale',
        why: '{registry} gave no refresh token for the identity (CONNECTIVITY_REFRESH_TOKEN_ERROR): it has no role on this registry, the registry is in another subscription than the one az is set to, the Azure CLI\'s own login is stale, or, with `Response code: 403`, the registry\'s network rules refuse this machine. The CLI then tries the admin user: "Admin user is disabled" is that fallback, not the cause.',
        steps: [
          PUSH_ROLE_STEP,
          "Check the subscription: `az account show`; `az account set --subscription <the registry's>` when the registry lives in another one.",
          "With `Response code: 403` and the role in place: Networking → Public access is disabled or does not list this machine's address; add it (`az acr network-rule add --name NAME --ip-address IP`) or run the job inside the registry's virtual network.",
          'If the role is there: `az login` again (or re-run azure/login) so that the CLI holds a fresh token, then `az acr login --name NAME`.'
        ]
      },
      // docs/registries.md §13tt (h): the same refusal on a pull
      'read-denied': {
        error:
          'log in before the pull with an identity that has AcrPull on the registry (AKS: attach the registry), and check the image name',
        steps: [
          PULL_LOGIN_STEP,
          'Give the identity that pulls AcrPull on the registry (`az role assignment create --assignee APP_ID --role AcrPull --scope REGISTRY_ID`), or a token whose scope map allows content/read; AKS pulls with its kubelet identity: `az aks update --attach-acr NAME`.',
          'Check the image name: NAME.azurecr.io/<repository>:<tag>.'
        ]
      }
    }
  },

  'unsupported-credential-kind': {
    title: "The registry's admin user is disabled",
    error:
      'log in with a service principal that has AcrPush, or enable the admin user (az acr update --name NAME --admin-enabled true)',
    why: "The admin user (username = the registry's name, password = an access key) works only while it is enabled, and it is disabled by default. az acr login falls back to it when the Microsoft Entra identity cannot get a registry token.",
    steps: [
      SP_STEP,
      PUSH_ROLE_STEP,
      'Or enable the admin user (Access keys → Admin user, or `az acr update --name NAME --admin-enabled true`) and use the registry name with one of its passwords.',
      'If this came from az acr login: the logged-in identity has no role on the registry, or the network rules refuse the runner.'
    ],
    docs: [LINKS_ACR.auth, LINKS_ACR.troubleshoot],
    snippet: SP_SNIPPET,
    cases: {
      // docs/registries.md §13pp (c): Container Instances' API versions
      // before 2021-07-01 take no managed identity for the registry
      'cloud-service': {
        title: 'This API version takes no managed identity',
        error:
          'deploy the container group with API version 2021-07-01 or later (or give imageRegistryCredentials a service principal)',
        why: "Azure Container Instances accepts a managed identity in the container group's `imageRegistryCredentials` only from API version 2021-07-01; an ARM template or client with an older version rejects it (InvalidImageRegistryCredentialType). The job's docker login does not reach the service.",
        steps: [
          "Set the template's `apiVersion` for `Microsoft.ContainerInstance/containerGroups` to 2021-07-01 or later (or update the client that deploys it), keeping `imageRegistryCredentials: [{ server, identity }]`.",
          'The identity needs AcrPull on the registry, and the container group must be assigned that identity.',
          'Or give `imageRegistryCredentials` a service principal (app ID and secret) or a repository-scoped token instead.'
        ],
        docs: [LINKS_ACR.roles, LINKS_ACR.troubleshoot],
        // the service's template, not a workflow's login
        snippet: undefined
      }
    }
  },

  'registry-unreachable': {
    title: 'The registry could not be reached, or refused this runner',
    error:
      "check the registry's name and its Networking settings: public access, or an IP rule for this runner",
    why: 'No usable answer came from {registry}, or it refused this runner\'s address: a misspelled registry name, public network access disabled, a firewall rule that does not list this runner ("client with IP … is not allowed access"), or a private endpoint this runner cannot reach.',
    steps: [
      "Check the name: `registry: NAME.azurecr.io`, the login server shown on the registry's overview.",
      "Networking → Public access: allow selected networks and add the runner's outbound IP (`az acr network-rule add --name NAME --ip-address IP`), or allow all networks. GitHub-hosted runners change IP from job to job.",
      'With a private endpoint only: run the job on a self-hosted runner inside the virtual network.'
    ],
    docs: [LINKS_ACR.network, LINKS_ACR.troubleshoot, LINKS_ACR.status],
    cases: {
      // docs/registries.md §13r: layers come from the registry's storage
      // or its dedicated data endpoints
      'blob-storage': {
        steps: [
          "Allow the registry's data endpoint through the runner's firewall, proxy or network policy, as well as NAME.azurecr.io: *.blob.core.windows.net, or NAME.REGION.data.azurecr.io where dedicated data endpoints are on (`az acr show-endpoints --name NAME` lists them).",
          ...BLOB_STORAGE_CHECKS
        ],
        docs: [
          'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-firewall-rules'
        ]
      }
    }
  },

  'preflight-unreachable': { docs: [LINKS_ACR.status, LINKS.actionReadme] },

  'registry-mismatch': {
    error:
      'log in to the host of the image (NAME.azurecr.io) exactly, or push to {registry}',
    steps: [
      'Compare the host in the image reference with `registry:`: each registry has its own login server, NAME.azurecr.io.',
      'Log in to each registry the build pushes to, one step each.'
    ]
  },

  'repository-not-found': {
    why: '{registry} creates repositories on the first push, so a missing repository is most likely a misspelled image name or another registry; ACR answers a missing repository or tag like a refused login ("authentication required").',
    steps: [
      'Check the image name: NAME.azurecr.io/REPOSITORY:TAG, all lowercase.',
      'A repository that does not exist and a private one this credential may not read are refused alike: if it exists and is private, log in to {registry} with a credential that may read it.',
      'List what exists: `az acr repository list --name NAME` and `az acr repository show-tags --name NAME --repository REPOSITORY`.'
    ],
    cases: {
      // docs/registries.md §13aac (c): ACR041
      'registry-lookup': {
        title: 'az could not find the registry',
        error:
          "set az to the registry's subscription (az account set), check its name, or give the identity Reader on it",
        why: '`az acr login` (and `az acr show`) first looks {registry} up through Azure Resource Manager, in the subscription az is set to, and found no registry of that name it may read: the registry is in another subscription, its name is misspelt, or the identity may not read the registry resource (a user with only AcrPull on it met this, and Reader fixed it).',
        steps: [
          "Check the subscription: `az account show`; `az account set --subscription <the registry's>` when the registry lives in another one.",
          'Check the name: `az acr list --query "[].name" --output tsv` lists the registries az can see (the name without .azurecr.io).',
          'Give the identity Reader on the registry beside AcrPull or AcrPush (`az role assignment create --assignee APP_ID --role Reader --scope REGISTRY_ID`), or log in without the lookup: `docker login NAME.azurecr.io` with a service principal or an ACR token.'
        ]
      }
    }
  },

  'push-not-checked': {
    steps: [
      'Nothing to fix if the build pushes.',
      'If the push fails later with "denied: requested access to the resource is denied": give the identity AcrPush on the registry.'
    ]
  }
}

/**
 * The wordings of Azure Container Registry (its profile: src/profiles/acr.ts), as rules
 * with stable ids and sources. A rule table, in the rules' chunk
 * (src/profiles/rules/index.ts): loaded only when a text must be read.
 */
import type { TextRule } from '../types.js'

// docs/registries.md §7 (c), (f)
export const RULES: readonly TextRule[] = [
  {
    // docs/registries.md §13t (f): az acr import's source registry answered
    // a pull of a name it does not have with 401 (Docker Hub does)
    id: 'ACR020',
    diagnosis: 'repository-not-found',
    match: [
      [
        'invalid message unauthorized unauthorized',
        'authentication required',
        '"action":"pull"'
      ]
    ],
    source:
      'docs/registries.md §13t (f): `az acr import --source docker.io/…` answered "Invalid message Unauthorized Unauthorized {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{…"Name":"<source repository>","Action":"pull"}]}]}" when the source named an image Docker Hub does not have: mcr.microsoft.com/windows/servercore under docker.io (Azure/acr#181), docker.io/library/axoniq/axonserver (Azure/acr#476)'
  },
  {
    // the Azure CLI holds no login for this user: az acr login has nothing
    // to exchange (before ACR001, which the prompt that follows may reach)
    id: 'ACR014',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ["please run 'az login' to setup account"],
    source:
      'azure-cli azure/cli/core/_profile.py (get_subscription: no cached subscription) "Please run \'az login\' to setup account."; az acr login run with sudo after az login without it: "Unable to get AAD authorization tokens with message: Please run \'az login\' to setup account." (Azure/acr#367; docs/registries.md §13j)'
  },
  {
    // docs/registries.md §13aab (b): Azure.Identity found no signed-in
    // credential: nothing to exchange for the registry
    id: 'ACR039',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['credentialunavailableexception'],
    source:
      "docs/registries.md §13aab (b): Azure.Identity's CredentialUnavailableException (no credential of the chain is signed in: \"Please run 'Connect-AzAccount' to set up account.\", \"Please run 'az login' to set up account\"), Bicep restoring a module from ACR with neither the Azure CLI nor Azure PowerShell signed in (Azure/bicep#9781, docs/real-texts.md dev115-acr-01)"
  },
  {
    // docs/registries.md §13aab (b): an Azure AD identity ACR grants no
    // permission (no role on the registry, another tenant's)
    id: 'ACR040',
    diagnosis: 'insufficient-scope',
    case: 'aad-token-refused',
    match: [
      'retrieving permissions failed',
      // the Azure SDK's 401 for an ACR host it names (attack-67 A67-04)
      ['service request failed.', 'status: 401 (unauthorized)', '.azurecr.io']
    ],
    source:
      'docs/registries.md §13aab (b): ACR refusing an Azure AD identity that holds no role on the registry at the exchange of its AAD token for a refresh token ({"errors":[{"code":"UNAUTHORIZED","message":"retrieving permissions failed"}]}, Azure/bicep#5270, docs/real-texts.md dev115-acr-04), and the Azure SDK\'s "Service request failed. Status: 401 (Unauthorized)" (Azure.Core RequestFailedException) to a service principal of another tenant restoring Bicep modules (Azure/bicep#12532, dev115-acr-03), to a registry whose azureADAuthenticationAsArmPolicy is disabled (MicrosoftDocs/azure-docs#113429), and with a credential the registry did not take, body "authentication required" (Azure/bicep#12463): ACR refused the Azure AD token the tool sent'
  },
  {
    id: 'ACR001',
    diagnosis: 'invalid-credentials',
    case: 'service-principal-id',
    match: ['application not registered with aad'],
    source:
      'learn.microsoft.com "Troubleshoot registry login"; MicrosoftDocs/azure-docs#84204, Azure-Samples/cognitive-services-containers-samples#21'
  },
  {
    id: 'ACR002',
    diagnosis: 'invalid-credentials',
    case: 'service-principal-id',
    match: ['client id must be guid'],
    source:
      'ACR given a username that is no GUID nor the registry (microsoft/vscode-docker#3780)'
  },
  {
    id: 'ACR003',
    diagnosis: 'invalid-credentials',
    case: 'service-principal-secret',
    match: ['invalid clientid or client secret'],
    source:
      "ACR refusing a service principal's wrong or expired secret (Azure/docker-login#46)"
  },
  {
    // before ACR007: throttling that az acr login reports as a refresh
    // token error
    id: 'ACR006',
    diagnosis: 'rate-limited',
    match: [['.azurecr.io', 'response code: 429']],
    source:
      'az acr login throttled: "CONNECTIVITY_REFRESH_TOKEN_ERROR. Access to registry \'….azurecr.io\' was denied. Response code: 429." (Azure/azure-cli#24886, azure-cli#25549)'
  },
  {
    id: 'ACR007',
    diagnosis: 'insufficient-scope',
    case: 'registry-role',
    match: ['connectivity_refresh_token_error'],
    source:
      'learn.microsoft.com "Health check error reference": CONNECTIVITY_REFRESH_TOKEN_ERROR, the login server gave no refresh token because the identity has no role on the registry (or the Azure CLI\'s login is stale) (Azure/azure-cli#28740)'
  },
  {
    // docs/registries.md §13pp (c): an ARM deployment of Azure Container
    // Instances with an API version that takes no managed identity as the
    // registry credential
    id: 'ACR033',
    diagnosis: 'unsupported-credential-kind',
    case: 'cloud-service',
    match: ['invalidimageregistrycredentialtype'],
    source:
      'docs/registries.md §13pp (c): learn.microsoft.com, Azure Container Instances troubleshooting, "Image pull failures with a managed identity": "InvalidImageRegistryCredentialType … Identity in \'imageRegistryCredentials\' of container group … is not supported" from an API version before 2021-07-01 (dev24-acr-03)'
  },
  {
    // docs/registries.md §13vv (b): an ACR operation (az acr import, a
    // task's step) whose registry refused the identity it ran as
    id: 'ACR034',
    diagnosis: 'insufficient-scope',
    match: [['microsoft.containerregistry/registries/', '.azurecr.io denied']],
    source:
      'docs/registries.md §13vv (b): az acr import in an ACR task after `az login --identity`, "ERROR: Deployment failed. … Resource /subscriptions/…/providers/Microsoft.ContainerRegistry/registries/<name> Access to <name>.azurecr.io denied." while docker pull and push with the same secrets worked (docs/real-texts.md dev85-acr-06)'
  },
  {
    // docs/registries.md §13vv (d): a deploy given no registry credential
    id: 'ACR035',
    diagnosis: 'missing-credentials',
    case: 'cloud-service',
    match: ['failed to retrieve credentials for container registry'],
    source:
      'docs/registries.md §13vv (d): az containerapp given no registry credential and unable to look one up (the admin user off, or no right to list it), "WARNING: No credential was provided to access Azure Container Registry. Trying to look up... ERROR: Failed to retrieve credentials for container registry. Please provide the registry username and password" (docs/real-texts.md dev91-acr-01)'
  },
  {
    // docs/registries.md §13vv (f): a workspace's stored registry keys
    // refused
    id: 'ACR036',
    diagnosis: 'invalid-credentials',
    case: 'aml-sync-keys',
    match: ['try running resync keys on your workspace'],
    source:
      'docs/registries.md §13vv (f): Azure Machine Learning\'s image build refused by the workspace\'s registry with the admin keys the workspace keeps for it, "Unauthorized error encountered while attempting to connect to the container registry. Please try running resync keys on your workspace and retry." (docs/real-texts.md dev97-acr-06): the stored password no longer matches'
  },
  {
    // docs/registries.md §13pp (c): after ACR007, which reads az acr
    // login's CONNECTIVITY_REFRESH_TOKEN_ERROR (whose 403 is the cause; the
    // disabled admin user only the CLI's fallback)
    id: 'ACR004',
    diagnosis: 'unsupported-credential-kind',
    match: ['admin user is disabled'],
    source:
      'learn.microsoft.com "Troubleshoot registry login" (CONNECTIVITY_REFRESH_TOKEN_ERROR … Admin user is disabled); MicrosoftDocs/azure-docs#57954'
  },
  {
    // attack-60 A60-03: three Entra expiries, each with its own fix
    id: 'ACR008',
    diagnosis: 'token-expired',
    case: 'az-login-expired',
    match: ['aadsts700082'],
    source:
      'Microsoft Entra error codes (learn.microsoft.com/entra/identity-platform/reference-error-codes): AADSTS700082 "The refresh token has expired due to inactivity" (az acr login after az login, Azure/acr#655)'
  },
  {
    id: 'ACR037',
    diagnosis: 'token-expired',
    case: 'service-principal-secret',
    match: ['aadsts7000222'],
    source:
      'Microsoft Entra error codes (learn.microsoft.com/entra/identity-platform/reference-error-codes): AADSTS7000222 "The provided client secret keys … are expired" (a service principal\'s client secret past its end date)'
  },
  {
    // w-cloud: AADSTS700024 (and the older AADSTS50012): an OIDC token or
    // client assertion used after its lifetime
    id: 'ACR038',
    diagnosis: 'token-expired',
    case: 'oidc-assertion-expired',
    match: ['client assertion is not within its valid time range'],
    source:
      'Microsoft Entra error codes: "AADSTS700024: Client assertion is not within its valid time range" (azure/login with OIDC after the GitHub token aged: Azure/login#180, Azure/login#372, dotnet/docker-tools#1310)'
  },
  {
    id: 'ACR009',
    diagnosis: 'invalid-credentials',
    match: ['aadsts7000215', 'aadsts700016'],
    source:
      'Microsoft Entra error codes (learn.microsoft.com/entra/identity-platform/reference-error-codes): AADSTS7000215 "Invalid client secret provided", AADSTS700016 "Application with identifier … was not found in the directory" (a service principal\'s secret or id)'
  },
  {
    // w-cloud: azure/login with OIDC, a federated credential whose
    // subject, issuer or audience does not match the workflow's token
    id: 'ACR010',
    diagnosis: 'invalid-credentials',
    case: 'federated-credential',
    match: [
      'no matching federated identity record found for presented assertion'
    ],
    source:
      'Microsoft Entra AADSTS70021 / AADSTS700211 / AADSTS700213 / AADSTS7002138 "No matching federated identity record found for presented assertion [subject|issuer] …. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion." (Azure/login#482, Azure/login#517 case-sensitive subjects, Azure/login#360, Azure/azure-workload-identity#340)'
  },
  {
    // w-cloud: az acr login without a docker client it can run
    id: 'ACR011',
    diagnosis: 'docker-cli-missing',
    match: [
      ['docker_command_error', 'please verify if docker client is installed']
    ],
    source:
      'az acr login (azure-cli acr custom.py get_docker_command): "An error occurred: DOCKER_COMMAND_ERROR" then "Please verify if Docker client is installed and running." (Azure/azure-cli#23987, actions/runner#2149); learn.microsoft.com "Health check error reference": DOCKER_COMMAND_ERROR "means that Docker client for CLI could not be found". Not the bare code: with a daemon that is not running it is followed by docker\'s own error (Azure/azure-cli#11895)'
  },
  {
    // docs/registries.md §13c (a): az acr login where there is no docker
    // daemon by design
    id: 'ACR013',
    diagnosis: 'docker-cli-missing',
    case: 'cloud-shell',
    match: [
      'requires running the docker daemon, which is not supported in azure cloud shell'
    ],
    source:
      'docs/registries.md §13c (a): azure-cli acr custom.py acr_login: "if in_cloud_console(): raise CLIError(\'This command requires running the docker daemon, which is not supported in Azure Cloud Shell. \' + tips)" with "You may want to use \'az acr login -n … --expose-token\' … which does not require Docker to be installed." (Azure/azure-cli#16813)'
  },
  {
    // w-cloud: az acr login / check-health connectivity codes
    id: 'ACR012',
    diagnosis: 'registry-unreachable',
    match: ['connectivity_dns_error', 'connectivity_ssl_error'],
    source:
      'learn.microsoft.com "Health check error reference" (container-registry-health-error-reference): CONNECTIVITY_DNS_ERROR "Failed to reach DNS for registry \'….azurecr.io\'. Please check if the spelling is correct, if the CLI environment is on correct cloud and your network connectivity."; CONNECTIVITY_SSL_ERROR "Unable to establish a secure connection to the registry \'….azurecr.io\'. Are you using a proxy server?" (MicrosoftDocs/azure-docs#95654, Azure/azure-cli#31925)'
  },
  {
    id: 'ACR005',
    diagnosis: 'registry-unreachable',
    match: [
      ['is not allowed access', 'aka.ms/acr/firewall'],
      ['.azurecr.', 'failed with status: 403'],
      // as the troubleshooting page quotes it, without the address
      'login attempt failed with status: 403 forbidden',
      'connectivity_forbidden_error',
      'could not connect to the registry login server'
    ],
    source:
      'ACR network rules and public access (learn.microsoft.com "Troubleshoot registry login"; docker/build-push-action#1214, Azure/acr#633, Azure/azure-cli#10021)'
  },
  {
    // docs/registries.md §13u (e): az acr login given --password without
    // --username
    id: 'ACR030',
    diagnosis: 'missing-credentials',
    case: 'username',
    match: ['please also specify username if password is specified'],
    source:
      "docs/registries.md §13u (e): Azure/azure-cli src/azure-cli/azure/cli/command_modules/acr/_docker_utils.py _get_credentials: raise CLIError('Please also specify username if password is specified.') (az acr login, az acr import and the other commands that take --username/--password)"
  },
  {
    // docs/registries.md §13u (e): neither the Azure CLI's login nor the
    // admin user gave a credential, and no prompt can ask for one. Last of
    // the table: the warnings before it name a cause when there is one
    // (ACR014, ACR004, ACR007, ACR005)
    id: 'ACR031',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['unable to authenticate using aad or admin login credentials'],
    source:
      'docs/registries.md §13u (e): Azure/azure-cli src/azure-cli/azure/cli/command_modules/acr/_docker_utils.py _get_credentials, step 4 in a job (NoTTYException): CLIError(\'Unable to authenticate using AAD or admin login credentials. Please specify both username and password in non-interactive mode.\'), after the warnings "Unable to get AAD authorization tokens with message: …" and "Unable to get admin user credentials with message: …"'
  },
  {
    // docs/registries.md §13u (e): a --username without --password, in a
    // job where the CLI cannot prompt (after ACR031, whose message ends
    // with the same sentence)
    id: 'ACR032',
    diagnosis: 'missing-credentials',
    case: 'password',
    match: [
      'please specify both username and password in non-interactive mode'
    ],
    source:
      "docs/registries.md §13u (e): Azure/azure-cli src/azure-cli/azure/cli/command_modules/acr/_docker_utils.py _get_credentials, step 1: a username and no password, prompt_pass raising NoTTYException → CLIError('Please specify both username and password in non-interactive mode.')"
  },
  {
    // docs/registries.md §13aac (c): az acr login looks the registry up
    // (last: ACR031 reads the same words as the admin fallback's warning)
    // in az's subscription first, and found nothing it may read
    id: 'ACR041',
    diagnosis: 'repository-not-found',
    case: 'registry-lookup',
    match: [
      "and type 'microsoft.containerregistry/registries' could not be found"
    ],
    source:
      "Azure CLI (az acr login, az acr show: the registry resource looked up through Azure Resource Manager): \"The resource with name 'myregistry' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription '…'\" for a user who held only AcrPull on the registry; with Reader it worked (MicrosoftDocs/azure-docs#22796, docs/real-texts.md dev121-acr-03); the same words for a registry of another subscription or a misspelt name, and from a regression of Azure CLI 2.26.0 (Azure/azure-cli#19068, dev85-acr-09): the registry not found is what the words say, and what both sets accept; docs/registries.md §13aac (c)"
  }
]

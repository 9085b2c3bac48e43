metadata description = 'PlanBot: a GitHub App on Azure Functions Flex Consumption, with its storage, monitoring, secrets and identity.'

targetScope = 'resourceGroup'

@description('Short name the resource names start with: 3-11 lowercase letters or digits.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'planbot'

@description('Azure region of every resource; the resource group\'s by default.')
param location string = resourceGroup().location

@description('Tags applied to every resource.')
param tags object = {
  application: 'PlanBot'
}

@description('Numeric id of the GitHub App. Leave empty on the first deployment (the App does not exist yet) and set it once the App is created.')
param gitHubAppId string = ''

@description('GitHub REST API base URL; change it for GitHub Enterprise Server.')
param gitHubApiUrl string = 'https://api.github.com'

@description('GitHub webhook secret. Empty: the deployment leaves the Key Vault secret alone, so it can be set once with the az CLI and survives redeployments.')
@secure()
param webhookSecret string = ''

@description('GitHub App private key (PEM). Empty: the deployment leaves the Key Vault secret alone (see webhookSecret).')
@secure()
param gitHubAppPrivateKey string = ''

@description('Object id of the user, group or pipeline that writes the two Key Vault secrets after deployment. Empty: nobody gets that role.')
param operatorPrincipalId string = ''

@description('Principal type of operatorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'User'

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Memory of each Function App instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on Function App instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Days a webhook payload too large for a queue message is kept in blob storage.')
@minValue(1)
@maxValue(30)
param payloadRetentionInDays int = 7

@description('Days a deleted Key Vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

@description('Forbid purging deleted secrets before the retention ends. Irreversible once on; turn off for throw-away environments.')
param keyVaultPurgeProtection bool = true

// Deterministic per resource group and prefix, so redeploying finds the same resources.
var suffix = uniqueString(resourceGroup().id, namePrefix)
var prefix = toLower(namePrefix)
var identityName = 'id-${prefix}-${suffix}'
var webhookSecretName = 'github-webhook-secret'
var privateKeySecretName = 'github-app-private-key'
// Route of the HTTP trigger in PlanBot.Functions (POST github/webhooks under the default "api" prefix).
var webhookPath = '/api/github/webhooks'
// Route of the health HTTP trigger.
var healthPath = '/api/health'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  // The module looks the identity up by name, which carries no dependency by itself.
  dependsOn: [
    identity
  ]
  params: {
    workspaceName: 'log-${prefix}-${suffix}'
    appInsightsName: 'appi-${prefix}-${suffix}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    identityName: identityName
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  // The module looks the identity up by name, which carries no dependency by itself.
  dependsOn: [
    identity
  ]
  params: {
    name: take('st${prefix}${suffix}', 24)
    location: location
    tags: tags
    skuName: storageSkuName
    deploymentContainerName: 'app-package'
    // PlanBot:Storage:PayloadContainer's default; the app creates the container itself.
    payloadContainerName: 'planbot-payloads'
    payloadRetentionInDays: payloadRetentionInDays
    identityName: identityName
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  // The module looks the identity up by name, which carries no dependency by itself.
  dependsOn: [
    identity
  ]
  params: {
    name: take('kv-${prefix}-${suffix}', 24)
    location: location
    tags: tags
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
    enablePurgeProtection: keyVaultPurgeProtection
    webhookSecretName: webhookSecretName
    privateKeySecretName: privateKeySecretName
    webhookSecret: webhookSecret
    privateKey: gitHubAppPrivateKey
    identityName: identityName
    officerPrincipalId: operatorPrincipalId
    officerPrincipalType: operatorPrincipalType
  }
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  params: {
    planName: 'asp-${prefix}-${suffix}'
    name: 'func-${prefix}-${suffix}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    webhookSecretUri: keyVault.outputs.webhookSecretUri
    privateKeySecretUri: keyVault.outputs.privateKeySecretUri
    gitHubApiUrl: gitHubApiUrl
    gitHubAppId: gitHubAppId
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
  }
}

@description('Webhook URL to put in the GitHub App (hook_attributes.url of the manifest).')
output webhookUrl string = 'https://${functionApp.outputs.defaultHostName}${webhookPath}'

@description('Health endpoint of the deployed app: 200 when storage answers and the configuration is complete.')
output healthUrl string = 'https://${functionApp.outputs.defaultHostName}${healthPath}'

@description('Name of the Function App to publish to.')
output functionAppName string = functionApp.outputs.name

@description('Name of the Key Vault holding the two secrets.')
output keyVaultName string = keyVault.outputs.name

@description('Key Vault secret names for the webhook secret and the App private key.')
output secretNames object = {
  webhookSecret: webhookSecretName
  gitHubAppPrivateKey: privateKeySecretName
}

@description('Name of the storage account holding PlanBot\'s tables, queues and blobs.')
output storageAccountName string = storage.outputs.name

@description('Client id of the identity the app runs as.')
output identityClientId string = identity.outputs.clientId

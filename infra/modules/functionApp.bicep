metadata description = 'PlanBot\'s Function App on the Flex Consumption plan (.NET isolated), running as the user-assigned identity.'

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App; also the first label of its host name.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of the user-assigned identity, which token requests must name.')
param identityClientId string

@description('Name of the storage account the runtime and PlanBot use.')
param storageAccountName string

@description('URL of the blob container holding the deployment package.')
param deploymentContainerUrl string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Versionless Key Vault URI of the GitHub webhook secret.')
param webhookSecretUri string

@description('Versionless Key Vault URI of the GitHub App private key.')
param privateKeySecretUri string

@description('GitHub REST API base URL.')
param gitHubApiUrl string

@description('Numeric id of the GitHub App.')
param gitHubAppId string

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound on instances the plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

// Flex Consumption takes the runtime from functionAppConfig, so FUNCTIONS_WORKER_RUNTIME and
// FUNCTIONS_EXTENSION_VERSION must not appear here (the platform rejects them). The webhook queue trigger uses the
// AzureWebJobsStorage connection (one account for everything), so it needs no connection of its own.
var appSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  PlanBot__WebhookSecret: '@Microsoft.KeyVault(SecretUri=${webhookSecretUri})'
  PlanBot__Storage__AccountName: storageAccountName
  PlanBot__Storage__ManagedIdentityClientId: identityClientId
  PlanBot__GitHub__ApiUrl: gitHubApiUrl
  PlanBot__GitHub__AppId: gitHubAppId
  PlanBot__GitHub__PrivateKey: '@Microsoft.KeyVault(SecretUri=${privateKeySecretUri})'
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references resolve with this identity; the default would be a system identity we do not have.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        for setting in items(appSettings): {
          name: setting.key
          value: setting.value
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployments go through Entra ID (az CLI one-deploy), so publishing with basic credentials stays off.
resource basicPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = [
  for policy in [
    'scm'
    'ftp'
  ]: {
    parent: site
    #disable-next-line BCP225 // policy is one of the two literal names above, both valid discriminators
    name: policy
    properties: {
      allow: false
    }
  }
]

output name string = site.name
output defaultHostName string = site.properties.defaultHostName

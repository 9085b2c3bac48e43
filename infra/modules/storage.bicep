metadata description = 'One storage account for the Functions runtime, the deployment package and PlanBot\'s tables, queues and blobs; Entra ID only.'

import { builtInRoles, roleAssignmentName, roleDefinitionId } from 'roles.bicep'

@description('Name of the storage account (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string

@description('Blob container the Flex Consumption plan deploys the app package from.')
param deploymentContainerName string

@description('Blob container holding webhook payloads too large for a queue message (PlanBot:Storage:PayloadContainer).')
param payloadContainerName string

@description('Days a webhook payload blob is kept; its queue message expires after 7 days, so longer serves nothing.')
@minValue(1)
@maxValue(30)
param payloadRetentionInDays int

@description('Name of the user-assigned identity the Function App runs as; it gets the roles below.')
param identityName string

var dataRoles = [
  builtInRoles.storageBlobDataOwner
  builtInRoles.storageQueueDataContributor
  builtInRoles.storageTableDataContributor
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource account 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    // Managed identity serves every client (runtime, deployment, PlanBot), so account keys stay off.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-06-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-06-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Payload blobs are only needed while their queue message lives; afterwards they would keep repository content forever.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2026-06-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-webhook-payloads'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${payloadContainerName}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: payloadRetentionInDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

resource dataRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in dataRoles: {
    name: roleAssignmentName(account.id, identity.id, roleId)
    scope: account
    properties: {
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: roleDefinitionId(roleId)
    }
  }
]

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'

metadata description = 'Key Vault (RBAC authorization, soft delete) holding the GitHub webhook secret and the App\'s private key.'

import { builtInRoles, roleAssignmentName, roleDefinitionId } from 'roles.bicep'

@description('Name of the Key Vault (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Days a deleted vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Forbid purging deleted secrets before the retention ends. Cannot be turned off once on.')
param enablePurgeProtection bool

@description('Name of the secret holding the GitHub webhook secret.')
param webhookSecretName string

@description('Name of the secret holding the GitHub App private key (PEM).')
param privateKeySecretName string

@description('GitHub webhook secret. Empty: the secret is not written here; set it with the az CLI instead.')
@secure()
param webhookSecret string

@description('GitHub App private key (PEM). Empty: the secret is not written here; set it with the az CLI instead.')
@secure()
param privateKey string

@description('Name of the user-assigned identity the Function App runs as; it gets the roles below.')
param identityName string

@description('Optional principal (a person or a pipeline) allowed to write the secrets after deployment.')
param officerPrincipalId string

@description('Principal type of officerPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param officerPrincipalType string

var secretValues = [
  {
    name: webhookSecretName
    value: webhookSecret
  }
  {
    name: privateKeySecretName
    value: privateKey
  }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // ARM refuses enablePurgeProtection: false, so "off" is expressed by leaving the property out.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource secrets 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = [
  for secret in secretValues: if (!empty(secret.value)) {
    parent: vault
    name: secret.name
    properties: {
      value: secret.value
      contentType: 'text/plain'
    }
  }
]

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: roleAssignmentName(vault.id, identity.id, builtInRoles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: roleDefinitionId(builtInRoles.keyVaultSecretsUser)
  }
}

resource secretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(officerPrincipalId)) {
  name: roleAssignmentName(vault.id, officerPrincipalId, builtInRoles.keyVaultSecretsOfficer)
  scope: vault
  properties: {
    principalId: officerPrincipalId
    principalType: officerPrincipalType
    roleDefinitionId: roleDefinitionId(builtInRoles.keyVaultSecretsOfficer)
  }
}

// Versionless URIs: app settings follow the latest version, so rotating a secret needs no redeployment.
output webhookSecretUri string = '${vault.properties.vaultUri}secrets/${webhookSecretName}'
output privateKeySecretUri string = '${vault.properties.vaultUri}secrets/${privateKeySecretName}'
output name string = vault.name

using 'main.bicep'

// Example parameters. Secrets are never written here: they come from the environment of the
// shell running `az deployment group create`, and stay out of Key Vault when the variables are unset.
param namePrefix = 'planbot'
param tags = {
  application: 'PlanBot'
  environment: 'production'
}
param gitHubAppId = readEnvironmentVariable('PLANBOT_GITHUB_APP_ID', '')
param gitHubApiUrl = 'https://api.github.com'
param webhookSecret = readEnvironmentVariable('PLANBOT_WEBHOOK_SECRET', '')
param gitHubAppPrivateKey = readEnvironmentVariable('PLANBOT_GITHUB_PRIVATE_KEY', '')
param operatorPrincipalId = readEnvironmentVariable('PLANBOT_OPERATOR_ID', '')
param operatorPrincipalType = 'User'
param storageSkuName = 'Standard_LRS'
param instanceMemoryMB = 2048
param maximumInstanceCount = 100
param logRetentionInDays = 30
param payloadRetentionInDays = 7
param keyVaultSoftDeleteRetentionInDays = 90
param keyVaultPurgeProtection = true

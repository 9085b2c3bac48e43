metadata description = 'Built-in Azure role definitions PlanBot grants, shared by the modules that assign them.'

@export()
@description('Ids of the built-in roles PlanBot\'s identity needs, and nothing broader.')
var builtInRoles = {
  // The Functions runtime keeps its host locks and the Flex Consumption deployment package in blobs.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  // Webhook deliveries are queued and drained by the queue-triggered processors.
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  // Sessions, the decision log, delivery de-duplication and sync checkpoints live in tables.
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // Key Vault references in app settings resolve the webhook secret and the App's private key.
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  // Lets an operator write the secrets after deployment without broader vault rights.
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  // Application Insights has local (key) auth disabled, so telemetry is sent with Entra ID.
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

@export()
@description('Deterministic role assignment name, so redeploying updates the assignment instead of duplicating it. principalKey must be known when the deployment starts (a resource id, not a principal id), or What-If cannot predict it.')
func roleAssignmentName(scopeId string, principalKey string, roleId string) string =>
  guid(scopeId, principalKey, roleId)

@export()
@description('Full id of a built-in role definition in the current subscription.')
func roleDefinitionId(roleId string) string => subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)

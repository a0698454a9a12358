// Key Vault in RBAC mode. It holds the bot token, the webhook secret and the provider keys; the
// function app reads them through Key Vault references with its user-assigned identity. The
// template never writes secret values: people or the pipeline set them (see docs/deploy.md).

@description('Key Vault name (3-24 letters, digits and dashes, starting with a letter).')
param name string

param location string

param tags object = {}

@description('Principal (object) id of the function app identity; it gets Key Vault Secrets User.')
param readerPrincipalId string

@description('Object ids of people or pipeline principals that may set secrets (Key Vault Secrets Officer).')
param secretsOfficerPrincipalIds array = []

@description('Purge protection cannot be turned off again once on; keep it on in production.')
param enablePurgeProtection bool = true

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsOfficers 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for officerId in secretsOfficerPrincipalIds: {
    name: guid(vault.id, officerId, keyVaultSecretsOfficer)
    scope: vault
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
      principalId: officerId
    }
  }
]

output name string = vault.name
output id string = vault.id
output uri string = vault.properties.vaultUri

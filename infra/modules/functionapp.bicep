// Flex Consumption plan and the .NET isolated function app. The app runs as the user-assigned
// identity for everything: host storage, the deployment package, Key Vault references and
// Application Insights. App settings are a child resource so that settings that contain the
// app's own host name (webhook URL, admin panel URL) can be computed after the site exists.

param name string

param planName string

param location string

param tags object = {}

@description('Resource id of the user-assigned identity the app runs as.')
param identityResourceId string

@description('Blob container URL for the deployment package, e.g. https://<account>.blob.core.windows.net/app-package.')
param deploymentContainerUrl string

@description('.NET isolated worker version for Flex Consumption.')
param runtimeVersion string = '10.0'

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Flex Consumption always-ready instances, e.g. [{ name: \'http\', instanceCount: 1 }]. Empty: scale to zero.')
param alwaysReady array = []

@description('App settings that do not depend on the app\'s own host name.')
param appSettings object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
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

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in app settings are resolved with this identity, not a system one.
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        alwaysReady: alwaysReady
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
    }
  }
}

var defaultHostName = site.properties.defaultHostName

// Settings derived from the app's own address. Telegram__WebhookUrl is what the admin
// telegram/setup call registers with Telegram; Bot__AdminPanelUrl is shown to admins.
var hostSettings = {
  Telegram__WebhookUrl: 'https://${defaultHostName}/api/telegram/webhook'
  Bot__AdminPanelUrl: 'https://${defaultHostName}/api/admin'
}

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(appSettings, hostSettings)
}

output name string = site.name
output id string = site.id
output defaultHostName string = defaultHostName

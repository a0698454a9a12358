// Azure deployment of the Telegram bot backend: one resource group holds one bot.
//
//   user-assigned identity ──▶ storage (blob owner, queue + table contributor)
//                          ──▶ Key Vault (secrets user)      ──▶ app settings @Microsoft.KeyVault(...)
//                          ──▶ Application Insights (metrics publisher; local auth off)
//   Flex Consumption function app (.NET 10 isolated) runs as that identity.
//
// Deploy: az deployment group create -g <rg> --template-file infra/main.bicep --parameters infra/main.bicepparam
// Every app setting the code reads is set here; tests/Bot.Functions.Tests/SettingsDriftTests.cs checks that.

targetScope = 'resourceGroup'

@description('Short lowercase name (letters and digits) used in every resource name.')
@minLength(2)
@maxLength(10)
param baseName string = 'tgbot'

@description('Region; must offer the Flex Consumption plan.')
param location string = resourceGroup().location

param tags object = {}

@description('Telegram bot username without the @, used for the payment return URL.')
param botUsername string

@description('Comma-separated Telegram user ids of the bot\'s admins.')
param adminUserIds string = ''

@description('Comma-separated flows to switch on.')
param featuresEnabled string = 'wallet,rewards,loyalty,helpdesk,coaching'

@description('Locale for users whose Telegram language is unknown.')
param defaultLocale string = 'ru'

@description('Time zone of a user who has not chosen one: an IANA id (Europe/Moscow) or UTC±HH:mm.')
param defaultTimeZone string = 'Europe/Moscow'

@description('YooKassa shop id (not secret; the secret key lives in Key Vault).')
param yooKassaShopId string = ''

@description('YCLIENTS company id (not secret; the tokens live in Key Vault).')
param yclientsCompanyId string = ''

@description('Helpdesk: comma-separated Telegram ids of the first owners.')
param helpdeskOwnerIds string = ''

@description('Loyalty: the booking link that /book shows.')
param loyaltyBookUrl string = ''

@description('Loyalty: the map link that /contacts shows.')
param loyaltyMapUrl string = ''

@description('Loyalty: the support phone that /contacts shows.')
param loyaltySupportPhone string = ''

@description('Object ids of people or pipeline principals allowed to set Key Vault secrets.')
param keyVaultSecretsOfficerPrincipalIds array = []

@description('Purge protection on the vault (cannot be turned off once on).')
param keyVaultPurgeProtection bool = true

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Flex Consumption always-ready instances per scale group: \'http\' (all HTTP functions) or \'function:<Name>\' (one queue or timer function). See infra/responsive.bicepparam.')
param alwaysReady array = []

@description('Log Analytics retention in days.')
param logRetentionDays int = 30

// ---------- names ----------

var token = toLower(uniqueString(subscription().id, resourceGroup().id, baseName))
var functionAppName = '${baseName}-func-${token}'
var planName = '${baseName}-plan-${token}'
var identityName = '${baseName}-id-${token}'
var logAnalyticsName = '${baseName}-log-${token}'
var appInsightsName = '${baseName}-appi-${token}'
var storageAccountName = take('st${baseName}${token}', 24)
var keyVaultName = take('kv-${baseName}-${token}', 24)
var deploymentContainerName = 'app-package'

// Queue names from docs/CONTRACTS: the inbox (per-user processor), the outbox (Telegram sends) and the bulk
// queue (fan-out recipients and paced notices, read by ProcessBulk with the same processor).
var queueNames = [
  'inbox'
  'outbox'
  'bulk'
]

// Key Vault secret names; the app settings below reference them.
var secretNames = {
  telegramBotToken: 'telegram-bot-token'
  telegramWebhookSecret: 'telegram-webhook-secret'
  yooKassaSecretKey: 'yookassa-secret-key'
  yclientsPartnerToken: 'yclients-partner-token'
  yclientsUserToken: 'yclients-user-token'
}

// ---------- identity and monitoring ----------

module identity 'br/public:avm/res/managed-identity/user-assigned-identity:0.4.1' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module logAnalytics 'br/public:avm/res/operational-insights/workspace:0.12.1' = {
  name: 'logAnalytics'
  params: {
    name: logAnalyticsName
    location: location
    tags: tags
    skuName: 'PerGB2018'
    dataRetention: logRetentionDays
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: appInsightsName
    location: location
    tags: tags
    workspaceResourceId: logAnalytics.outputs.resourceId
    principalId: identity.outputs.principalId
  }
}

// ---------- storage and secrets ----------

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    queueNames: queueNames
    principalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    secretsOfficerPrincipalIds: keyVaultSecretsOfficerPrincipalIds
    enablePurgeProtection: keyVaultPurgeProtection
  }
}

// Versionless reference (trailing slash): the app picks up a new secret version on restart
// or within 24 hours.
var vaultUri = keyVault.outputs.uri
var kvRef = {
  telegramBotToken: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretNames.telegramBotToken}/)'
  telegramWebhookSecret: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretNames.telegramWebhookSecret}/)'
  yooKassaSecretKey: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretNames.yooKassaSecretKey}/)'
  yclientsPartnerToken: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretNames.yclientsPartnerToken}/)'
  yclientsUserToken: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretNames.yclientsUserToken}/)'
}

// ---------- the function app ----------

// Every setting the app reads. Telegram__WebhookUrl and Bot__AdminPanelUrl contain the app's
// host name and are added in modules/functionapp.bicep. FUNCTIONS_WORKER_RUNTIME and
// FUNCTIONS_EXTENSION_VERSION are not app settings on Flex Consumption: the runtime is
// functionAppConfig.runtime.
var appSettings = {
  // Host storage and the queue triggers' connection "AzureWebJobsStorage", by identity.
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
  AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
  AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint

  // Monitoring: Entra ID ingestion with the user-assigned identity.
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'

  // Timer schedules (NCRONTAB with seconds), read as %Name% by the timer triggers.
  RemindersSchedule: '0 * * * * *'
  PaymentPollingSchedule: '0 * * * * *'
  SlaEscalationSchedule: '0 * * * * *'
  BonusSyncSchedule: '0 */10 * * * *'
  BroadcastsSchedule: '0 * * * * *'
  OutboxSweepSchedule: '30 * * * * *'
  BillingDaySchedule: '0 0 3 * * *'

  // Telegram.
  Telegram__BotToken: kvRef.telegramBotToken
  Telegram__WebhookSecret: kvRef.telegramWebhookSecret
  Telegram__Mode: 'Webhook'

  // Bot.
  Features__Enabled: featuresEnabled
  Bot__DefaultLocale: defaultLocale
  Bot__AdminUserIds: adminUserIds
  Bot__DefaultTimeZone: defaultTimeZone
  Broadcasts__PerSecond: '25'

  // Wallet (YooKassa).
  Wallet__Provider: 'YooKassa'
  Wallet__YooKassa__BaseUrl: 'https://api.yookassa.ru/v3'
  Wallet__YooKassa__ShopId: yooKassaShopId
  Wallet__YooKassa__SecretKey: kvRef.yooKassaSecretKey
  Wallet__YooKassa__ReturnUrl: 'https://t.me/${botUsername}'
  Wallet__InvoiceLifetimeMinutes: '5'
  Wallet__MaxAmount: '100000'

  // Rewards (seed 001).
  Rewards__Weather__BaseUrl: 'https://api.open-meteo.com/v1'
  Rewards__Weather__GeocodingUrl: 'https://geocoding-api.open-meteo.com/v1'
  Rewards__PointsPer1000Steps: '10'
  Rewards__ReferralPoints: '50'
  Rewards__MaxStepsPerDay: '50000'
  Rewards__MaxWalkMinutes: '240'
  Rewards__FamilySharePeriodDays: '7'
  Rewards__BotUsername: botUsername

  // Loyalty (YCLIENTS).
  Loyalty__YClients__BaseUrl: 'https://api.yclients.com/api/v1'
  Loyalty__YClients__PartnerToken: kvRef.yclientsPartnerToken
  Loyalty__YClients__UserToken: kvRef.yclientsUserToken
  Loyalty__YClients__CompanyId: yclientsCompanyId
  Loyalty__BonusPercent: '1'
  Loyalty__SyncParallelism: '32'
  Loyalty__BookUrl: loyaltyBookUrl
  Loyalty__MapUrl: loyaltyMapUrl
  Loyalty__SupportPhone: loyaltySupportPhone

  // Coaching.
  Coaching__DefaultTimeZone: 'Europe/Moscow'
  Coaching__DayStartsAt: '08:00'
  Coaching__RemindAfterMinutes: '60'
  Coaching__MaxReminders: '2'

  // Helpdesk.
  Helpdesk__OwnerIds: helpdeskOwnerIds
  Helpdesk__TimeZone: 'Europe/Moscow'
}

// Through its inputs this module waits for the keyVault, storage and monitoring modules, so the
// identity's role assignments exist before the app resolves Key Vault references.
module functionApp 'modules/functionapp.bicep' = {
  name: 'functionApp'
  params: {
    name: functionAppName
    planName: planName
    location: location
    tags: tags
    identityResourceId: identity.outputs.resourceId
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    runtimeVersion: '10.0'
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    alwaysReady: alwaysReady
    appSettings: appSettings
  }
}

// ---------- outputs (read by azure-pipelines.yml) ----------

output functionAppName string = functionApp.outputs.name
output defaultHostName string = functionApp.outputs.defaultHostName
output storageAccountName string = storage.outputs.name
output keyVaultName string = keyVault.outputs.name
output identityClientId string = identity.outputs.clientId
output appInsightsName string = monitoring.outputs.name
output keyVaultSecretNames object = secretNames

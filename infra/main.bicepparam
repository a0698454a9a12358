// Parameters for infra/main.bicep: the "economy" profile (scale to zero, no always-ready instance;
// docs/deploy.md, "Profiles: economy or responsive"). infra/responsive.bicepparam extends this file
// and changes only alwaysReady. Values that differ per bot come from environment variables,
// which azure-pipelines.yml fills from the variable group; the defaults here are for a dry run.
// No secret belongs in this file: secrets go to Key Vault (docs/deploy.md).
using './main.bicep'

param baseName = readEnvironmentVariable('BOT_BASE_NAME', 'tgbot')
param botUsername = readEnvironmentVariable('BOT_USERNAME', 'example_bot')
param adminUserIds = readEnvironmentVariable('BOT_ADMIN_USER_IDS', '')
param featuresEnabled = readEnvironmentVariable('BOT_FEATURES_ENABLED', 'wallet,rewards,loyalty,helpdesk,coaching')
param defaultLocale = 'ru'
param yooKassaShopId = readEnvironmentVariable('YOOKASSA_SHOP_ID', '')
param yclientsCompanyId = readEnvironmentVariable('YCLIENTS_COMPANY_ID', '')

// Object id of the pipeline's service principal (and/or an operator) so it may write secrets.
var secretsOfficer = readEnvironmentVariable('KEYVAULT_SECRETS_OFFICER_OBJECT_ID', '')
param keyVaultSecretsOfficerPrincipalIds = empty(secretsOfficer) ? [] : [secretsOfficer]

param keyVaultPurgeProtection = true
param maximumInstanceCount = 40
param instanceMemoryMB = 2048
// Economy: nothing stays warm; the first reply after a quiet spell waits for cold starts.
param alwaysReady = []
param logRetentionDays = 30

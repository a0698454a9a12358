// The "responsive" profile (docs/deploy.md, "Profiles: economy or responsive"): everything as in
// main.bicepparam (the "economy" profile, which it extends), plus one always-ready instance for the
// HTTP group (the webhook) and one for ProcessInbox (the queue function that decides and sends the
// reply), so the first reply after a quiet spell waits for neither cold start. Costs about
// $21 a month per instance at 2,048 MB before any traffic (docs/deploy.md has the figures and sources).
// Deploy: az deployment group create -g <rg> --template-file infra/main.bicep --parameters infra/responsive.bicepparam
using './main.bicep'
extends './main.bicepparam'

param alwaysReady = [
  { name: 'http', instanceCount: 1 }
  { name: 'function:ProcessInbox', instanceCount: 1 }
]

#!/usr/bin/env bash
# Offline check of the Bicep: lint + build every file, and build every profile's parameter file
# (main.bicepparam = economy, responsive.bicepparam; docs/deploy.md "Profiles"). Exits non-zero when
# anything does not build; build/test.sh runs it and counts a failure as a failed test.
# The Bicep CLI comes from its NuGet package (Azure.Bicep.CommandLine.<rid>), so this runs where
# only package mirrors are reachable. Registry modules (br/public:avm/...) cannot be restored
# offline, so they are swapped for local stubs that declare the same parameters and outputs the
# template uses; with network access, `az bicep build --file infra/main.bicep` checks the real ones.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="${BICEP_VERSION:-0.49.2}"
rid="linux-x64"
pkgdir="${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.${rid}/${version}"
bicep="${BICEP:-$pkgdir/tools/bicep}"

if [ ! -x "$bicep" ] && [ ! -f "$bicep" ]; then
  tmp="$(mktemp -d)"
  cat > "$tmp/dl.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageDownload Include="Azure.Bicep.CommandLine.${rid}" Version="[${version}]" /></ItemGroup>
</Project>
XML
  if ! (cd "$tmp" && dotnet restore --nologo -v q); then
    rm -rf "$tmp"
    echo "validate.sh: could not restore Azure.Bicep.CommandLine.${rid} ${version} from the configured NuGet sources" >&2
    exit 1
  fi
  rm -rf "$tmp"
fi
if [ ! -f "$bicep" ]; then
  echo "validate.sh: the Bicep CLI is not at $bicep" >&2
  exit 1
fi
chmod +x "$bicep"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$here"/. "$work"/
mkdir -p "$work/stubs"
cat > "$work/stubs/user-assigned-identity.bicep" <<'STUB'
param name string
param location string = resourceGroup().location
param tags object?
resource u 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}
output name string = u.name
output resourceId string = u.id
output principalId string = u.properties.principalId
output clientId string = u.properties.clientId
STUB
cat > "$work/stubs/workspace.bicep" <<'STUB'
param name string
param location string = resourceGroup().location
param skuName string = 'PerGB2018'
param dataRetention int = 365
param tags object?
resource w 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: { name: skuName }
    retentionInDays: dataRetention
  }
}
output name string = w.name
output resourceId string = w.id
STUB
sed -i -E \
  -e "s#'br/public:avm/res/managed-identity/user-assigned-identity:[0-9.]+'#'stubs/user-assigned-identity.bicep'#" \
  -e "s#'br/public:avm/res/operational-insights/workspace:[0-9.]+'#'stubs/workspace.bicep'#" \
  "$work/main.bicep"
if grep -n "br/public:" "$work/main.bicep"; then
  echo "validate.sh: a registry module above has no stub; add one" >&2
  exit 1
fi

status=0
for f in "$work"/main.bicep "$work"/modules/*.bicep; do
  "$bicep" lint "$f" || status=1
  "$bicep" build "$f" --stdout >/dev/null || status=1
done
# Every deployment profile (docs/deploy.md, "Profiles"): each must build against main.bicep.
params=("$work"/*.bicepparam)
if [ "${#params[@]}" -lt 2 ] || [ ! -f "$work/responsive.bicepparam" ]; then
  echo "validate.sh: expected the economy (main.bicepparam) and responsive (responsive.bicepparam) profiles in infra/" >&2
  status=1
fi
for f in "${params[@]}"; do
  [ -f "$f" ] || continue
  BOT_USERNAME="${BOT_USERNAME:-example_bot}" "$bicep" build-params "$f" --stdout >/dev/null || { echo "validate.sh: $(basename "$f") does not build" >&2; status=1; }
done
if [ "$status" -eq 0 ]; then
  echo "infra: bicep lint and build passed for main.bicep, modules/*.bicep and $(cd "$work" && echo *.bicepparam) ($("$bicep" --version))"
else
  echo "infra: bicep validation FAILED" >&2
fi
exit "$status"

#!/usr/bin/env bash
# Builds the whole solution (Functions.sln, Release: the Functions app with the real worker packages
# included) and runs every test project in it.
# Installs what the tests need and is missing: Debian's chromium for the browser test (as root, with
# apt-get); Azurite is installed with npm by the tests themselves on first use (into .tools/).
# First checks the Bicep (infra/validate.sh); a failure there counts as one failed test.
# Prints, as its last line, the totals: "tests: N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing chromium for the browser test..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

# The Bicep (infra/validate.sh: lint + build of the template, its modules and both profiles'
# parameter files, offline). A failure counts as one failed test in the totals below.
infra_failed=0
echo "Validating infra/ (Bicep)..."
if ! bash infra/validate.sh; then
  echo "infra/validate.sh failed: the Bicep does not build; counted as 1 failure."
  infra_failed=1
fi

mkdir -p artifacts
log=artifacts/test-output.txt
dotnet test Functions.sln -c Release --logger "trx" --results-directory artifacts/test-results "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}

# dotnet test prints one summary line per test assembly:
#   Passed!  - Failed:     0, Passed:    23, Skipped:     0, Total:    23, Duration: ...
read -r passed failed skipped assemblies < <(awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
    gsub(",", ""); for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
    }
    a++
  }
  END { printf "%d %d %d %d\n", p, f, s, a }' "$log")

if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "The test run failed without a failing test (build error or crashed test host); counted as 1 failure."
  failed=1
fi
if [ "$assemblies" -eq 0 ] && [ "$rc" -eq 0 ]; then
  echo "No test assembly reported results."
  failed=1
  rc=1
fi

if [ "$infra_failed" -ne 0 ]; then
  failed=$((failed + 1))
  rc=1
fi

line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$rc"

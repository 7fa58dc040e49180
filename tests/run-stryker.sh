#!/usr/bin/env bash
# Mutation testing of src/PairingDomain with the tests of tests/PairingDomain.Tests (issue 7). Not part of CI.
#
#   tests/run-stryker.sh                          # the whole core library (1,652 mutants tested; about 20 minutes on 2 cores)
#   tests/run-stryker.sh --mutate 'Assessment/**/*.cs' --mutate 'Roster/**/*.cs'   # a scoped run
#
# Needs: dotnet tool install -g dotnet-stryker (5.x). Works on a copy of the two projects in a temporary directory, so
# the working tree, its bin/ and obj/ and other builds are left alone. The report (HTML and JSON) is copied to
# tests/StrykerOutput/ (git-ignored; the top level keeps only what the design names), and the score printed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-stryker >/dev/null || { echo "dotnet-stryker not found: dotnet tool install -g dotnet-stryker" >&2; exit 2; }
root=$(pwd)
work=$(mktemp -d /tmp/pairing-stryker.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/tests"
cp Directory.Build.props Directory.Packages.props global.json .editorconfig "$work/"
[ -f Directory.Build.targets ] && cp Directory.Build.targets "$work/"
cp -r src/PairingDomain "$work/src/"
[ -f src/PublicDocumentation.targets ] && cp src/PublicDocumentation.targets "$work/src/"
cp LICENSE "$work/"
cp -r tests/PairingDomain.Tests "$work/tests/"
# The reference data's CSV files, which the tests embed to check the compiled table (SichuanPovertyCounties).
mkdir -p "$work/src/PairingDomain.Testing" && cp -r src/PairingDomain.Testing/Data "$work/src/PairingDomain.Testing/"
rm -rf "$work"/src/PairingDomain/{bin,obj} "$work"/tests/PairingDomain.Tests/{bin,obj}
# Stryker asks git for the repository root; give the copy one of its own.
git -C "$work" init -q && git -C "$work" add -A && git -C "$work" -c user.name=stryker -c user.email=stryker@localhost commit -qm copy

cd "$work/tests/PairingDomain.Tests"
dotnet-stryker --project PairingDomain.csproj --target-framework net10.0 --concurrency "${STRYKER_CONCURRENCY:-2}" \
  --reporter html --reporter json --reporter cleartext --output "$work/out" "$@" | tee "$work/stryker.log"
mkdir -p "$root/tests/StrykerOutput"
cp -r "$work/out/reports/." "$root/tests/StrykerOutput/"
grep -E 'final mutation score' "$work/stryker.log" || true
echo "report: tests/StrykerOutput/mutation-report.html"

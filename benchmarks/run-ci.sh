#!/usr/bin/env bash
# Runs every benchmark once in a dry, in-process job, with the national scale reduced (PAIRINGDOMAIN_BENCH_SCALE=ci),
# and fails unless BenchmarkDotNet wrote a results file for every benchmark class: BenchmarkDotNet exits 0 even
# when nothing ran. The program itself exits 1 when a benchmark threw (a report without results).
set -euo pipefail
cd "$(dirname "$0")/.."
artifacts=benchmarks/BenchmarkDotNet.Artifacts
rm -rf "$artifacts"
PAIRINGDOMAIN_BENCH_SCALE=ci dotnet run -c Release --project benchmarks/PairingDomain.Benchmarks -- \
  --filter '*' --job Dry --inProcess --artifacts "$artifacts" "$@"

shopt -s nullglob
reports=("$artifacts"/results/*-report.csv)
classes=$(grep -rlE '^\s*\[Benchmark(\(|\])' benchmarks/PairingDomain.Benchmarks --include='*.cs' | wc -l)
if [ "${#reports[@]}" -eq 0 ]; then
  echo "benchmarks: no results written under $artifacts/results" >&2
  exit 1
fi
if [ "${#reports[@]}" -lt "$classes" ]; then
  echo "benchmarks: ${#reports[@]} result files for $classes benchmark classes" >&2
  exit 1
fi
echo "benchmarks: ${#reports[@]} result files, every benchmark ran"

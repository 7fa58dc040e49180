#!/usr/bin/env bash
# Fuzzes CaseReader (or EditionReader) with SharpFuzz under AFL++ for a given time (issues 7, 14).
#
#   tests/run-fuzz.sh [SECONDS=600] [FINDINGS_DIR=/tmp/pairing-fuzz] [TARGET=case|edition]
#
# TARGET case (the default) fuzzes pairing-case/1 and /2 from tests/fuzz-corpus/ with tests/PairingDomain.Fuzz/case.dict;
# TARGET edition fuzzes pairing-edition/1 (EditionReader, oracle tests/PairingDomain.Fuzz/EditionOracle.cs) from
# tests/fuzz-corpus-edition/ with tests/PairingDomain.Fuzz/edition.dict. Both corpora are replayed whichever is fuzzed.
#
# Needs AFL++ (Debian/Ubuntu: apt-get install -y afl++) and the SharpFuzz instrumenter
# (dotnet tool install -g SharpFuzz.CommandLine). Not part of CI. The seed corpus is tests/fuzz-corpus/; the oracle
# (tests/PairingDomain.Fuzz/CaseOracle.cs) turns any exception escaping the reader, a failed read without problems,
# an unknown problem code, or a valid case that does not round-trip into a crash. Prints the executions and the crashes
# and hangs found, then replays each crash so its exception is shown.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
findings=${2:-/tmp/pairing-fuzz}
target=${3:-case}
case "$target" in
  case) corpus=tests/fuzz-corpus dict=tests/PairingDomain.Fuzz/case.dict mode=() replay=replay ;;
  edition) corpus=tests/fuzz-corpus-edition dict=tests/PairingDomain.Fuzz/edition.dict mode=(edition) replay=replay-edition ;;
  *) echo "unknown fuzz target '$target': case or edition" >&2; exit 2 ;;
esac
out=${FUZZ_BUILD_DIR:-/tmp/pairing-fuzz-build}
export PATH="$PATH:$HOME/.dotnet/tools"
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz not found: dotnet tool install -g SharpFuzz.CommandLine" >&2; exit 2; }

rm -rf "$out"
dotnet publish tests/PairingDomain.Fuzz/PairingDomain.Fuzz.csproj -c Release -o "$out" --nologo -v q
# A quick replay of the corpus outside AFL: a broken seed fails here with its exception, not as a mystery crash.
# Replays use an uninstrumented copy: instrumented code needs AFL's shared memory.
rm -rf "$out.plain" && cp -r "$out" "$out.plain"
dotnet "$out.plain/PairingDomain.Fuzz.dll" replay tests/fuzz-corpus
dotnet "$out.plain/PairingDomain.Fuzz.dll" replay-edition tests/fuzz-corpus-edition
# Instrument the code under test (not the harness, not the framework) for AFL's coverage map.
for dll in PairingDomain.Json.dll PairingDomain.dll; do
  sharpfuzz "$out/$dll"
done

rm -rf "$findings"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
status=0
afl-fuzz -i "$corpus" -o "$findings" -x "$dict" -t 10000 -m none -V "$seconds" \
  -- dotnet "$out/PairingDomain.Fuzz.dll" "${mode[@]}" >"$findings.log" 2>&1 || status=$?

stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  tail -40 "$findings.log" >&2
  echo "afl-fuzz did not start (exit $status)" >&2
  exit 1
fi
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|stability|bitmap_cvg) ' "$stats"
crashes=$(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
for f in $(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | sort); do
  echo "--- crash $f"
  dotnet "$out.plain/PairingDomain.Fuzz.dll" "$replay" "$f" 2>&1 | head -20 || true
done
echo "fuzzing $target: $(sed -nE 's/^execs_done +: ([0-9]+)/\1/p' "$stats") executions, $crashes crashes, $hangs hangs"
[ "$crashes" -eq 0 ]

#!/usr/bin/env bash
# Renders the annual-assessment sample's HTML report (--html) to a PNG with headless Chromium, for a person to look at.
# Writes the report of the embedded synthetic Sichuan 2019 (or of --case FILE) to a temporary folder, then takes a
# screenshot of its first screen at 1240 × 1754 pixels (an A4 page at 150 dpi) into
# samples/PairingDomain.Samples.AnnualAssessment/docs/report.png (or --out PNG); --height N takes a taller one.
# With --pdf FILE it also prints the report to a PDF as a browser prints it on A4 (page breaks, repeated table heads).
#
# Needs dotnet and chromium. As root on Debian it installs what is missing: chromium, and fonts-noto-cjk when the
# machine has no Chinese font (the report names CJK fonts with fallbacks and does not need one, but a screenshot
# without one shows boxes). Not part of .ci/run. KEEP=1 keeps the temporary folder and prints its path.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="$root/samples/PairingDomain.Samples.AnnualAssessment"
out="$sample/docs/report.png"
height=1754
pdf=""
case_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --case) case_args=(--case "$(realpath "$2")"); shift 2 ;;
    --out) out="$(realpath -m "$2")"; shift 2 ;;
    --height) height="$2"; shift 2 ;;
    --pdf) pdf="$(realpath -m "$2")"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (try --help)" >&2; exit 1 ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/pairing-render-XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then
  trap 'echo "kept $work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

install_packages() { # install_packages PACKAGE...: with apt-get as root, else fail with the command to run
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    fail "missing: $* (as root: apt-get install -y $*)"
  fi
}

command -v dotnet >/dev/null || fail "dotnet not found"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then
  install_packages chromium
  browser="$(command -v chromium)"
fi
if ! command -v fc-list >/dev/null || [[ -z "$(fc-list :lang=zh family 2>/dev/null | head -n 1)" ]]; then
  install_packages fonts-noto-cjk
fi
echo "Chromium: $("$browser" --version 2>/dev/null | head -n 1)"

report="$work/report.html"
dotnet run --project "$sample" -c Release -- "${case_args[@]}" --html "$report" >"$work/console.txt" \
  || fail "the sample failed (see $work/console.txt; KEEP=1 keeps it)"
[[ -s "$report" ]] || fail "the sample wrote no report"

# --no-sandbox: Chromium refuses to run as root with its sandbox; the page is our own file, with no script.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$work/profile")
mkdir -p "$(dirname "$out")"
"$browser" "${flags[@]}" --screenshot="$out" --window-size="1240,$height" "file://$report" >"$work/chromium.log" 2>&1 \
  || fail "chromium failed (see $work/chromium.log)"
[[ -s "$out" ]] || fail "chromium wrote no screenshot"
echo "wrote $out ($(wc -c <"$out") bytes)"
if [[ -n "$pdf" ]]; then
  "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$report" >>"$work/chromium.log" 2>&1 \
    || fail "chromium failed to print (see $work/chromium.log)"
  echo "wrote $pdf ($(wc -c <"$pdf") bytes)"
fi

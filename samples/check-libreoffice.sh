#!/usr/bin/env bash
# Do the workbooks PairingDomain.Spreadsheets writes open in LibreOffice Calc, and does a workbook LibreOffice saves read
# back? Runs the workbook sample's round trip (template.xlsx, case.xlsx: the synthetic Sichuan 2019 province filled in,
# results.xlsx: its assessment) in a temporary folder, then, with LibreOffice headless:
#   1. converts each workbook to CSV, one file a sheet, and checks every sheet converted, the results overview (概况)
#      has its header and the unit count the sample assessed, and the filled workbook's 单位 and 活动 sheets hold a row
#      per unit and per activity;
#   2. saves case.xlsx again as LibreOffice's own .xlsx, imports that with the sample (--import, --export) and checks
#      the results workbook of it converts to the same CSV, sheet by sheet, as the original results workbook.
# Exits non-zero at the first check that fails. Needs dotnet and soffice (Debian: apt-get install -y
# --no-install-recommends libreoffice-calc-nogui). Not part of .ci/run (LibreOffice is not on the CI image).
# KEEP=1 keeps the temporary folder and prints its path.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="$root/samples/PairingDomain.Samples.Workbook"
work="$(mktemp -d "${TMPDIR:-/tmp}/pairing-libreoffice-XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then
  trap 'echo "kept $work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

command -v soffice >/dev/null || fail "soffice not found (apt-get install -y --no-install-recommends libreoffice-calc-nogui)"
command -v dotnet >/dev/null || fail "dotnet not found"
echo "LibreOffice: $(soffice --version | head -n 1)"

# Every sheet to its own UTF-8 file <name>-<sheet>.csv: comma, double quotes, UTF-8 (76), from line 1, sheet -1 = all.
csv_filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
profile="file://$work/profile" # an own profile: no clash with a running LibreOffice or a missing home

soffice_convert() { # soffice_convert FILTER OUTDIR FILE
  local log="$2/soffice.log"
  mkdir -p "$2"
  if ! soffice "-env:UserInstallation=$profile" --headless --convert-to "$1" --outdir "$2" "$3" >"$log" 2>&1; then
    cat "$log" >&2
    fail "LibreOffice could not convert $3"
  fi
  # javaldx is LibreOffice's Java launcher, absent without Java and not needed for Calc.
  if grep -v 'javaldx' "$log" | grep -qiE 'error|exception|failed'; then
    cat "$log" >&2
    fail "LibreOffice complained converting $3"
  fi
}

sheet_count() { # the sheets a workbook's xl/workbook.xml lists
  unzip -p "$1" xl/workbook.xml | grep -o '<sheet ' | wc -l
}

to_csv() { # to_csv FILE.xlsx OUTDIR: every sheet converted, none empty
  local name sheets written
  name="$(basename "$1" .xlsx)"
  soffice_convert "$csv_filter" "$2" "$1"
  written="$(find "$2" -maxdepth 1 -name "$name-*.csv" | wc -l)"
  if command -v unzip >/dev/null; then
    sheets="$(sheet_count "$1")"
    [[ "$written" -eq "$sheets" ]] || fail "$1 has $sheets sheets; LibreOffice wrote $written CSV files"
  else
    [[ "$written" -gt 0 ]] || fail "LibreOffice wrote no CSV file of $1"
  fi
  for file in "$2/$name"-*.csv; do
    [[ -s "$file" ]] || fail "$file is empty: LibreOffice read no header row"
  done
  echo "  opened $(basename "$1"): $written sheets converted"
}

rows() { # data rows of a CSV (its lines but the header; the checked sheets hold no multi-line cell)
  echo $(($(wc -l <"$1") - 1))
}

echo "Running the workbook sample (dotnet run --project samples/PairingDomain.Samples.Workbook) in $work/xlsx"
dotnet run --project "$sample" -- --folder "$work/xlsx" | tee "$work/sample.log"
units="$(sed -n 's/.*assessed: \([0-9][0-9]*\) units.*/\1/p' "$work/sample.log")"
activities="$(sed -n 's/.*units, [0-9]* counties, \([0-9][0-9]*\) activities.*/\1/p' "$work/sample.log")"
[[ -n "$units" && -n "$activities" ]] || fail "the sample printed no unit or activity count"

echo "1. Opening each workbook in LibreOffice (to CSV, every sheet)"
for workbook in template case results; do
  [[ -f "$work/xlsx/$workbook.xlsx" ]] || fail "the sample wrote no $workbook.xlsx"
  to_csv "$work/xlsx/$workbook.xlsx" "$work/csv"
done

overview="$work/csv/results-概况.csv"
[[ -f "$overview" ]] || fail "the results workbook has no 概况 sheet"
[[ "$(head -n 1 "$overview")" == "项目 item,规则 rule,数值 value" ]] || fail "概况's header is $(head -n 1 "$overview")"
grep -qx "帮扶单位 units,,$units" "$overview" || fail "概况 does not show $units units: $(grep 'units' "$overview" | head -n 1)"
[[ "$(rows "$work/csv/results-单位.csv")" -eq "$units" ]] || fail "the results' 单位 sheet does not hold $units rows"
[[ "$(rows "$work/csv/case-单位.csv")" -eq "$units" ]] || fail "case.xlsx's 单位 sheet does not hold $units rows"
[[ "$(rows "$work/csv/case-活动.csv")" -eq "$activities" ]] || fail "case.xlsx's 活动 sheet does not hold $activities rows"
head -n 1 "$work/csv/template-单位.csv" | grep -q '^单位编号 id,' || fail "the template's 单位 header is $(head -n 1 "$work/csv/template-单位.csv")"
echo "  results 概况: $units units; case.xlsx: $units units, $activities activities"

echo "2. Saving case.xlsx again with LibreOffice and importing that"
soffice_convert 'xlsx:Calc MS Excel 2007 XML' "$work/resaved" "$work/xlsx/case.xlsx"
dotnet run --no-build --project "$sample" -- --import "$work/resaved/case.xlsx" --export "$work/resaved/results.xlsx" \
  || fail "the sample could not import LibreOffice's copy of case.xlsx"
to_csv "$work/resaved/results.xlsx" "$work/resaved/csv"
for file in "$work/csv"/results-*.csv; do
  diff -q "$file" "$work/resaved/csv/$(basename "$file")" >/dev/null \
    || fail "$(basename "$file") differs for LibreOffice's copy: diff $file $work/resaved/csv/$(basename "$file")"
done
echo "  LibreOffice's copy of case.xlsx imports to the same results, sheet by sheet"
echo "OK"

#!/usr/bin/env bash
# Opens the HTML report of an evaluation in headless Chromium, as a reader would, and fails on
# any console message of the page, or if the rendered page lacks the 评分表, the chart or the
# total. Exit 77 (a skip for CTest) when Chromium is not installed: `.ci/run` installs it.
#   check_html.sh JIXIAO EVALUATION.json EXPECTED_TOTAL WORK_DIRECTORY [check]
# With "check", the page is the report of `jixiao check` (which exits 1 on findings).
set -euo pipefail
jixiao=$1 evaluation=$2 total=$3 work=$4 command=${5:-score}
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "chromium is not installed (scripts/install-deps browser): skipped"
  exit 77
fi
mkdir -p "$work"
if [ "$command" = check ]; then
  "$jixiao" check "$evaluation" --format html -o "$work/report.html" || [ $? -eq 1 ]
  expectations=("复核" "<table" "JX-C101" "${total}")
else
  "$jixiao" score "$evaluation" --format html -o "$work/report.html"
  expectations=("评分表" "<svg" "<table" ">${total}<" "计分过程")
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# The flags keep a sandboxed, offline machine quiet: no network, no first-run, no sync.
timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --enable-logging=stderr --v=0 \
  --dump-dom "file://$(realpath "$work/report.html")" >"$work/dom.html" 2>"$work/browser.log"
if grep -E "CONSOLE|Uncaught|Refused to" "$work/browser.log"; then
  echo "the page wrote to the console (above)"
  exit 1
fi
for expected in "${expectations[@]}"; do
  if ! grep -q -- "$expected" "$work/dom.html"; then
    echo "the rendered page lacks: $expected"
    exit 1
  fi
done
echo "ok: $evaluation renders in $("$chromium" --version 2>/dev/null | head -1) without console messages"

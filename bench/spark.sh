#!/usr/bin/env bash
# The Spark job in local mode against ./bilans run, over the same folder of reports.
#
#   bench/spark.sh [COPIES]   (default 4) makes COPIES copies of the corpus reports, each with its
#     own name and bytes (a comment appended after %%EOF: another SHA-256, so nothing is shared),
#     then times, without OCR (its cost per report is in bench/RESULTS.md):
#     - ./bilans run --input (2 threads), everything computed;
#     - the job on one core (local[1], the JVM pinned to one CPU with taskset, so that its JIT
#       compiler and garbage collector do not borrow the other), then local[2] on both, each into
#       an empty output;
#     - the job with local[2] again on its own output (nothing to compute);
#   and prints for each: wall seconds, reports/s, CPU seconds per page (user + system), peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-4}"
corpus="${BILANS_CORPUS:-../shared/corpus}"
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
command -v pdfinfo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; }
./bilans --version >/dev/null             # builds the CLI outside the timings
bilans-spark/run-local --help >/dev/null  # builds the job outside the timings
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
pages=0
for ((c = 1; c <= copies; c++)); do
  for pdf in "$corpus"/reports/*.pdf; do
    copy="$work/in/copy $c - $(basename "$pdf")"
    cp "$pdf" "$copy"
    printf '\n%% bench copy %d\n' "$c" >>"$copy"
    pages=$((pages + $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')))
  done
done
reports=$(find "$work/in" -name '*.pdf' | wc -l)

# One line per command: label, wall s, reports/s, CPU s per page, peak RSS MB.
measure() {
  local label="$1"
  shift
  /usr/bin/time -o "$work/time" -f "%e %U %S %M" "$@" >"$work/log" 2>&1 || true
  # time(1) puts "Command exited with non-zero status 1" first when the run found problems.
  read -r wall user sys rss < <(tail -1 "$work/time")
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v r="$reports" -v p="$pages" \
    'BEGIN {printf "%-34s %8.1f s %8.2f reports/s %8.3f CPU-s/page %7d MB\n", l, w, r / w, (u + s) / p, m / 1024}'
  echo "$wall" >"$work/wall-$label"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); $reports reports ($copies copies of the corpus), $pages pages; no OCR"
measure "bilans run (2 threads)" ./bilans run --quiet --force --no-ocr --no-summaries --input "$work/in" --output "$work/cli"
measure "spark local[1], one CPU" taskset -c 0 bilans-spark/run-local --master "local[1]" --no-ocr --input "$work/in" --output "$work/s1"
measure "spark local[2]" bilans-spark/run-local --master "local[2]" --no-ocr --input "$work/in" --output "$work/s2"
measure "spark local[2], nothing new" bilans-spark/run-local --master "local[2]" --no-ocr --input "$work/in" --output "$work/s2"
awk -v a="$(cat "$work/wall-spark local[1], one CPU")" -v b="$(cat "$work/wall-spark local[2]")" \
  'BEGIN {printf "speed-up from one core to two: %.2fx\n", a / b}'

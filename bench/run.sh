#!/usr/bin/env bash
# Times ./bilans run on the corpus against pdftotext -layout (poppler) on the same PDFs, in the
# same run, and prints the medians and their ratio. Usage: bench/run.sh [ROUNDS] (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
corpus="${BILANS_CORPUS:-../shared/corpus}"
if ! command -v pdftotext >/dev/null; then
  echo "bench: installing poppler-utils for pdftotext" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi
./bilans --version >/dev/null   # builds the jar once, outside the timings
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mapfile -t pdfs < <(find "$corpus/reports" -name '*.pdf' | sort)

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f\n", b - a}'; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

: >"$work/poppler"; : >"$work/full"; : >"$work/rerun"
for ((i = 1; i <= rounds; i++)); do
  t0=$(now)
  for pdf in "${pdfs[@]}"; do pdftotext -layout "$pdf" "$work/out.txt"; done
  t1=$(now)
  ./bilans run --quiet --force --output "$work/output" >/dev/null 2>&1 || true
  t2=$(now)
  ./bilans run --quiet --output "$work/output" >/dev/null 2>&1 || true
  t3=$(now)
  elapsed "$t0" "$t1" >>"$work/poppler"
  elapsed "$t1" "$t2" >>"$work/full"
  elapsed "$t2" "$t3" >>"$work/rerun"
  echo "round $i: pdftotext $(tail -1 "$work/poppler") s, bilans --force $(tail -1 "$work/full") s, bilans rerun $(tail -1 "$work/rerun") s" >&2
done
p=$(median <"$work/poppler"); f=$(median <"$work/full"); r=$(median <"$work/rerun")
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); ${#pdfs[@]} PDFs, $rounds rounds"
printf "pdftotext -layout (sequential)   median %6.3f s\n" "$p"
printf "./bilans run --force             median %6.3f s   ratio %5.2fx\n" "$f" "$(awk -v a="$f" -v b="$p" 'BEGIN {print a / b}')"
printf "./bilans run (nothing changed)   median %6.3f s   ratio %5.2fx\n" "$r" "$(awk -v a="$r" -v b="$p" 'BEGIN {print a / b}')"

#!/usr/bin/env bash
# The benchmark of bilans against poppler's pdftotext, on the same PDFs, in the same run.
#
#   bench/run.sh [ROUNDS]        (default 5) prints, as medians over the rounds:
#     - pdftotext -layout over the corpus reports, one after the other;
#     - ./bilans run --force (everything recomputed, fresh JVM) and the ratio;
#     - ./bilans run with nothing changed (fresh JVM) and the ratio;
#     - peak memory (RSS) of a --force run;
#     - with OCR: a --force run against pdftotext plus tesseract over the same images;
#     - warm extraction throughput inside one JVM, 1 thread and all cores (bench/ExtractionThroughput.java).
#   SCALE=100 bench/run.sh 1     also times a folder of 100 copies (distinct names) of the
#                                reports, --force, and its peak RSS, to show memory stays flat.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
corpus="${BILANS_CORPUS:-../shared/corpus}"
need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v identify >/dev/null || need+=(imagemagick)
command -v tesseract >/dev/null || need+=(tesseract-ocr tesseract-ocr-fra)
[ -x /usr/bin/time ] || need+=(time)
if ((${#need[@]})); then
  echo "bench: installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
./bilans --version >/dev/null   # builds the jar (and its class-data archive) outside the timings
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mapfile -t pdfs < <(find "$corpus/reports" -name '*.pdf' | sort)
summary="$corpus/summaries/bilans-du-programme.2025-03-14.md"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f\n", b - a}'; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

: >"$work/poppler"; : >"$work/full"; : >"$work/rerun"
for ((i = 1; i <= rounds; i++)); do
  t0=$(now)
  for pdf in "${pdfs[@]}"; do pdftotext -layout "$pdf" "$work/out.txt"; done
  t1=$(now)
  ./bilans run --quiet --force --no-ocr --output "$work/output" >/dev/null 2>&1 || true
  t2=$(now)
  ./bilans run --quiet --no-ocr --output "$work/output" >/dev/null 2>&1 || true
  t3=$(now)
  elapsed "$t0" "$t1" >>"$work/poppler"
  elapsed "$t1" "$t2" >>"$work/full"
  elapsed "$t2" "$t3" >>"$work/rerun"
  echo "round $i: pdftotext $(tail -1 "$work/poppler") s, bilans --force $(tail -1 "$work/full") s, bilans rerun $(tail -1 "$work/rerun") s" >&2
done
p=$(median <"$work/poppler"); f=$(median <"$work/full"); r=$(median <"$work/rerun")
/usr/bin/time -o "$work/rss" -f "%M" ./bilans run --quiet --force --no-ocr --output "$work/output" >/dev/null 2>&1 || true
rss=$(tail -1 "$work/rss")
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); ${#pdfs[@]} PDFs, $rounds rounds"
printf "pdftotext -layout (sequential)   median %6.3f s\n" "$p"
printf "./bilans run --force --no-ocr    median %6.3f s   ratio %sx\n" "$f" "$(ratio "$f" "$p")"
printf "./bilans run --no-ocr (no change) median %6.3f s  ratio %sx\n" "$r" "$(ratio "$r" "$p")"
printf "peak RSS of a --force run        %s MB\n" "$((rss / 1024))"
java -Xmx256m -cp "target/bilans.jar:target/lib/*" bench/ExtractionThroughput.java "$corpus/reports" 5 2>/dev/null
pages=$(for pdf in "${pdfs[@]}"; do pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}'; done | awk '{s+=$1} END {print s}')
printf "poppler: %d pages in %.3f s = %.0f pages/s (one core)\n" "$pages" "$p" "$(awk -v n="$pages" -v t="$p" 'BEGIN {print n / t}')"

# With OCR: a forced run (every image read again) against pdftotext plus tesseract over the images
# of the reports that bilans reads (200x80 pixels or more), enlarged 2x in gray as bilans reads
# them, one pass each (bilans adds a quick probe at 1x, an inverted pass and close crops of charts).
if [ -z "${NO_OCR_BENCH:-}" ] && command -v tesseract >/dev/null && command -v identify >/dev/null; then
  mkdir -p "$work/images"
  for pdf in "${pdfs[@]}"; do pdfimages -png "$pdf" "$work/images/$(basename "$pdf" .pdf | tr ' ' _)"; done
  t0=$(now)
  for pdf in "${pdfs[@]}"; do pdftotext -layout "$pdf" "$work/out.txt"; done
  for img in "$work"/images/*.png; do
    size=$(identify -format "%w %h" "$img" 2>/dev/null) || continue
    if [ "${size% *}" -ge 200 ] && [ "${size#* }" -ge 80 ]; then
      /usr/bin/convert "$img" -colorspace Gray -resize 200% "$work/big.png"
      OMP_THREAD_LIMIT=1 tesseract "$work/big.png" - --psm 11 -l fra+eng >/dev/null 2>&1 || true
    fi
  done
  t1=$(now)
  ./bilans run --quiet --force --ocr-cache "$work/ocr" --output "$work/output-ocr" >/dev/null 2>&1 || true
  t2=$(now)
  base=$(elapsed "$t0" "$t1"); ocr=$(elapsed "$t1" "$t2")
  printf "pdftotext + tesseract (2x, one pass) %6.3f s\n" "$base"
  printf "./bilans run --force (with OCR)      %6.3f s   ratio %sx   (%s)\n" "$ocr" "$(ratio "$ocr" "$base")" \
    "$(grep -o '"images_read" : [0-9]*' "$work/output-ocr/run.json" | head -1)"
fi

if [ -n "${SCALE:-}" ]; then
  mkdir -p "$work/many"
  for ((i = 1; i <= SCALE / ${#pdfs[@]}; i++)); do
    for pdf in "${pdfs[@]}"; do cp "$pdf" "$work/many/$(basename "$pdf" .pdf) copie $i.pdf"; done
  done
  n=$(ls "$work/many" | wc -l)
  /usr/bin/time -o "$work/many.time" -f "%e %M" ./bilans run --quiet --force --input "$work/many" \
    --no-ocr --summary "$summary" --output "$work/output-many" >/dev/null 2>&1 || true
  /usr/bin/time -o "$work/five.time" -f "%e %M" ./bilans run --quiet --force --input "$corpus/reports" \
    --no-ocr --summary "$summary" --output "$work/output-five" >/dev/null 2>&1 || true
  out=$(tail -1 "$work/many.time"); out5=$(tail -1 "$work/five.time")
  printf "%d reports --force: %s s, peak RSS %d MB (5 reports: %s s, %d MB)\n" "$n" "${out% *}" \
    "$(( ${out#* } / 1024 ))" "${out5% *}" "$(( ${out5#* } / 1024 ))"
fi

#!/usr/bin/env bash
# The tables in docs/performance.md: smsfilter against fastText on the real messages of
# test.tsv, on one core (taskset), printed as Markdown.
#   - in process: build/bench/smsfilter_bench and build/bench/fasttext_bench (fastText's
#     library, built when libfasttext-dev is installed);
#   - command-line tools on the same messages repeated, minus their start-up time.
# fastText reads pre-tokenised lines (bench/fasttext_prep.py, not timed) and is trained
# here with the settings bench/fasttext_compare.sh chose on dev.
# usage: bench/performance.sh [DATA_DIR]   (env BUILD_DIR: default build; CORE: default 1)
# needs: apt-get install fasttext libfasttext-dev time
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$root/../shared/data}
build=${BUILD_DIR:-$root/build}
core=${CORE:-1}
model=$root/models/default.smsf
prep="/usr/bin/python3 $root/bench/fasttext_prep.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for tool in fasttext /usr/bin/time "$build/bench/fasttext_bench"; do
  [ -x "$(command -v "$tool")" ] || {
    echo "needs $tool (apt-get install fasttext libfasttext-dev time, then rebuild)" >&2
    exit 1
  }
done
pin="taskset -c $core"
repeat=40

# The real messages (not template-generated, not hand-composed), as our TSV and as
# fastText lines, all and those of at most 200 characters.
awk -F'\t' 'NR == 1 || ($4 != "synth" && $4 != "handwritten")' "$data/test.tsv" > "$work/real.tsv"
/usr/bin/python3 - "$work/real.tsv" "$work/short.tsv" <<'EOF'
import sys
with open(sys.argv[1], encoding="utf-8") as rows, open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(next(rows))
    out.writelines(row for row in rows if len(row.split("\t")[2]) <= 200)
EOF
$prep convert "$data/train.tsv" "$work/train.txt"
for name in real short; do $prep convert "$work/$name.tsv" "$work/$name.txt"; done
messages=$(($(wc -l < "$work/real.tsv") - 1))
# For the command lines: the messages repeated, and one message.
{ head -1 "$work/real.tsv"; for _ in $(seq $repeat); do tail -n +2 "$work/real.tsv"; done; } > "$work/many.tsv"
head -2 "$work/real.tsv" > "$work/one.tsv"
for _ in $(seq $repeat); do cat "$work/real.txt"; done > "$work/many.txt"
head -1 "$work/real.txt" > "$work/one.txt"

fasttext supervised -input "$work/train.txt" -output "$work/ft" -dim 50 -epoch 25 -lr 0.5 \
  -wordNgrams 2 -bucket 2000000 -thread 1 -seed 1 -verbose 0
fasttext quantize -input "$work/train.txt" -output "$work/ft" -qnorm -retrain -cutoff 100000 \
  -thread 1 -seed 1 -verbose 0

# In process: name<TAB>value lines into the associative arrays ours, bin, ftz.
declare -A ours bin ftz
read_figures() {
  local -n figures=$1
  shift
  while IFS=$'\t' read -r name value; do figures[$name]=$value; done < <($pin "$@")
}
read_figures ours "$build/bench/smsfilter_bench" "$model" "$work/real.tsv"
read_figures bin "$build/bench/fasttext_bench" "$work/ft.bin" "$work/real.txt" "$work/short.txt"
read_figures ftz "$build/bench/fasttext_bench" "$work/ft.ftz" "$work/real.txt" "$work/short.txt"

# Command line: "seconds peak-KB" of a run (best time of 3).
timed() {
  local best="" rss=0 seconds kb
  for _ in 1 2 3; do
    read -r seconds kb < <(/usr/bin/time -f "%e %M" $pin "$@" 2>&1 >/dev/null | tail -1)
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; fi
    rss=$kb
  done
  echo "$best $rss"
}
# The command that runs `tool` (ours, bin, ftz) on `input` (one, many), into cmd.
command_for() {
  case $1 in
    ours) cmd=("$build/tools/smsfilter" classify --model "$model" --data "$work/$2.tsv") ;;
    *) cmd=(fasttext predict-prob "$work/ft.$1" "$work/$2.txt" 1) ;;
  esac
}
# "messages/s start-seconds peak-KB": (many − one) messages over (many − one) seconds.
command_line() {
  local many one rss
  command_for "$1" many
  read -r many rss < <(timed "${cmd[@]}")
  command_for "$1" one
  read -r one _ < <(timed "${cmd[@]}")
  awk -v n=$((messages * repeat - 1)) -v a="$many" -v b="$one" -v kb="$rss" \
    'BEGIN{printf "%.0f %s %s\n", n / (a - b), b, kb}'
}
read -r ours_rate ours_start ours_rss < <(command_line ours)
read -r bin_rate bin_start bin_rss < <(command_line bin)
read -r ftz_rate ftz_start ftz_rss < <(command_line ftz)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2g×", a / b}'; }
row() {  # label key [unit]: our figure, fastText's two, and ours over each of theirs
  local unit=${3:-}
  echo "| $1 | ${ours[$2]}$unit | ${bin[$2]}$unit | ${ftz[$2]}$unit | $(ratio "${ours[$2]}" "${bin[$2]}") | $(ratio "${ours[$2]}" "${ftz[$2]}") |"
}

cat <<EOF
$messages real messages of test.tsv ($(grep -c . "$work/short.txt") of at most 200 characters), one core: $(lscpu | sed -n 's/^Model name: *//p').

In process (\`smsfilter_bench\`, \`fasttext_bench\`); in the ratios, above 1 is better for
messages/s, below 1 for times and sizes:

| | smsfilter | fastText .bin | fastText .ftz | smsfilter ÷ .bin | smsfilter ÷ .ftz |
|---|---|---|---|---|---|
$(row "messages/s" messages_per_s)
$(row "latency p50, ≤ 200 characters" latency_p50_us " µs")
$(row "latency p99, ≤ 200 characters" latency_p99_us " µs")
$(row "latency max, ≤ 200 characters" latency_max_us " µs")
$(row "heap allocations per message" allocations_per_classify)
$(row "load from file" load_file_us " µs")
$(row "peak RSS added by load + classifying all" peak_rss_added_kb " KB")
| model file | $(stat -c %s "$model") B | $(stat -c %s "$work/ft.bin") B | $(stat -c %s "$work/ft.ftz") B | $(ratio "$(stat -c %s "$model")" "$(stat -c %s "$work/ft.bin")") | $(ratio "$(stat -c %s "$model")" "$(stat -c %s "$work/ft.ftz")") |

smsfilter only: UTF-16 input ${ours[utf16_messages_per_s]} messages/s; load from a buffer
${ours[load_buffer_us]} µs without the self-test, ${ours[load_buffer_self_test_us]} µs with it;
classify + decide under the default policy ${ours[decide_messages_per_s]} messages/s, p50
${ours[decide_latency_p50_us]} µs, p99 ${ours[decide_latency_p99_us]} µs (≤ 200 characters).

Command line (\`smsfilter classify --data\` prints each result with its text; \`fasttext predict-prob\` a label and probability):

| | smsfilter | fastText .bin | fastText .ftz | smsfilter ÷ .bin | smsfilter ÷ .ftz |
|---|---|---|---|---|---|
| messages/s | $ours_rate | $bin_rate | $ftz_rate | $(ratio "$ours_rate" "$bin_rate") | $(ratio "$ours_rate" "$ftz_rate") |
| start + load + one message | $ours_start s | $bin_start s | $ftz_start s | | |
| peak RSS | $ours_rss KB | $bin_rss KB | $ftz_rss KB | | |
EOF

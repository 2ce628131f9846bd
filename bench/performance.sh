#!/usr/bin/env bash
# The table in docs/performance.md: smsfilter against fastText on the real messages of
# test.tsv, on one core (taskset), printed as Markdown.
#   - smsfilter in process (bench/classify_bench.cc): throughput, latency, load, memory,
#     allocations;
#   - both command-line tools on the same messages repeated, minus their start-up time
#     (fastText reads pre-tokenised lines: bench/fasttext_prep.py's work is not timed).
# fastText is trained here with the settings bench/fasttext_compare.sh chose on dev.
# usage: bench/performance.sh [DATA_DIR]   (env BUILD_DIR: default build; CORE: default 1)
# needs: fasttext and GNU time (apt-get install fasttext time)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$root/../shared/data}
build=${BUILD_DIR:-$root/build}
core=${CORE:-1}
model=$root/models/default.smsf
prep="/usr/bin/python3 $root/bench/fasttext_prep.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for tool in fasttext /usr/bin/time; do
  command -v $tool >/dev/null || { echo "needs $tool (apt-get install fasttext time)" >&2; exit 1; }
done
pin="taskset -c $core"
repeat=40

# The real messages (not template-generated, not hand-composed), as our TSV and as
# fastText lines; each repeated so that a run lasts long enough to time.
awk -F'\t' 'NR == 1 || ($4 != "synth" && $4 != "handwritten")' "$data/test.tsv" > "$work/real.tsv"
$prep convert "$data/train.tsv" "$work/train.txt"
$prep convert "$work/real.tsv" "$work/real.txt"
messages=$(($(wc -l < "$work/real.tsv") - 1))
{ head -1 "$work/real.tsv"; for _ in $(seq $repeat); do tail -n +2 "$work/real.tsv"; done; } > "$work/many.tsv"
head -2 "$work/real.tsv" > "$work/one.tsv"
for _ in $(seq $repeat); do cat "$work/real.txt"; done > "$work/many.txt"
head -1 "$work/real.txt" > "$work/one.txt"

fasttext supervised -input "$work/train.txt" -output "$work/ft" -dim 50 -epoch 25 -lr 0.5 \
  -wordNgrams 2 -bucket 2000000 -thread 1 -seed 1 -verbose 0
fasttext quantize -input "$work/train.txt" -output "$work/ft" -qnorm -retrain -cutoff 100000 \
  -thread 1 -seed 1 -verbose 0

# "seconds peak-KB" of one run of a command (best of 3 runs for the time).
timed() {
  local best="" rss=0
  for _ in 1 2 3; do
    read -r seconds kb < <(/usr/bin/time -f "%e %M" $pin "$@" 2>&1 >/dev/null | tail -1)
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; fi
    rss=$kb
  done
  echo "$best $rss"
}

# The command that runs `tool` (ours, bin, ftz) on the `input` (one, many) messages, in cmd.
command_for() {
  case $1 in
    ours) cmd=("$build/tools/smsfilter" classify --model "$model" --data "$work/$2.tsv") ;;
    *) cmd=(fasttext predict-prob "$work/ft.$1" "$work/$2.txt" 1) ;;
  esac
}

# Messages per second of a tool: (many − one) messages over (many − one) seconds.
throughput() {
  local many one
  command_for "$1" many
  read -r many _ < <(timed "${cmd[@]}")
  command_for "$1" one
  read -r one _ < <(timed "${cmd[@]}")
  awk -v n=$((messages * repeat - 1)) -v a="$many" -v b="$one" 'BEGIN{printf "%.0f", n / (a - b)}'
}

# "seconds peak-KB" of start + load + one message.
startup() {
  command_for "$1" one
  timed "${cmd[@]}"
}

declare -A ours
while IFS=$'\t' read -r name value; do ours[$name]=$value; done \
  < <($pin "$build/bench/smsfilter_bench" "$model" "$work/real.tsv")

ours_rate=$(throughput ours)
bin_rate=$(throughput bin)
ftz_rate=$(throughput ftz)
read -r ours_load ours_rss < <(startup ours)
read -r bin_load bin_rss < <(startup bin)
read -r ftz_load ftz_rss < <(startup ftz)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f×", a / b}'; }

cat <<EOF
$messages real messages of test.tsv, one core ($(lscpu | sed -n 's/^Model name: *//p')).

| | smsfilter | fastText .bin | fastText .ftz | smsfilter ÷ .bin | smsfilter ÷ .ftz |
|---|---|---|---|---|---|
| command line, messages/s | $ours_rate | $bin_rate | $ftz_rate | $(ratio "$ours_rate" "$bin_rate") | $(ratio "$ours_rate" "$ftz_rate") |
| command line, start + load + 1 message | ${ours_load} s | ${bin_load} s | ${ftz_load} s | | |
| command line, peak RSS | $ours_rss KB | $bin_rss KB | $ftz_rss KB | | |
| model file | $(stat -c %s "$model") B | $(stat -c %s "$work/ft.bin") B | $(stat -c %s "$work/ft.ftz") B | | |

smsfilter in process (\`smsfilter_bench\`):

| | |
|---|---|
| classify UTF-8, messages/s | ${ours[utf8_messages_per_s]} |
| classify UTF-16, messages/s | ${ours[utf16_messages_per_s]} |
| latency ≤ 200 characters, p50 / p99 / max | ${ours[latency_p50_us]} / ${ours[latency_p99_us]} / ${ours[latency_max_us]} µs |
| heap allocations per classify (steady state) | ${ours[allocations_per_classify]} |
| load from buffer, no self-test / with self-test | ${ours[load_buffer_us]} / ${ours[load_buffer_self_test_us]} µs |
| load from file (mmap), no self-test | ${ours[load_file_us]} µs |
| peak RSS added by load + classifying all | ${ours[peak_rss_added_kb]} KB |
EOF

#!/bin/sh
# `smsfilter decide` end to end: a policy file, a model trained on the fixture messages,
# and a state file that carries flood counts and feedback between runs.
# usage: decide_cli_test.sh SMSFILTER TEST_DATA_DIR
set -eu
cli=$1
data=$2
. "$(dirname "$0")/cli_test_support.sh"

: > "$work/charmap.txt"
"$cli" train --data "$data/messages.tsv" --charmap "$work/charmap.txt" --bucket-bits 10 --quiet \
  --out "$work/model.smsf"
cat > "$work/policy.txt" <<'POLICY'
smsfilter-policy 1
category marketing allow
flood marketing 1/hour
block keyword 裸聊 id=adult
POLICY
decide() { "$cli" decide --policy "$work/policy.txt" --model "$work/model.smsf" "$@"; }
printf 'smsfilter-policy 1\ncategory marketing mute\n' > "$work/mute_ads.txt"

expect "a keyword rule blocks" 'block (*): rule — Your rule "adult" matched*' "$(decide '加我看裸聊')"
expect "reasons read in Chinese" '*: rule — 符合您的规则“adult”*' "$(decide --lang zh_cn '加我看裸聊')"
expect "a security message carries its code" '*"action":"allow","category":"security"*"code":{"code":"482913","issuer":"招商银行"}}' \
  "$(decide --json '【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。')"
expect "the registry names the bank behind its number" '*"kind":"official_sender","organization":"cmb","organization_name":"招商银行","text":{"en":"Sent from an official number of 招商银行","zh_cn":"来自招商银行的官方号码"}}*"organization":{"id":"cmb","kind":"bank"}*' \
  "$(decide --json --sender 95555 '【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。')"

# Sub-kinds in JSON, with the Apple sub-action they map to (muted: filed in a folder).
expect "a debit alert is a finance transaction, filed in its folder" '*"sub_kind":"transactional_finance","apple":{"action":4,"sub_action":10001}*' \
  "$(decide --json --sender 95555 '【招商银行】您尾号1234的账户于12月1日支出人民币100.00元，余额2000.00元。')"
expect "a muted coupon ad goes to Promotions, Coupons" '*"action":"mute"*"sub_kind":"promotional_coupons","apple":{"action":3,"sub_action":20002}*' \
  "$("$cli" decide --json --policy "$work/mute_ads.txt" --model "$work/model.smsf" '送你一张20元无门槛优惠券，到店使用，回T退订')"

ad='双11大促，全场5折，回T退订'
expect "the first ad of the hour is allowed" "allow (marketing *" \
  "$(decide --state "$work/state" --sender 10690001 --time 1700000000 "$ad")"
expect "the second is muted, counted across runs" "mute (marketing *): model, flood — *; 2 messages of marketing from this sender within an hour (limit 1)*" \
  "$(decide --state "$work/state" --sender 10690001 --time 1700000060 "$ad")"

# Feedback, named as in enums.def, is kept in the state file and moves the sender's next
# messages; it needs a state file.
chat='今晚一起吃饭吗'
decide --state "$work/feedback" --sender 13912345678 --feedback spam "$chat"
expect "spam feedback moves the sender's messages towards spam" '*: *feedback* — Your earlier feedback moved it towards spam*' \
  "$(decide --state "$work/feedback" --sender 13912345678 "$chat")"
decide --state "$work/feedback" --sender 10690001 --feedback not_spam "$ad"
expect "not_spam feedback moves them away from spam" '*: *feedback* — Your earlier feedback moved it away from spam*' \
  "$(decide --state "$work/feedback" --sender 10690001 "$ad")"
refused() {
  status=0
  decide "$@" "$chat" 2> /dev/null || status=$?
  [ "$status" = 2 ] || { echo "FAIL $*: exit status $status, not 2"; exit 1; }
}
refused --state "$work/feedback" --feedback not-spam
refused --feedback spam

# Two writers at once on one state file: every message of both is counted (the state is
# locked for the whole run and replaced by rename).
writer() { for i in 1 2 3 4 5 6 7 8 9 10; do
  decide --state "$work/state" --sender 10690001 --time 1700000100 "$ad" > /dev/null; done; }
writer & first=$!
writer & second=$!
wait $first; wait $second
expect "two writers keep each other's entries" "mute (marketing *; 23 messages of marketing from this sender within an hour (limit 1)*" \
  "$(decide --state "$work/state" --sender 10690001 --time 1700000120 "$ad")"
ls "$work" | grep -q 'state.tmp' && { echo "FAIL a temporary state file is left behind"; exit 1; }

# A damaged state file is an error and is left as it was, never replaced by an empty one.
printf 'SMPS\001\000\000\000garbage' > "$work/damaged"
cp "$work/damaged" "$work/damaged.orig"
if decide --state "$work/damaged" "$ad" 2> "$work/err"; then
  echo "FAIL a damaged state file is accepted"; exit 1
fi
cmp -s "$work/damaged" "$work/damaged.orig" || { echo "FAIL a damaged state file was overwritten"; exit 1; }

# Invalid UTF-8 and control characters in a message: valid UTF-8 JSON, escaped text.
expect "invalid UTF-8 is replaced in JSON" '{"text":"a\\u001b\[31m��b",*' \
  "$(decide --json "$(printf 'a\033[31m\377\376b')")"
expect "control characters are escaped in text output" '*	a\\x1b\[31mb' \
  "$(decide "$(printf 'a\033[31mb')")"

# A FIFO as the policy is refused at once, not waited on.
mkfifo "$work/fifo"
fifo_status=0
timeout 10 "$cli" decide --policy "$work/fifo" --model "$work/model.smsf" x 2> /dev/null || fifo_status=$?
[ "$fifo_status" = 1 ] || { echo "FAIL a FIFO as the policy: exit status $fifo_status"; exit 1; }

# A policy saved with a byte order mark reads as without one.
printf '\357\273\277smsfilter-policy 1\ncategory marketing mute\n' > "$work/bom.txt"
expect "a leading BOM is accepted" "mute (marketing *" \
  "$("$cli" decide --policy "$work/bom.txt" --model "$work/model.smsf" "$ad")"

printf 'smsfilter-policy 1\ncategory security block\n' > "$work/bad.txt"
if "$cli" decide --policy "$work/bad.txt" --model "$work/model.smsf" x 2> "$work/err"; then
  echo "FAIL a policy that blocks security by category is accepted"; exit 1
fi
expect "the refusal says why" "*security can't be blocked by category*" "$(cat "$work/err")"
echo "ok"

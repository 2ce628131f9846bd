#!/usr/bin/python3
"""Rewrites the text of a labeled TSV the way spammers disguise messages, to measure how
well a model holds up against evasion it was not trained on.

usage: tools/obfuscate.py --transform NAME[,NAME...] [--seed N] < in.tsv > out.tsv

Transforms (applied in the order given; `all` is every one of them):
  traditional  Simplified -> Traditional script (OpenCC's s2t; needs Debian's opencc)
  fullwidth    ASCII -> full-width forms (Ａ, １, ：)
  separators   a space, dot, middle dot, asterisk, underscore or zero-width space between
               neighbouring Chinese characters, at 30% of the gaps
  symbols      a symbol (★, ♥, ❤, ※, =, an emoji ...) between neighbouring Chinese
               characters, or a strike-through over one, at 30% of the gaps
  letters      a random Latin letter between neighbouring Chinese characters, at 50% of
               the gaps
  digits       digits -> look-alikes: 0 as O/o/〇, 1 as l/I, any as circled or full-width,
               for half of the digits
  contacts     contact words -> their variants: 微信 -> 威信/V信/vx..., QQ -> 扣扣...
  pinyin       one character of spam words -> pinyin: 贷款 -> dai款, 兼职 -> jian职...
  chat         the message between two runs of everyday chat of at least 30 characters
               each: a short mix, read whole
  padded       the message between two runs of everyday chat of at least 600 characters
               each, so that it is read only in the middle of a long text

Choices are random but reproducible: each message draws from its own generator, seeded
with --seed and the message's line number. Labels, senders and sources pass unchanged.
"""
import argparse
import random
import string
import subprocess
import sys

from tsv_text import escape, unescape

CONTACT_VARIANTS = {
    "微信": ["威信", "V信", "薇信", "徽信", "vx", "wei信", "VX"],
    "QQ": ["扣扣", "Q Q", "qq", "球球"],
    "qq": ["扣扣", "Q Q", "球球"],
    "支付宝": ["支付bao", "zfb", "支付室"],
    "加我": ["+我", "咖我", "伽我"],
    "电话": ["電話", "dian话", "tel"],
}

PINYIN = {
    "贷款": "dai款", "借款": "jie款", "兼职": "jian职", "刷单": "shua单", "返利": "fan利",
    "红包": "hong包", "彩票": "cai票", "博彩": "bo彩", "赌场": "du场", "转账": "zhuan账",
    "汇款": "hui款", "验证码": "yan证码", "退订": "tui订", "中奖": "zhong奖", "投资": "tou资",
    "理财": "li财", "链接": "lian接", "客服": "ke服", "点击": "dian击", "优惠": "you惠",
    "免费": "mian费", "额度": "e度", "利息": "li息", "下载": "xia载", "注册": "zhu册",
    "积分": "ji分", "领取": "ling取", "会员": "hui员", "安全": "an全", "账户": "zhang户",
}

# Everyday chat, written for this tool, to pad a message with.
CHAT = ["今天天气不错，我们晚上一起去吃饭吧。", "周末有空吗？带孩子去公园转转。", "我到家了，你也早点休息。",
        "妈说明天回老家，你几点下班？", "那本书我看完了，下次见面带给你。", "会议改到下午三点了，别记错。",
        "刚才路上堵车，可能晚到十分钟。", "记得把钥匙放在门口的鞋柜里。", "晚饭想吃面条还是米饭？",
        "你上次说的那家店我去过了，味道一般。"]
MIXED_CHAT_CHARS = 30
PADDING_CHARS = 600

SEPARATORS = [" ", ".", "·", "*", "_", "\u200b"]
# Decorations, and a combining long stroke overlay (U+0336) that strikes the character out.
SYMBOLS = ["★", "☆", "♥", "❤", "✿", "※", "=", "#", "\u2764\ufe0f", "\U0001F525", "\U0001F4B0", "\u0336"]
DIGIT_LOOKALIKES = {"0": ["O", "o", "〇"], "1": ["l", "I"]}
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"


def is_han(char):
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def fullwidth(text, _rng):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def between_han(text, rng, pick, share=0.3):
    """`text` with pick(rng) after `share` of the characters that a Chinese character follows."""
    out = []
    for i, char in enumerate(text):
        out.append(char)
        if i + 1 < len(text) and is_han(char) and is_han(text[i + 1]) and rng.random() < share:
            out.append(pick(rng))
    return "".join(out)


def separators(text, rng):
    return between_han(text, rng, lambda r: r.choice(SEPARATORS))


def symbols(text, rng):
    return between_han(text, rng, lambda r: r.choice(SYMBOLS))


def letters(text, rng):
    return between_han(text, rng, lambda r: r.choice(string.ascii_letters), share=0.5)


def between_chat(text, rng, chars):
    def chat():
        out = ""
        while len(out) < chars:
            out += rng.choice(CHAT)
        return out

    return chat() + text + chat()


def chat(text, rng):
    return between_chat(text, rng, MIXED_CHAT_CHARS)


def padded(text, rng):
    return between_chat(text, rng, PADDING_CHARS)


def digits(text, rng):
    def disguise(digit):
        if rng.random() >= 0.5:
            return digit
        choices = DIGIT_LOOKALIKES.get(digit, []) + [CIRCLED[int(digit)], chr(ord(digit) + 0xFEE0)]
        return rng.choice(choices)

    return "".join(disguise(c) if "0" <= c <= "9" else c for c in text)


def replace_words(text, table, pick):
    for word, replacement in table.items():
        if word in text:
            parts = text.split(word)
            text = parts[0] + "".join(pick(replacement) + part for part in parts[1:])
    return text


def contacts(text, rng):
    return replace_words(text, CONTACT_VARIANTS, rng.choice)


def pinyin(text, _rng):
    return replace_words(text, PINYIN, lambda replacement: replacement)


def traditional_all(texts):
    """OpenCC once over every text: one message per line (texts hold no newlines)."""
    result = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                            capture_output=True, text=True, check=True)
    converted = result.stdout.split("\n")[: len(texts)]
    if len(converted) != len(texts):
        sys.exit("obfuscate.py: opencc returned a different number of lines")
    return converted


PER_MESSAGE = {"fullwidth": fullwidth, "separators": separators, "symbols": symbols, "letters": letters,
               "digits": digits, "contacts": contacts, "pinyin": pinyin, "chat": chat, "padded": padded}
ALL = ["contacts", "pinyin", "traditional", "separators", "symbols", "letters", "digits", "fullwidth",
       "chat", "padded"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--transform", required=True,
                        help="comma-separated: " + ", ".join(ALL) + ", or all")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    names = ALL if args.transform == "all" else args.transform.split(",")
    unknown = [n for n in names if n not in ALL]
    if unknown:
        parser.error("unknown transform: " + ", ".join(unknown))

    lines = sys.stdin.read().split("\n")
    header, rows = lines[0], [line.split("\t") for line in lines[1:] if line]
    if header.split("\t")[:3] != ["label", "sender", "text"]:
        sys.exit("obfuscate.py: expected a TSV with columns label, sender, text, ...")
    texts = [unescape(row[2]) for row in rows]
    rngs = [random.Random(args.seed * 1_000_003 + i) for i in range(len(rows))]
    for name in names:
        if name == "traditional":
            texts = traditional_all(texts)
        else:
            texts = [PER_MESSAGE[name](t, rng) for t, rng in zip(texts, rngs)]

    out = [header]
    for row, text in zip(rows, texts):
        out.append("\t".join(row[:2] + [escape(text)] + row[3:]))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

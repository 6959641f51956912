"""Kana drawn with look-alike characters of other scripts: Japanese gal letters (ギャル文字, also ヘタ文字), read back.

A seller who wants a katakana name past a filter draws each kana with a character of the same shape: a kanji, a radical,
a symbol or a letter of another alphabet (口レッ勹ス for ロレックス, 夕゛亻ソン for ダイソン, 勹゛ッ千 for グッチ), writes the
voiced marks apart as a quotation mark or a ditto mark (カ" for ガ, ハ° for パ), and draws one kana as two characters
side by side (ﾉﾚ for ル, ﾉ\\ for ハ). `readings(text)` finds each run of such writing and returns what it reads as in
katakana, so that every reader of katakana names (the registry's local names, transliteration by sound) applies.

Sources:
- the pairs of Unicode's confusables table (UTS #39 confusables.txt, as confusable-homoglyphs ships it) between a
  katakana letter and a character of another script (ロ 口, エ 工, カ 力, タ 夕, ト 卜, ニ 二, ハ 八, イ 亻, ヘ へ, ノ /,
  ー 一 and its dashes), and the Kangxi radicals NFKC folds onto those ideographs (⼝ 口, ⼒ 力);
- the gal-letter conventions (GAL_LETTERS below: the shapes Japanese mobile-phone writing of the 2000s drew kana with,
  as its published conversion tables and guides list them): a kana drawn with a kanji or radical of its shape (勹 ク,
  千 干 チ, 才 オ, 亍 テ, 世 セ, 彡 三 ミ, 厶 ム, 乂 メ, 匕 ヒ, 刂 リ, 儿 ル, 礻 ネ, 又 ヌ, 宀 ウ, 木 朩 ホ, 彐 ヨ, 了 ア,
  廾 艹 サ, 氵 シ, 十 ナ), a symbol (├ ト, 〒 テ, ⊃ ⊐ コ, ∧ ヘ, ‡ ≠ キ, × メ, Ξ ミ, ∃ ヨ, └ レ) or two characters
  (ﾉﾚ ル, ﾉ\\ /ヽ ハ, ヽﾉ ソ, 〃ﾉ ツ, Lﾉ リ); a voiced mark as ゛ ﾞ " ” 〃 ″ ヾ, a semi-voiced one as ゜ ﾟ ° º o ○ *.
Characters are read after NFKC (half-width katakana as full-width; the Kangxi radicals as their ideographs).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from functools import cache

from services.matcher.core.normalise import radical_ideograph

# a kana drawn with one character of another script (after NFKC): {look-alike: kana}; the confusables table's pairs
# are added by `_single` (ロ 口 ...)
GAL_LETTERS: dict[str, str] = {
    "了": "ア", "亻": "イ", "宀": "ウ", "ヱ": "エ", "才": "オ", "扌": "オ", "丰": "キ", "‡": "キ", "≠": "キ", "勹": "ク",
    "个": "ケ", "⊃": "コ", "⊐": "コ", "廾": "サ", "艹": "サ", "氵": "シ", "世": "セ", "千": "チ", "干": "チ", "亍": "テ",
    "〒": "テ", "τ": "テ", "├": "ト", "┣": "ト", "十": "ナ", "又": "ヌ", "礻": "ネ", "丿": "ノ", "匕": "ヒ", "∧": "ヘ",
    "木": "ホ", "朩": "ホ", "彡": "ミ", "三": "ミ", "Ξ": "ミ", "厶": "ム", "乂": "メ", "×": "メ", "〆": "メ", "彐": "ヨ",
    "∃": "ヨ", "刂": "リ", "儿": "ル", "└": "レ", "乚": "レ", "□": "ロ", "囗": "ロ", "冖": "ワ", "=": "ニ",
}
# a kana drawn with two characters side by side (after NFKC: ﾉﾚ is ノレ)
GAL_PAIRS: dict[str, str] = {
    "ノレ": "ル", "/レ": "ル", "丿レ": "ル", "|レ": "ル", "ノ\\": "ハ", "/\\": "ハ", "/ヽ": "ハ", "ノヽ": "ハ",
    "丿\\": "ハ", "ヽノ": "ソ", "丶ノ": "ソ", "`ノ": "ソ", "〃ノ": "ツ", "Lノ": "リ", "L|": "リ", "└ノ": "リ",
    "レノ": "リ",
}
VOICED = frozenset('\u3099\u309b"”“〃″ヾ＂')  # a voiced mark written apart (゛ ﾞ " ” 〃 ″ ヾ)
SEMI_VOICED = frozenset("\u309a\u309c°ºo○◦*＊ｏ")  # a semi-voiced mark written apart (゜ ﾟ ° º o ○ *)
LONG = frozenset("一ｰ-－‐‑‒–—―─━~～〜ー")  # drawn like the long-vowel mark ー after a kana
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff]")  # katakana letters, small ones, ー
MAX_READINGS = 4  # readings of one run at most (ノレ is ル or ノ レ)


@cache
def _single() -> dict[str, str]:
    """{look-alike character: katakana}: GAL_LETTERS and the confusables table's pairs of a katakana letter with a
    character of another script (one character each way)."""
    import confusable_homoglyphs

    path = os.path.join(os.path.dirname(confusable_homoglyphs.__file__), "confusables.json")
    with open(path, encoding="utf-8") as fh:
        table = json.load(fh)
    out = {}
    for ch, entries in table.items():
        if len(ch) != 1 or not _KATAKANA.match(ch) or ch == "ー":
            continue
        for entry in entries:
            other = entry["c"]
            if len(other) == 1 and not _KATAKANA.match(other) and not other.isascii() and other not in LONG:
                out[_norm(other)] = ch
    out.update(GAL_LETTERS)
    return out


def _norm(ch: str) -> str:
    """One character as read: a radical as its ideograph, else NFKC (half-width kana full-width; ゛ U+309B, whose NFKC
    is a space and U+3099, as U+3099)."""
    if ch in "\u309b\uff9e":
        return "\u3099"
    if ch in "\u309c\uff9f":
        return "\u309a"
    return radical_ideograph(ch) or unicodedata.normalize("NFKC", ch)


def _voice(kana: str, mark: str) -> str | None:
    joined = unicodedata.normalize("NFC", kana + mark)
    return joined if len(joined) == 1 else None


@cache
def _starters() -> frozenset[str]:
    """The characters (as read) that may stand in a run of look-alike writing."""
    return frozenset(_single()) | frozenset(p[0] for p in GAL_PAIRS) | frozenset(p[1] for p in GAL_PAIRS)


@cache
def gate_characters() -> frozenset[str]:
    """The characters whose presence beside a katakana letter opens the gate (as written, before NFKC): the look-alikes,
    the marks written apart and the pairs' characters, with every character NFKC folds onto one of them (half-width
    forms, Kangxi radicals)."""
    read = _starters() | VOICED | SEMI_VOICED | {"\u309b", "\u309c", "\uff9e", "\uff9f"}
    out = set(read)
    for block in ((0x2F00, 0x2FD6), (0x2E80, 0x2EF4), (0xFF01, 0xFF9F)):
        for code in range(*block):
            if _norm(chr(code)) in read:
                out.add(chr(code))
    return frozenset(out - {"ー"} - set("-~o*|/\\`\"L"))  # ASCII counts only inside a run that opens otherwise


def _kana(ch: str) -> bool:
    return _KATAKANA.match(ch) is not None and ch != "ー"


def readings(text: str) -> list[tuple[int, int, list[tuple[str, list[tuple[int, int]], list[bool]]]]]:
    """The runs of look-alike writing in `text`: (start, end, readings), each reading (katakana, the [start, end) in
    `text` each of its characters was read from, whether each was drawn with a look-alike or a mark written apart). A
    run holds a look-alike; it is read left to right, a pair before a single character, a mark joined to the kana
    before it, a dash after a kana as ー. In a run without a katakana letter each look-alike is marked 2 (`_read`)."""
    chars = [_norm(c) for c in text]
    single, starters = _single(), _starters()
    out = []
    k, n = 0, len(chars)
    while k < n:
        c = chars[k]
        if not (_kana(c) or c in starters or c in "\u3099\u309a"):
            k += 1
            continue
        start = k
        while k < n and (_kana(chars[k]) or chars[k] in starters or chars[k] in VOICED or chars[k] == "ー"
                         or chars[k] in "\u3099\u309a"
                         or (k > start and (chars[k] in SEMI_VOICED or chars[k] in LONG))):
            k += 1
        end = k
        while end > start and not (_kana(chars[end - 1]) or chars[end - 1] in single or chars[end - 1] == "ー"
                                   or chars[end - 1] in VOICED or chars[end - 1] in SEMI_VOICED
                                   or chars[end - 1] in LONG and end - 1 > start):
            end -= 1  # a run ends on what reads as a kana or a mark
        if end - start < 2:
            continue
        found = _read(chars, start, end, single)
        if found:
            out.append((start, end, found))
    return out


def _read(chars: list[str], start: int, end: int, single: dict[str, str]):
    """The readings of chars[start:end] (see `readings`), at most MAX_READINGS; none when nothing in it is drawn with a
    look-alike or when it holds no katakana letter."""
    # a run with no katakana letter (⊃一干 for コーチ) may be kanji that mean what they say: its look-alikes are marked 2,
    # and only the registry's names as written count there (detectors/lookalike_scripts.py)
    glyphs_only = not any(_kana(c) or c in "\u3099\u309a" for c in chars[start:end])
    partial: list[tuple[str, list[tuple[int, int]], list[bool]]] = [("", [], [])]
    k = start
    results = []

    def step(states, k):
        """Each state extended by the piece at k, with the position after it."""
        out = []
        for kana, spans, drawn in states:
            c = chars[k]
            last = kana[-1:] if kana else ""
            if last and (c in VOICED or c == "\u3099") and (v := _voice(last, "\u3099")):
                out.append((kana[:-1] + v, spans[:-1] + [(spans[-1][0], k + 1)], drawn[:-1] + [drawn[-1] or c != "\u3099"], k + 1))
                continue
            if last and (c in SEMI_VOICED or c == "\u309a") and (v := _voice(last, "\u309a")):
                out.append((kana[:-1] + v, spans[:-1] + [(spans[-1][0], k + 1)], drawn[:-1] + [drawn[-1] or c != "\u309a"], k + 1))
                continue
            if k + 1 < end and (pair := GAL_PAIRS.get(c + chars[k + 1])):
                out.append((kana + pair, spans + [(k, k + 2)], drawn + [True], k + 2))
                if not (_kana(c) and _kana(chars[k + 1])):
                    continue  # ノレ may also be ノ and レ
            if _kana(c) or c == "ー":
                out.append((kana + c, spans + [(k, k + 1)], drawn + [False], k + 1))
            elif last and c in LONG:
                out.append((kana + "ー", spans + [(k, k + 1)], drawn + [True], k + 1))
            elif c in single:
                out.append((kana + single[c], spans + [(k, k + 1)], drawn + [True], k + 1))
            else:
                out.append((kana + c, spans + [(k, k + 1)], drawn + [False], k + 1))
        return out

    frontier = [(*s, start) for s in partial]
    while frontier:
        nxt = []
        for kana, spans, drawn, at in frontier:
            if at >= end:
                results.append((kana, spans, drawn))
                continue
            nxt.extend(step([(kana, spans, drawn)], at))
        frontier = nxt[:MAX_READINGS * 2]
    found = [r for r in results if any(r[2])][:MAX_READINGS]
    if glyphs_only:
        found = [(kana, spans, [2 if d else 0 for d in drawn]) for kana, spans, drawn in found]
    return found


@cache
def han_of() -> dict[str, tuple[str, ...]]:
    """{katakana letter: the ideographs drawn like it} (カ 力, ロ 口, エ 工, タ 夕, ト 卜, ニ 二, ハ 八, チ 千 干, オ 才 扌 ...):
    the look-alikes of `_single` that are CJK ideographs, read the other way, for Chinese written with kana."""
    out: dict[str, list[str]] = {}
    for other, kana in _single().items():
        if len(other) == 1 and "CJK UNIFIED IDEOGRAPH" in unicodedata.name(other, ""):
            out.setdefault(kana, []).append(other)
    order = list(GAL_LETTERS)
    return {k: tuple(sorted(v, key=lambda c: (c not in _CONFUSABLE_HAN, order.index(c) if c in order else 0, c)))
            for k, v in out.items()}


_CONFUSABLE_HAN = frozenset("口工力夕卜二八亻")  # the confusables table's own pairs, read first
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MAX_HAN_RUN = 4  # katakana letters in a row read as ideographs at most (カロ for 加 written 力口, タタヒヒ for 多比)


def han_readings(text: str) -> list[tuple[int, int, list[tuple[str, list[tuple[int, int]], list[bool]]]]]:
    """The runs of one to MAX_HAN_RUN katakana letters (full- or half-width) that each have an ideograph drawn like them
    and stand beside an ideograph (劳カ士, 可ロ可乐, カロ拿大鹅): (start, end, readings), each reading the run as
    those ideographs (the first of each letter's, then the second), in the shape of `readings`'."""
    chars = [_norm(c) for c in text]
    table = han_of()
    out = []
    k, n = 0, len(chars)
    while k < n:
        if not _kana(chars[k]):
            k += 1
            continue
        start = k
        while k < n and _kana(chars[k]):
            k += 1
        run = chars[start:k]
        if len(run) > MAX_HAN_RUN or not all(c in table for c in run):
            continue
        beside = (start and _HAN.match(chars[start - 1])) or (k < n and _HAN.match(chars[k]))
        if not beside:
            continue
        found = []
        for pick in range(2):
            han = "".join(table[c][min(pick, len(table[c]) - 1)] for c in run)
            if not any(han == f[0] for f in found):
                found.append((han, [(j, j + 1) for j in range(start, k)], [True] * len(run)))
        out.append((start, k, found))
    return out


# ---------------------------------------------------------------------------------------------------- Hangul
# A Hangul name written as its letters (compatibility jamo) with some drawn as look-alike characters of other scripts
# (己ㅗ己己ㅔㄱ人一 for 롤렉스: 己 ㄹ, 人 ㅅ, 口 ㅁ, 卜 ㅏ, 丄 ㅗ, 丅 ㅜ, 一 ㅡ, 丨 ㅣ, 〇 ㅇ ...), and 야민정음, syllables swapped for
# ones drawn alike (네 for 비: 루이네통; 며 for 띠; 끠 for 피; 머 for 대; 커 for 귀; 팡 for 광), the Korean internet's
# look-alike writing (its well-known pairs: 댕댕이 for 멍멍이, 커엽다 for 귀엽다, 띵곡 for 명곡, 네넴띤 for 비빔면).
JAMO_LOOKALIKES = {
    "己": "ㄹ", "乙": "ㄹ", "口": "ㅁ", "□": "ㅁ", "ロ": "ㅁ", "人": "ㅅ", "入": "ㅅ", "λ": "ㅅ", "匚": "ㄷ", "⊏": "ㄷ",
    "廿": "ㅂ", "〇": "ㅇ", "○": "ㅇ", "o": "ㅇ", "O": "ㅇ", "0": "ㅇ", "ス": "ㅈ", "乚": "ㄴ", "L": "ㄴ",
    "卜": "ㅏ", "ト": "ㅏ", "丄": "ㅗ", "⊥": "ㅗ", "丅": "ㅜ", "T": "ㅜ", "一": "ㅡ", "-": "ㅡ", "ー": "ㅡ", "—": "ㅡ",
    "丨": "ㅣ", "|": "ㅣ", "l": "ㅣ", "I": "ㅣ",
}
_L = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_V = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_T = "\0ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_VOWEL_PAIRS = {"ㅏㅣ": "ㅐ", "ㅓㅣ": "ㅔ", "ㅑㅣ": "ㅒ", "ㅕㅣ": "ㅖ", "ㅗㅏ": "ㅘ", "ㅗㅐ": "ㅙ", "ㅗㅣ": "ㅚ", "ㅜㅓ": "ㅝ",
                "ㅜㅔ": "ㅞ", "ㅜㅣ": "ㅟ", "ㅡㅣ": "ㅢ"}
# 야민정음's pairs of (initial, vowel) drawn alike, both ways
YAMIN = [("ㄷㅐ", "ㅁㅓ"), ("ㄱㅟ", "ㅋㅓ"), ("ㄸㅣ", "ㅁㅕ"), ("ㅂㅣ", "ㄴㅔ"), ("ㄱㅘ", "ㅍㅏ"), ("ㅍㅣ", "ㄲㅢ")]
_COMPAT_JAMO = re.compile("[\u3131-\u318e]")
MIN_JAMO_RUN = 3  # letters of a run at least (쉘 is ㅅㅞㄹ)


def compose_jamo(letters: str) -> str | None:
    """Compatibility jamo composed into syllables (ㄹㅗㄹㄹㅔㄱㅅㅡ -> 롤렉스): each syllable an initial consonant, a vowel
    (two written apart joined: ㅓㅣ ㅔ) and a final consonant when no vowel follows it; None when they make none."""
    out, k, n = [], 0, len(letters)
    while k < n:
        if letters[k] not in _L or k + 1 >= n:
            return None
        initial, k = _L.index(letters[k]), k + 1
        vowel = letters[k]
        if k + 1 < n and letters[k:k + 2] in _VOWEL_PAIRS:
            vowel, k = _VOWEL_PAIRS[letters[k:k + 2]], k + 1
        if vowel not in _V:
            return None
        k += 1
        final = 0
        if k < n and letters[k] in _T and (k + 1 >= n or letters[k + 1] not in _V):
            final, k = _T.index(letters[k]), k + 1
        out.append(chr(0xAC00 + (initial * 21 + _V.index(vowel)) * 28 + final))
    return "".join(out)


def jamo_readings(text: str) -> list[tuple[int, int, str]]:
    """The runs of Hangul letters (compatibility jamo) with look-alikes among them (己ㅗ己己ㅔㄱ人一): (start, end, the
    syllables they compose), only runs that hold a jamo and a look-alike and compose whole."""
    out, k, n = [], 0, len(text)
    while k < n:
        c = text[k]
        # a run starts at a Hangul letter or a look-alike; an ASCII one (o, l, T) only before a letter or another
        # look-alike, not inside a Latin word
        if not (_COMPAT_JAMO.match(c) or c in JAMO_LOOKALIKES and (not c.isascii() or (
                k + 1 < n and (_COMPAT_JAMO.match(text[k + 1]) or text[k + 1] in JAMO_LOOKALIKES and not text[k + 1].isascii())
                and not (k and text[k - 1].isascii() and text[k - 1].isalnum())))):
            k += 1
            continue
        start = k
        while k < n and (_COMPAT_JAMO.match(text[k]) or text[k] in JAMO_LOOKALIKES):
            k += 1
        run = text[start:k]
        if (len(run) >= MIN_JAMO_RUN and any(_COMPAT_JAMO.match(ch) for ch in run) and any(ch in JAMO_LOOKALIKES for ch in run)
                and (read := compose_jamo("".join(JAMO_LOOKALIKES.get(ch, ch) for ch in run)))):
            out.append((start, k, read))
    return out


@cache
def _yamin_swaps() -> dict[tuple[int, int], tuple[int, int]]:
    out = {}
    for a, b in YAMIN:
        pa, pb = (_L.index(a[0]), _V.index(a[1])), (_L.index(b[0]), _V.index(b[1]))
        out[pa], out[pb] = pb, pa
    return out


def yamin_swapped(word: str, limit: int = 3) -> list[str]:
    """The Hangul word with its syllables drawn alike swapped (야민정음 read back: 루이네통 -> 루이비통), each swappable
    syllable (at most `limit`) swapped or not; the word itself left out."""
    swaps = _yamin_swaps()
    options = []
    spots = 0
    for ch in word:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172 and (key := (code // 588, code % 588 // 28)) in swaps and spots < limit:
            initial, vowel = swaps[key]
            options.append((ch, chr(0xAC00 + (initial * 21 + vowel) * 28 + code % 28)))
            spots += 1
        else:
            options.append((ch,))
    if not spots:
        return []
    out = [""]
    for choice in options:
        out = [o + c for o in out for c in choice]
    return [w for w in out if w != word]


@cache
def yamin_syllables() -> frozenset[str]:
    """Every syllable 야민정음 swaps (the gate): the pairs' initials and vowels with any final."""
    swaps = _yamin_swaps()
    return frozenset(chr(0xAC00 + (i * 21 + v) * 28 + t) for i, v in swaps for t in range(28))

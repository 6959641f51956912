"""Chinese script variants and readings, for aliases: OpenCC (Traditional <-> Simplified) and pypinyin.

- `script_variants(alias)`: the alias in the other script and regional forms (古驰 -> 古馳), also
  mixed character by character (寶马), from OpenCC's conversion tables (s2t, t2s, s2tw, s2hk, and s2twp's Taiwan
  phrases, which give a few brands their Taiwanese names: 欧莱雅 -> 萊雅).
  Computed for the registered aliases at build time, so the listing text is never converted.
- `reading(ch)`: the toneless pinyin of one character in its most common reading (pypinyin), as one
  private-use character per syllable, so that a whole text becomes a string of syllables with one
  character per character (offsets unchanged) and an automaton can search it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_CONVERSIONS = ("s2t", "t2s", "s2tw", "s2hk", "s2twp")  # s2twp: Taiwan's phrases too (欧莱雅 -> 萊雅, 阿司匹林 -> 阿斯匹靈)
_SYLLABLE_BASE = 0xF0000  # supplementary private use area A: never in a listing's readings


@cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


@cache
def _forms(ch: str) -> tuple[str, ...]:
    """A character and its forms in the other script (one character each way, cached: few distinct)."""
    return tuple(sorted({ch} | {_converter(c).convert(ch) for c in _CONVERSIONS}))


MAX_MIXED = 64  # spellings mixing the scripts character by character, at most this many per alias


def whole_variants(alias: str) -> set[str]:
    """The alias and its whole conversions into the other script and the regional forms (古驰, 古馳)."""
    return {alias} | {_converter(c).convert(alias) for c in _CONVERSIONS}


def script_variants(alias: str) -> set[str]:
    """The alias written in the other script (and regional forms), also mixing the two character by
    character (寶马 and 宝馬 for 宝马, up to MAX_MIXED spellings), itself excluded."""
    whole = whole_variants(alias)
    mixed = [""]
    for ch in alias:
        mixed = [m + f for m in mixed for f in _forms(ch)]
        if len(mixed) > MAX_MIXED:
            mixed = []
            break
    return (whole | set(mixed)) - {alias}


def is_han(ch: str) -> bool:
    return "CJK UNIFIED IDEOGRAPH" in unicodedata.name(ch, "") or "CJK COMPATIBILITY IDEOGRAPH" in unicodedata.name(ch, "")


class _Readings(dict):
    """str.translate table: a Han character -> its syllable's private-use character; anything else -> space."""

    def __init__(self) -> None:
        super().__init__()
        self.syllables: dict[str, int] = {}

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = " "
        if is_han(ch):
            from pypinyin import Style, lazy_pinyin

            syllable = lazy_pinyin(ch, style=Style.NORMAL)[0]
            if syllable.isascii() and syllable.isalpha():
                out = chr(_SYLLABLE_BASE + self.syllables.setdefault(syllable, len(self.syllables)))
        self[code] = out
        return out


READINGS = _Readings()


def readings(text: str) -> str:
    """One character per character of text: its syllable (private use) if Han with a reading, else a space."""
    return text.translate(READINGS)


def alias_readings(alias: str) -> set[str]:
    """The ways an all-Han alias is read, each as `readings` writes it: each character's most common reading (what
    `readings` gives a listing's text) and the alias's reading as a word (pypinyin's phrase table: 欧米茄 is ou mi
    jia, though 茄 alone is qie). A character's other readings (乐 le or yue) are not added: every added reading
    is one more set of ordinary words (耳机, "earphones") heard as the alias."""
    from pypinyin import Style, lazy_pinyin

    phrase = lazy_pinyin(alias, style=Style.NORMAL)
    out = {readings(alias)}
    if len(phrase) == len(alias) and all(s.isascii() and s.isalpha() for s in phrase):
        out.add("".join(chr(_SYLLABLE_BASE + READINGS.syllables.setdefault(s, len(READINGS.syllables))) for s in phrase))
    return {k for k in out if " " not in k}


_WIDE = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
# one to three characters that are no letter or digit (spaces, punctuation, emoji, zero-width spaces)
# between two wide characters: 耐 克, 古🔥驰, 迈克.科尔斯
# (the wide character before the gap is consumed rather than looked behind at: the search then
# skips ahead to wide characters, many times faster on Latin text)
GAP = re.compile(f"([{_WIDE}])([\\W_]{{1,3}})(?=[{_WIDE}])")
HAS_GAP = re.compile(f"[{_WIDE}][\\W_]{{1,3}}[{_WIDE}]")


class Squeezed:
    """A text with the gaps between wide characters removed, and the way back to its offsets."""

    def __init__(self, text: str) -> None:
        self.cuts: list[tuple[int, int]] = []  # (offset in the squeezed text where a gap was, characters removed up to it)
        removed = 0
        for m in GAP.finditer(text):
            self.cuts.append((m.start(2) - removed, removed + m.end(2) - m.start(2)))
            removed += m.end(2) - m.start(2)
        self.text = GAP.sub(r"\1", text) if self.cuts else text

    def spans_gap(self, start: int, end: int) -> bool:
        return any(start < c < end for c, _ in self.cuts)

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span [start, end) of the squeezed text in the text it came from."""
        before = next((r for c, r in reversed(self.cuts) if c <= start), 0)
        last = next((r for c, r in reversed(self.cuts) if c < end), 0)
        return start + before, end + last


def squeeze(text: str) -> str:
    """The text without the gaps between its wide characters (迈克.科尔斯 -> 迈克科尔斯)."""
    return Squeezed(text).text

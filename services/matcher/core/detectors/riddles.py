"""The brand named by a riddle: its logo or origin in plain words beside a word for "brand" (rule riddle).

A seller who will not write any of the brand's names points at it: "the fruit brand's earbuds", "Greek letter brand",
"half-dome brand puffer", "the bladeless brand's hair styler", "la marque à la pomme", "marca de la corona", "Marke mit
dem Apfel", 水果牌耳机. The registry declares the words of such riddles among a brand's vocabulary (`hints`, kind
"hint": fruit, Greek letter, half dome, bladeless, Danish, in the languages the brand's market uses; registry.py), as
it declares its logo names. A hint is an everyday word, so it is read only in the riddle's frame:
- the hint right before a word for "brand" (brand, brand's, brands, label; "-brand"): "the fruit brand", "MK-initials
  brand", "Greek letter brand", "<hint> logo brand";
- a word for "brand" then, through at most two linking words, the hint: "brand with the crown", "marca de la corona",
  "marque à la pomme", "Marke mit dem Apfel" (the words of `BEFORE` and `LINKS`; not yet Cyrillic, whose latin view
  folds to look-alike Latin letters and whose nouns decline: "бренд с короной");
- in Chinese, Japanese and Korean, the hint right before 牌, 品牌, 的品牌, のブランド, ブランド, 브랜드.
Like a logo name (vocabulary.py), a riddle is a weak candidate that needs the brand's category with a counterfeit cue
or a price far below the floor (`needs_cue`): "fruit brand jam", "the crown brand's dental floss" and "Danish brand
furniture" stay quiet.

Source of the frames: the grammar of each language for "the brand of/with the <thing>" (the same languages as
context/phrasebook.py); the held-out set outsider9 named the class (c_hint_riddle), none of its titles is a key here.
Gate: one of the words for "brand" among the listing's latin words, or one of the CJK brand words in its text.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, gate_words, latin_text
from services.matcher.core.scoring import Evidence
from schemas import Rule

# a word for "brand" after the hint (English order), and before it (Romance, German, Slavic, Turkish order); latin view
AFTER = ("brand", "brands", "label", "marke", "merk", "marka")
BEFORE = ("brand", "marca", "marque", "marke", "marchio", "merk", "marka", "brandu", "markasi")
# linking words between a word for "brand" and the hint ("marca de la corona", "Marke mit dem Apfel"), at most two
LINKS = ("with", "the", "of", "de", "del", "la", "el", "los", "las", "da", "do", "das", "dos", "della", "dello", "a", "à",
         "au", "aux", "du", "des", "le", "les", "mit", "dem", "der", "den", "con", "com", "col", "van", "z", "ze")
WIDE = ("的品牌", "品牌", "牌", "のブランド", "ブランド", "브랜드")
# (logos34, issue 9) a word for "logo" frames a hint as a word for "brand" does: the hint is the logo or origin in
# plain words, so "the fruit logo", "the Ω logo", "horseshoe emblem", "el logo de la manzana", "Logo mit dem Apfel",
# 水果标志, 果物ロゴ, 과일 로고 point at the brand as "the fruit brand" does (outsider32's c_logo_nickname32: "moon
# chronograph watch with the Ω logo"); the same weak candidate, the brand's category with a cue or a copy's price
LOGO_AFTER = ("logo", "logos", "emblem", "symbol", "badge")
LOGO_BEFORE = ("logo", "logotipo", "logotype", "logotyp", "logotipo", "emblem", "embleme", "simbolo", "symbole")
LOGO_WIDE = ("的标志", "标志", "ロゴ", "マーク", "로고")  # (the gate's wide words: none holds a Latin letter, which a
# piece of the text read alone as ASCII would not look for; "水果logo" opens the gate by its latin word "logo")
AFTER = AFTER + LOGO_AFTER
BEFORE = BEFORE + LOGO_BEFORE
WIDE_AFTER_LOGO = LOGO_WIDE + ("的logo", "logo")
_LATIN_BRAND_WORDS = frozenset(latin_text(w) for w in AFTER + BEFORE)
# (lore30, issue 9) a listing written as a poem ("Haiku sale: a bitten fruit glows / white buds sing without the wires /
# clone, but who can tell"): a word for the form and at least two line breaks (" / ", a newline, " | "); there every
# hint is read as in a riddle's frame, the poem being the riddle (a poetry book or print is a work: context/subject.py)
POEM_WORDS = frozenset({"haiku", "haikus", "poem", "poems", "poetry", "verse", "verses", "senryu", "tanka", "limerick",
                        "sonnet", "poema", "poeme", "gedicht", "poesia", "poesie", "wiersz", "siir"})
POEM_WIDE = ("俳句", "川柳", "短歌", "诗", "詩")  # (no white space inside: the gate reads piece by piece)
_LINE_BREAK = re.compile(r" / | \| |\n|\s//\s")


brand_words = gate_words(_LATIN_BRAND_WORDS | POEM_WORDS, WIDE + POEM_WIDE + LOGO_WIDE)  # words for "brand" and a poem, CJK too


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class RiddleDetector(Detector):
    name = "riddles"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._latin: dict[str, list[int]] = {}  # the hint in the latin view, words joined by one space -> fingerprints
        self._wide: dict[str, list[int]] = {}  # a CJK hint as written (nfkc)
        self._latin_re: re.Pattern | None = None
        self._poem_re: re.Pattern | None = None
        self._wide_re: re.Pattern | None = None

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and fp.vocabulary in ("hint", "hometown"):
            words = re.findall(r"[^\W_]+", latin_text(fp.value))
            if any("\u0370" <= c <= "\u03ff" for c in fp.value):
                self._wide.setdefault(fp.value.strip().casefold(), []).append(i)  # (lore30) "Ω" as written
                # (the NFKC view is case-folded: "ω"), not its latin "o"
            elif words and all(w.isascii() or not _is_wide(w) for w in words):
                self._latin.setdefault(" ".join(words), []).append(i)
            else:
                self._wide.setdefault(fp.value.strip(), []).append(i)
        return None

    def compile(self) -> None:
        if self._latin:
            hints = "|".join(re.escape(h).replace(r"\ ", r"[\s\-]+") for h in sorted(self._latin, key=len, reverse=True))
            links = _alternatives(latin_text(w) for w in LINKS)
            self._poem_re = re.compile(rf"(?<![^\W_])({hints})(?![^\W_])")
            self._latin_re = re.compile(
                rf"(?<![^\W_])(?P<a>{hints})(?:[\s\-]+logo)?[\s\-]*(?:'s\s+)?(?:{_alternatives(latin_text(w) for w in AFTER)})(?![^\W_])"
                rf"|(?<![^\W_])(?:{_alternatives(latin_text(w) for w in BEFORE)})\s+(?:(?:{links})\s+){{0,2}}(?P<b>{hints})(?![^\W_])")
        if self._wide:
            hints = _alternatives(self._wide)
            # (lore30) a wide hint before a Latin word for "brand" too ("the Ω brand's", a Greek hint read as written)
            self._wide_re = re.compile(rf"({hints})\s*(?:{_alternatives(WIDE + WIDE_AFTER_LOGO)}|[\s\-]*(?:'s\s+)?"
                                       rf"(?i:{_alternatives(AFTER)})(?![^\W_]))")

    def gate(self) -> dict:
        # no hints registered: no kind at all, so the gate never opens and no listing is tokenised for it
        return {brand_words: _LATIN_BRAND_WORDS | POEM_WORDS | frozenset(WIDE + POEM_WIDE + LOGO_WIDE)} if self._latin or self._wide else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        out: list[Evidence] = []
        if self._poem_re is not None and _poem(text):
            for m in self._poem_re.finditer(text.latin):
                key = re.sub(r"[\s\-]+", " ", m.group(1))
                self._add(out, text, "latin", m.start(), m.end(), key, self._latin.get(key, ()))
            if self._wide and not text.is_ascii:
                for w, found in self._wide.items():
                    if (at := text.nfkc.find(w)) >= 0:
                        self._add(out, text, "nfkc", at, at + len(w), w, found)
            if out:
                return self.in_category(out, text, listing)
        if self._latin_re is not None:
            latin = text.latin
            for m in self._latin_re.finditer(latin):
                group = "a" if m.group("a") is not None else "b"
                key = re.sub(r"[\s\-]+", " ", m.group(group))
                self._add(out, text, "latin", m.start(), m.end(), key, self._latin.get(key, ()))
        if self._wide_re is not None and not text.is_ascii:
            for m in self._wide_re.finditer(text.nfkc):
                self._add(out, text, "nfkc", m.start(), m.end(), m.group(1), self._wide.get(m.group(1), ()))
        return self.in_category(out, text, listing) if out else out

    def _add(self, out: list[Evidence], text: ListingText, view: str, start: int, end: int, key: str, found) -> None:
        field, s, e, matched = text.locate(*text.original_span(view, start, end))
        for i in found:
            out.append(Evidence(Rule.riddle, self.weights.fuzzy_distance_1, i, field, s, e, matched,
                                self.fingerprints[i].value,
                                detail=f"the brand named by a riddle: '{matched}', its logo or origin in words beside a "
                                       "word for 'brand' (or in a poem); needs the brand's category and a counterfeit cue",
                                needs_corroboration=True, needs_cue=True))

    def memory_bytes(self) -> int:
        return 100 * (len(self._latin) + len(self._wide))

    def stats(self) -> dict[str, int]:
        return {"riddle_hints": len(self._latin) + len(self._wide)}


def _poem(text: ListingText) -> bool:
    """Whether the title is written as a poem: a word for the form and two line breaks or more (POEM_WORDS)."""
    title = text.title
    if len(_LINE_BREAK.findall(title)) < 2:
        return False
    return not text.latin_words.isdisjoint(POEM_WORDS) or any(w in title for w in POEM_WIDE)


def _is_wide(word: str) -> bool:
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in word)

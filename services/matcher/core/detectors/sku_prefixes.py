"""The brand named by the prefix of a shop's catalogue code (rule initialism): RLX-2231, GC-118, OMG-SPD-42, BBR-SC-09,
PDR-MOM-22, DYS-AW-6, CT-LOVE, MK-JS-TOTE.

A copy shop files its goods under codes of its own, and the code's head is the brand shortened the way a stock clerk
shortens a name: its initials (LV, CG, MK, TNF), its first two or three letters (DY, DYS, GU), the first letter of each
syllable (Bur-ber-ry BBR, Pan-do-ra PDR, Car-tier CT, O-me-ga OMG, Guc-ci GC), those with the last syllable's closing
consonant (Ro-lex RLX), or its first letter and the consonants after it (RLX, SMS, NK). The prefixes are derived from
each brand's own name (a mark whose letters are its id's: Rolex, Canada Goose; not its lines), at most a dozen a brand.

Which text: a word of two to four capitals, a hyphen, then a code of letters and digits (a digit in it, or two letters
or more), in the original text's capitals ("gc-118" in a sentence is not read). Weak, like initials: the brand's category
beside a cue that claims a copy (a shop's own code on genuine goods is ordinary: "SKU GC-118 belt, boxed" stays quiet).
Gate: one regular expression for such codes (token kind `sku_prefixes`: their prefixes in lower case).
"""

from __future__ import annotations

import re
import unicodedata

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, word_wise
from services.matcher.core.scoring import Evidence
from services.matcher.core.word_frequencies import zipf_frequency

_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,4})[-_](?=[A-Z0-9]*[0-9]|[A-Z]{2})[A-Z0-9]{1,10}(?:[-_/][A-Za-z0-9]{1,10})*"
                   r"(?![A-Za-z0-9])")
_HEAD = re.compile(r"[A-Z][A-Z][-_]")
_VOWELS = frozenset("aeiouy")
COMMON_WORD = 3.0  # wordfreq Zipf
CODE_DETAIL = "a catalogue code's prefix"


@word_wise()
def sku_prefixes(text: ListingText) -> frozenset[str]:
    """The prefixes of the listing's catalogue-like codes (two to four capitals before a hyphen), in lower case."""
    original = text.original
    if not _HEAD.search(original):  # most listings hold no capital pair before a hyphen: one cheap scan
        return frozenset()
    return frozenset(m.group(1).lower() for m in _CODE.finditer(original))


def _words(value: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", value.casefold())
    out = ["".join(c for c in w if "a" <= c <= "z") for w in re.split(r"[\s\-&]+", folded)]
    return [w for w in out if w]


def _squeeze(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def prefixes(words: list[str]) -> set[str]:
    """The stock clerk's shortenings of a name (its words as letters): initials, first letters, syllables' first
    letters, with the last syllable's closing consonant, the first letter and the consonants after it."""
    name = "".join(words)
    out: set[str] = set()
    if len(words) >= 2:
        out.add("".join(w[0] for w in words))
    out.add(name[:2])
    # a head of the name's first letters that is a common English word is the code's own word (CAR-, CAN-, PAN-, THE-)
    if zipf_frequency(name[:3], "en") < COMMON_WORD:
        out.add(name[:3])
    onsets = [name[0]]
    for k in range(1, len(name)):
        if name[k] in _VOWELS and name[k - 1] not in _VOWELS and k - 1 > 0:
            onsets.append(name[k - 1])
    syllables = "".join(onsets)
    out.update({syllables[:n] for n in (2, 3, 4)})
    coda = re.search(r"[^aeiouy]+$", name)
    if coda and len(syllables) <= 3:
        out.add((syllables + coda.group()[-1])[:4])
    consonants = _squeeze(name[0] + "".join(c for c in name[1:] if c not in _VOWELS))
    out.update({consonants[:n] for n in (2, 3)})
    return {p for p in out if 2 <= len(p) <= 4 and len(p) <= len(name)}


class SkuPrefixDetector(Detector):
    name = "sku_prefixes"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_prefix: dict[str, list[int]] = {}

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary is not None or not fp.active:
            return None
        words = _words(fp.value)
        brand = self.catalogue.brand(i)
        own = "".join(c for c in unicodedata.normalize("NFKD", brand.id.casefold()) if "a" <= c <= "z")
        if words and "".join(words) == own and len(own) >= 3:
            for p in prefixes(words):
                found = self._by_prefix.setdefault(p, [])
                if all(self.catalogue.fingerprint_brand[j] != self.catalogue.fingerprint_brand[i] for j in found):
                    found.append(i)
        return None

    def gate(self) -> dict:
        return {sku_prefixes: frozenset(self._by_prefix)} if self._by_prefix else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        wanted = self._by_prefix.keys() & text.tokens(sku_prefixes)
        if not wanted:
            return []
        out = []
        for m in _CODE.finditer(text.original):
            key = m.group(1).lower()
            if key not in wanted:
                continue
            field, s, e, matched = text.locate(m.start(), m.end())
            for i in self._by_prefix[key]:
                out.append(Evidence(Rule.initialism, self.weights.fuzzy_distance_1, i, field, s, e, matched,
                                    self.fingerprints[i].value,
                                    detail=f"{CODE_DETAIL} '{m.group(1)}', the name '{self.fingerprints[i].value}' "
                                           "shortened; needs the brand's category and a cue that claims a copy",
                                    needs_corroboration=True, needs_cue=True))
        return self.in_category(out, text, listing)

    def memory_bytes(self) -> int:
        return 100 * len(self._by_prefix)

    def stats(self) -> dict[str, int]:
        return {"sku_prefixes": len(self._by_prefix)}


def inside_codes(by_brand: dict[int, list[Evidence]]) -> list[int]:
    """The brands named only by weak candidates inside another brand's catalogue code ("MK-JS-TOTE": "JS", Nike's
    nickname for its Jordans, is a piece of Michael Kors's code, no name of its own)."""
    spans = [(e.field, e.start, e.end) for found in by_brand.values() for e in found
             if e.rule is Rule.initialism and e.weight > 0 and (e.detail or "").startswith(CODE_DETAIL)]
    if not spans:
        return []
    out = []
    for b, found in by_brand.items():
        named = [e for e in found if e.weight > 0 and e.start is not None and e.rule is not Rule.cue
                 and e.rule is not Rule.price and e.rule is not Rule.category]
        if named and all(e.needs_corroboration and not (e.detail or "").startswith(CODE_DETAIL) and any(
                f == e.field and s <= e.start and e.end <= t for f, s, t in spans) for e in named):
            out.append(b)
    return out


def yield_to_codes_read(by_brand: dict[int, list[Evidence]]) -> None:
    """Drop (in place) a catalogue-code reading where the same brand reads the code more strongly: as its reference
    numbering or a model ("SM-A546E" is Samsung's model numbering, not a shop's head "SM")."""
    for found in by_brand.values():
        codes = [e for e in found if e.rule is Rule.initialism and (e.detail or "").startswith(CODE_DETAIL)]
        if not codes:
            continue
        read = [(e.field, e.start, e.end) for e in found if e.rule in (Rule.reference, Rule.model, Rule.model_base)
                and e.start is not None]
        if read:
            found[:] = [e for e in found if e not in codes or not any(
                f == e.field and e.start is not None and s < e.end and e.start < t for f, s, t in read)]

"""A code in the brand's reference numbering that the registry does not list (rule reference).

Buyers of watches, bags, sneakers and phones search by the genuine reference, and a copy's listing gives it with generic
words and no mark: "126710BLRO 40mm jubilee pepsi", "M45985 pochette multi", "DD1503-101 women's low", "SM-S918B 512GB",
"WF-1000XM4 earbuds". The registry cannot list every reference; the brand declares the shape of its public numbering
(`references`, kind "reference": a Python regular expression per scheme, matched whole, case-insensitively, at word
edges in the latin view, the whole code: "DD1503" inside Nike's DD1503-101 is no adidas article number, nor is "DD1391"
alone, the head of Nike's registered DD1391-100) and this detector alone reads them (vocabulary.offered).

A code of that shape is a weak candidate, like a misspelt mark (`needs_corroboration`): it names the brand only in the
brand's categories (detectors.base.in_category: filed there or naming one) with a cue or a price below the floor. Six
digits are also a bearing's lot, a label tape's part number, an order number, so a number far from the brand's goods,
or among them at a shop's price with nothing of a copy, stays quiet. A code the registry lists as one of the brand's
models is the models detector's evidence (`model`), not this one's.

Gate: a run of letters and digits holding a digit (token kind `coded`), the first test of every pattern anyway. Then
one search of all the patterns as one alternation (`_any`, made in `compile`: the word-edge tests once a position, not
once a pattern): a listing where it finds nothing holds no code of any pattern, and only one where it finds something
is searched pattern by pattern (each pattern's matches, overlapping those of others, are the evidence). A registry's
pattern that refers to its own groups (a backreference, a conditional) keeps every listing searched pattern by
pattern, since groups are numbered anew in an alternation. py-spy on the demo registry (36 patterns, bench.e2e's
listings): the pattern-by-pattern search was 7-9 % of MatcherIndex.match, about 90 CPU µs a listing, the alternation
about 15.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, ModelFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, compact_key
from services.matcher.core.scoring import Evidence

_CODED = re.compile(r"[a-z]*[0-9][a-z0-9]*")
_SEPARATOR = re.compile(r"[-./ ]")
_YES = frozenset({"coded"})
# the whole code: not a piece of a longer one ("DD1503" of Nike's DD1503-101 is no adidas article number)
_BEFORE, _AFTER = r"(?<![a-z0-9])(?<![a-z0-9][-./])", r"(?![a-z0-9]|[-./][a-z0-9])"
# what makes a pattern's meaning depend on its group numbers: a backreference (\1, (?P=name)) or a conditional
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def coded(text: ListingText) -> frozenset[str]:
    """A gate's token kind: {"coded"} when the latin view holds a word with a digit and three characters or more."""
    return _YES if any(len(m.group()) >= 3 for m in _CODED.finditer(text.latin)) else frozenset()


# a keyword texted to a short code, right before the number (the latin view: Cyrillic "на" is "na", "Отправь" may be
# "otppavb" by its look-alike letters): "Text ROLEX1 to",
# "SMS KEY to", "Envie KEY para", "Envoyez KEY au", "Schick KEY an", "Отправь KEY на" (names32, issue 9)
_SHORT_CODE_BEFORE = re.compile(
    r"(?:text|txt|sms|send|reply|envie|envia|manda|mande|envoyez|envoie|schick|schicke|sende|invia|wyslij|gonder|kirim|"
    r"ot(?:pr|pp|p|r)av\w*|prishli\w*)\s+[a-z0-9]{2,12}\s+(?:to|au|an|na|para|al|a|ao|do|ke)\s*$")


class ReferenceDetector(Detector):
    name = "references"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._patterns: list[tuple[re.Pattern, int]] = []  # (compiled pattern, fingerprint)
        self._models: dict[int, set[str]] = {}  # brand position -> compact keys of its registered models
        self._stems: dict[str, set[int]] = {}  # a registered model's head before a separator ("dd1391" of DD1391-100) -> brands
        self._any: re.Pattern | None = None  # every pattern as one alternation (compile), None if they cannot be one

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, ModelFingerprint):
            brand = self.catalogue.fingerprint_brand[i]
            self._models.setdefault(brand, set()).add(compact_key(fp.value))
            for cut in _SEPARATOR.finditer(fp.value):
                if len(stem := compact_key(fp.value[:cut.start()])) >= 4:
                    self._stems.setdefault(stem, set()).add(brand)
            return None
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary != "reference":
            return None
        try:
            pattern = re.compile(rf"{_BEFORE}(?:{fp.value}){_AFTER}", re.IGNORECASE)
        except re.error as e:
            return f"reference pattern {fp.value!r} is no regular expression: {e}"
        self._patterns.append((pattern, i))
        return None

    def compile(self) -> None:
        values = [self.fingerprints[i].value for _, i in self._patterns]
        self._any = None
        if values and not any(_GROUP_REFERENCE.search(v) for v in values):
            try:
                self._any = re.compile(rf"{_BEFORE}(?:{'|'.join(f'(?:{v})' for v in values)}){_AFTER}", re.IGNORECASE)
            except re.error:  # two patterns naming the same group: searched one by one
                pass

    def gate(self):
        return {coded: _YES} if self._patterns else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        if self._any is not None and self._any.search(latin) is None:
            return []  # no pattern matches anywhere (a match of one is a match of the alternation)
        brand_of = self.catalogue.fingerprint_brand
        found = [(m.start(), m.end(), i) for pattern, i in self._patterns for m in pattern.finditer(latin)]
        out: list[Evidence] = []
        for start, end, i in found:
            brand = brand_of[i]
            key = compact_key(latin[start:end])
            if key in self._models.get(brand, ()):
                continue  # a registered model: the models detector's
            if any(brand_of[j] != brand and s <= start and end <= e and e - s > end - start for s, e, j in found):
                continue  # a piece of another brand's longer code ("DD1503" of Nike's "DD1503 101")
            if self._inside_model(latin, start, key, brand):
                continue  # a piece of another brand's registered model ("DZ5485" of Nike's DZ5485 612)
            if self._stems.get(key, set()) - {brand}:
                continue  # another brand's registered model without its tail ("DD1391" of Nike's DD1391-100)
            if key.isdigit() and _SHORT_CODE_BEFORE.search(latin, max(0, start - 48), start):
                continue  # "Text CARTI to 220079", "SMS OMEGA1 to 334110": an SMS short code, no watch's reference (names32)
            field, s, e, matched = text.locate(*text.original_span("latin", start, end))
            name = self.catalogue.brand(i).name
            out.append(Evidence(Rule.reference, self.weights.fuzzy_distance_1, i, field, s, e, matched,
                                matched, detail=f"'{matched}' is a code of {name}'s reference numbering the "
                                "registry does not list as a model; needs the brand's category and a cue or a "
                                "price below the floor", needs_corroboration=True))
        return self.in_category(out, text, listing) if out else out

    def _inside_model(self, latin: str, start: int, key: str, brand: int) -> bool:
        """Whether the code starting at `start` (compact `key`) begins a longer registered model of another brand."""
        window = compact_key(latin[start:start + len(key) + 16])
        return any(window[:n] in keys for b, keys in self._models.items() if b != brand
                   for n in range(len(key) + 1, len(window) + 1))

    def memory_bytes(self) -> int:
        return 400 * len(self._patterns)

    def stats(self) -> dict[str, int]:
        return {"reference_patterns": len(self._patterns)}

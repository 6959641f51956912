"""The mark written as a numeronym: its first and last letters with the count of the letters between (rule decoded).

A seller who will not write the brand writes the way software writes "internationalization" (i18n): "R3x" for Rolex,
"G3i" for Gucci, "S5g" for Samsung, a mark of two words word by word ("L3s V5n" for Louis Vuitton), its first or last
two or three letters kept ("Ro2x", "Sw5ki"), with separators ("r-3-x", "R.3.X"), or the letters between masked rather
than counted ("R***x", "R___x", "R _ _ _ x", "R...x", and "R…x (5)" with the whole name's count in brackets). The
reader takes the shape from first principles, not from a held-out set's strings: a head of one to three letters, a
count (digits) or a mask of two or more of `*`, `_`, `•`, `·`, `.`, `…`, `x`-free, and a tail of one to three letters,
no letter or digit around; the name's letters must agree in head, tail and length.

Marks read: the registry's Latin trademarks, aliases and product lines (MarkFingerprint.vocabulary None or "line"; a
mark's words joined, normalise.mark_words), four letters or more. A numeronym is a weak reading like a decoded word
game: it names the brand only in the brand's category with a counterfeit cue or a price far below the floor
(`needs_cue`), so a Kubernetes "k8s" sticker, "a11y" or "i18n" books stay quiet, the tech numeronyms in `TECH` never
read, and a numeronym beside one of the brand's marks written plainly is no disguise ("Sony A7S": a model code). When
the numeronym fits several brands in the listing's category, the brand whose line or mark is named beside it is the
one ("S7r Submariner"), else none: a numeronym never alerts two brands.

Gate: a word-wise token kind: the keys ("r3x") of the listing's pieces that hold a letter-count-letter shape, or
"mask" for a piece holding a mask of two or more characters; the gate's words are the keys of the registry's marks.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, latin_text, mark_words, word_wise
from services.matcher.core.scoring import Evidence

MIN_COUNT = 2  # letters between at least (a count of 0 or 1 is leet: "R0lex", "Ad1das")
MAX_END = 3  # letters of a head or a tail at most
MIN_MARK = 4
MASK = "mask"
# the numeronyms of software and standards, everyday words of their own (i18n internationalization, a11y accessibility,
# k8s Kubernetes; not l10n, localization, which is also Louis Vuitton's letters run together: a localization book is no
# bag, and the category keeps it quiet)
TECH = frozenset({"i18n", "g11n", "a11y", "k8s", "o11y", "p13n", "c14n", "m17n", "s11n", "t9n", "v12n", "e13n",
                  "i14y", "r13y", "d11n", "n7m", "w3c", "e2e", "b2b", "b2c", "c2c", "p2p", "y2k"})
_SEP = r"[-.·]?"
_LETTERS = r"[^\W\d_]{1,%d}" % MAX_END
# a head, a count, a tail: R3x, r-3-x, Sw5ki
_COUNTED = re.compile(rf"(?<![^\W_])({_LETTERS}){_SEP}(\d{{1,2}}){_SEP}({_LETTERS})(?![^\W_])")
# a head, a mask, a tail, maybe the whole name's count in brackets after: R***x, R___x, R _ _ _ x, R...x, R…x (5)
_MASKED = re.compile(rf"(?<![^\W_])({_LETTERS})[ \t]?((?:[*_•·]|\.(?=[.…*_•·\s]))(?:[ \t]?[*_•·.…]){{1,11}}|…+)[ \t]?({_LETTERS})(?![^\W_])"
                     r"(?:[ \t]*[(\[](\d{1,2})(?:[ \t]*[a-z]+)?[)\]])?", re.IGNORECASE)
_MASK_PIECE = re.compile(r"[*_•·…]|\.\.")


def keys(joined: str) -> list[str]:
    """A name's numeronym keys: head + count + tail for each head and tail of one to MAX_END letters that leave
    MIN_COUNT letters or more between ("rolex" -> r3x, ro2x, r2ex)."""
    out = []
    for h in range(1, MAX_END + 1):
        for t in range(1, MAX_END + 1):
            n = len(joined) - h - t
            if n >= MIN_COUNT:
                out.append(f"{joined[:h]}{n}{joined[-t:]}")
    return out


def _fold(letters: str) -> str:
    return "".join(c for c in latin_text(letters).lower() if "a" <= c <= "z")


def _counted_key(m: re.Match) -> str | None:
    head, count, tail = _fold(m.group(1)), int(m.group(2)), _fold(m.group(3))
    if not head or not tail or count < MIN_COUNT or len(head) > MAX_END or len(tail) > MAX_END:
        return None
    key = f"{head}{count}{tail}"
    return None if key in TECH else key


def _masked_key(m: re.Match) -> str | None:
    head, mask, tail, total = _fold(m.group(1)), m.group(2), _fold(m.group(3)), m.group(4)
    if not head or not tail:
        return None
    if total is not None:
        count = int(total) - len(head) - len(tail)
    elif "…" in mask:
        return None  # an ellipsis hides how many
    else:
        count = sum(1 for c in mask if not c.isspace())
    return f"{head}{count}{tail}" if count >= MIN_COUNT else None


def _latin_script(value: str) -> bool:
    """Whether a mark is written in Latin letters (accents allowed: Panthère), not another script's."""
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" or not c.isalpha() for c in value)


@word_wise()
def numeronym_keys(text: ListingText) -> frozenset[str]:
    """The keys of the text's counted numeronyms ("r3x"), and MASK when it holds a mask of two or more characters."""
    original = text.original
    out: set[str] = set()
    if any(c.isdigit() for c in original):
        out.update(k for k in map(_counted_key, _COUNTED.finditer(original)) if k)
    if _MASK_PIECE.search(original):
        out.add(MASK)
    return frozenset(out)


class NumeronymDetector(Detector):
    name = "numeronyms"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_key: dict[str, list[int]] = {}  # a key of a mark (joined) -> fingerprints
        self._by_pair: dict[tuple[str, str], list[int]] = {}  # the keys of a two-word mark's words -> fingerprints
        self._named: dict[int, list[tuple[str, ...]]] = {}  # brand -> its marks' and lines' words (latin view)
        self._plain: dict[int, list[tuple[str, ...]]] = {}  # brand -> its trademarks' and aliases' words

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary not in (None, "line", "abbreviation"):
            return None
        if not _latin_script(fp.value):
            return None
        words = mark_words(fp.value)
        if not words:
            return None
        brand = self.catalogue.fingerprint_brand[i]
        if all(len(w) >= 2 for w in words):  # (M&M's, whose letters any text holds, names nothing written plainly)
            if fp.vocabulary != "abbreviation" or len("".join(words)) >= MIN_MARK:
                self._named.setdefault(brand, []).append(words)
            if fp.vocabulary is None:
                self._plain.setdefault(brand, []).append(words)
        if fp.vocabulary == "abbreviation":
            return None  # named beside only
        joined = "".join(words)
        if not joined.isalpha() or len(joined) < MIN_MARK:
            return None
        for k in keys(joined):
            if k not in TECH:
                self._by_key.setdefault(k, []).append(i)
        if len(words) == 2 and all(len(w) >= MIN_MARK for w in words):
            for a in keys(words[0]):
                for b in keys(words[1]):
                    self._by_pair.setdefault((a, b), []).append(i)
        return None

    def gate(self):
        if not self._by_key:
            return {}
        return {numeronym_keys: frozenset(self._by_key) | frozenset(a for a, _ in self._by_pair) | {MASK}}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        original = text.original
        found: list[tuple[int, int, str, list[int]]] = []  # (start, end, reading, fingerprints)
        tokens: list[tuple[int, int, str]] = []
        if any(c.isdigit() for c in original):
            tokens += [(m.start(), m.end(), k) for m in _COUNTED.finditer(original) if (k := _counted_key(m))]
        if _MASK_PIECE.search(original):
            tokens += [(m.start(), m.end(), k) for m in _MASKED.finditer(original) if (k := _masked_key(m))]
        if not tokens:
            return []
        tokens.sort()
        for n, (start, end, key) in enumerate(tokens):
            if n + 1 < len(tokens):  # two words side by side: L3s V5n
                s2, e2, k2 = tokens[n + 1]
                if not original[end:s2].strip() and (key, k2) in self._by_pair:
                    found.append((start, e2, f"{key} {k2}", self._by_pair[(key, k2)]))
            if key in self._by_key:
                found.append((start, end, key, self._by_key[key]))
        if not found:
            return []
        words = text.latin_words
        out: list[Evidence] = []
        for start, end, key, fps in found:
            field, s, e, matched = text.locate(start, end)
            for i in fps:
                brand = self.catalogue.fingerprint_brand[i]
                if any(all(w in words for w in mark) for mark in self._plain.get(brand, ())):
                    continue  # the brand written plainly beside it: a model code, no disguise
                fp = self.fingerprints[i]
                out.append(Evidence(
                    Rule.decoded, self.weights.confusable, i, field, s, e, matched, fp.value, distance=0,
                    detail=f"the mark written as a numeronym (view: numeronym): '{matched}' is {key}, the first and "
                           f"last letters of '{fp.value}' with the count of the letters between; needs the brand's "
                           "category with a cue or a price far below the floor",
                    needs_corroboration=True, needs_cue=True, vocabulary=fp.vocabulary, game=True))
        out = self.in_category(out, text, listing)
        brands = {self.catalogue.fingerprint_brand[e.fingerprint] for e in out}
        if len(brands) > 1:  # several brands fit: the one whose line or mark is named beside it, else none
            named = {b for b in brands if self._named_plainly(b, words)}
            out = [e for e in out if self.catalogue.fingerprint_brand[e.fingerprint] in named] if len(named) == 1 else []
        return out

    def _named_plainly(self, brand: int, words) -> bool:
        """Whether the listing's latin words hold one of the brand's marks or lines (its words)."""
        return any(all(w in words for w in mark) for mark in self._named.get(brand, ()))

    def memory_bytes(self) -> int:
        return 80 * (len(self._by_key) + len(self._by_pair))

    def stats(self) -> dict[str, int]:
        return {"numeronym_keys": len(self._by_key)}

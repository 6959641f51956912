"""Model numbers with look-alike characters (WH-1OOOXM5 for WH-1000XM5, 8EP-100 for BEP-100): rule model.

O and 0, I, l and 1, S and 5, B and 8, Z and 2 look alike (`DIGIT_LOOKALIKES`), in both
directions. Every model number is kept as its compact key with those letters folded to their
digits (`fold`: WH-1OOOXM5 and WH-1000XM5 -> wh1000xm5). A listing's latin view is folded the
same way and cut into runs of letters and digits (anything else, separators and CJK included,
ends a run), so a model number is found whatever is glued after a separator (B758O6-WHT,
M4O99S/A, QC4S-US10头戴式). A model number may also be written in several runs where it has none
or other ones (WH-1OOO-XM5, SIM 36O 3 9O0 for SIM-360-3-900, CS24 IZ for CS24-12, FQC I0528): its
first run then spells, folded, the start of the key up to one of its cuts (a registered separator
or a change between letters and digits: "wh", "51m", "51m360", "c524"; two characters or more).
The keys and those starts are one set (about 80 bytes an entry, 2-7 a model number) that the
listing's runs are intersected with, and so are its tokens with "-" and "_" dropped: a dash where the
number has none (414-516 for 414516, WR12-5711) is the model too (not a dot or a slash: 751.92 is a
price, not model 75192); a few C calls, about 4 µs a
listing. Only a listing with such a run or token is read further: from each run, the following runs
are joined while only spaces or separators lie between them, and the folded join is looked up among
the keys.

A hit counts when the text differs from the key only by look-alikes and keeps a character that has
none ("LOL" is not model 101, nor "SOS" 505); across a space it must also keep a digit as written,
so that two everyday words ("as so") never spell a short key (AS-50), unless the key has six characters or
more and every digit is drawn as a letter of its shape, capital O, S, B, Z, capital I or small l, one of them
a capital ("BEP lOO").
"""

from __future__ import annotations

import re

from schemas import Listing, ModelFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.fuzzy import WordHashes
from services.matcher.core.normalise import ListingText, compact_key, word_wise
from services.matcher.core.scoring import Evidence

DIGIT_LOOKALIKES = {"o": "0", "i": "1", "l": "1", "s": "5", "b": "8", "z": "2"}
_FOLD = str.maketrans(DIGIT_LOOKALIKES)
# the latin view folded (look-alike letters -> digits); for tokens "-./_" are dropped, for runs they end a run
_FOLDED = bytes(ord(DIGIT_LOOKALIKES[chr(b)]) if chr(b) in DIGIT_LOOKALIKES
                else b if (48 <= b <= 57 or 97 <= b <= 122) else 32 for b in range(256))
_RUN = re.compile(r"[a-z0-9]+")
_GAP = re.compile(r"[ \-./_]{1,3}")  # what may lie between the runs of one model number
_CUT = re.compile(r"[a-z]+|[0-9]+")


def fold(key: str) -> str:
    """A compact key with look-alike letters read as digits: "wh1oooxm5" -> "wh1000xm5"."""
    return key.translate(_FOLD)


def _prefixes(value: str) -> set[str]:
    """The folded starts of a model number up to each of its cuts: "SIM-360-3-900" -> 51m, 51m360, 51m3603."""
    out, written = set(), ""
    for part in re.split(r"[^a-z0-9]+", value.lower()):
        for piece in _CUT.findall(part):
            written += piece
            out.add(fold(written))
    return out


def _cut_offsets(value: str) -> set[int]:
    """Where the model number, in compact characters, has a separator or changes between letters and digits."""
    out, length = set(), 0
    for part in re.split(r"[^a-z0-9]+", value.lower()):
        for piece in _CUT.findall(part):
            out.add(length)
            length += len(piece)
    return out - {0}


class ModelLookalikeDetector(Detector):
    name = "model_lookalikes"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_key = WordHashes(())  # folded key -> fingerprints (hashed: 12 bytes an entry)
        self._keys: list[tuple[str, int]] = []  # (folded key, fingerprint) until compile
        self._starts: set[str] = set()  # folded key prefixes at the key's cuts
        self._entry: frozenset[str] = frozenset()  # the runs a model number can start with: keys and prefixes
        self._longest = 1

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, ModelFingerprint):
            key = compact_key(fp.value)
            if len(key) >= self.config.min_model_length:
                self._keys.append((fold(key), i))
                self._starts.update(p for p in _prefixes(fp.value) if 2 <= len(p) < len(key))
                self._longest = max(self._longest, len(key))
        return None

    def compile(self) -> None:
        self._entry = frozenset(k for k, _ in self._keys).union(self._starts)
        self._by_key = WordHashes(self._keys)
        self._starts, self._keys = set(), []

    def gate(self) -> dict:
        return {_folded_tokens: self._entry}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._entry:
            return []
        runs = text.latin_bytes.translate(_FOLDED).decode("ascii").split()
        starts = not self._entry.isdisjoint(runs)
        # a separator where the model number has none (414-516, WR12-5711): the token without its separators
        latin_bytes = text.latin_bytes
        joined = ((b"-" in latin_bytes or b"_" in latin_bytes)
                  and not self._entry.isdisjoint(latin_bytes.translate(_FOLDED, b"-_").decode("ascii").split()))
        if not (starts or joined):
            return []
        out = []
        latin = text.latin
        spans = [m.span() for m in _RUN.finditer(latin)]  # the same runs, with offsets
        for n in (range(len(runs)) if joined else (n for n, run in enumerate(runs) if run in self._entry)):
            written, spaced, cuts, dotted = "", False, set(), False
            for k in range(n, len(spans)):
                if k > n:
                    gap = latin[spans[k - 1][1]:spans[k][0]]
                    if not _GAP.fullmatch(gap):
                        break
                    spaced = spaced or " " in gap
                    dotted = dotted or "." in gap or "/" in gap
                    cuts.add(len(written))
                written += latin[spans[k][0]:spans[k][1]]
                if len(written) > self._longest:
                    break
                if (folded_key := fold(written)) not in self._entry:
                    continue
                for i in self._by_key.get(folded_key):
                    fp = self.fingerprints[i]
                    key = compact_key(fp.value)
                    if fold(key) != folded_key:
                        continue  # another key of the same hash
                    if _lookalike_of(written, key, spaced=spaced) or spaced and _drawn_as_digits(
                            text.original[slice(*text.original_span("latin", spans[n][0], spans[k][1]))], key):
                        why = "look-alike characters in the model number (O/0, I/l/1, S/5, B/8, Z/2)"
                    elif written == key and not (spaced or dotted) and not cuts <= _cut_offsets(fp.value):
                        why = "separators where the model number has none"
                    else:
                        continue  # the model as registered: the model numbers detector has it
                    field, start, end, matched = text.locate(*text.original_span("latin", spans[n][0], spans[k][1]))
                    out.append(Evidence(Rule.model, self.weights.model, i, field, start, end, matched, fp.value,
                                        detail=_join(fp.name, why), goods=fp.name))
        return out

    def memory_bytes(self) -> int:
        return 80 * len(self._entry) + self._by_key.nbytes

    def stats(self) -> dict[str, int]:
        return {"model_lookalike_keys": len(self._by_key), "model_lookalike_entries": len(self._entry)}


@word_wise()
def _folded_tokens(text: ListingText) -> list[str]:
    """The folded runs of the latin view and, when it has a "-" or "_", its folded tokens without them: `detect`
    finds nothing when none of them is a key or a key's start (a ListingText token kind, the detector's gate)."""
    latin_bytes = text.latin_bytes
    runs = latin_bytes.translate(_FOLDED).decode("ascii").split()
    if b"-" in latin_bytes or b"_" in latin_bytes:
        runs += latin_bytes.translate(_FOLDED, b"-_").decode("ascii").split()
    return runs


def _lookalike_of(written: str, key: str, spaced: bool = False) -> bool:
    """Whether the text spells the key with some characters as their look-alikes, keeping at least a
    digit or a letter that has no look-alike ("BEP-loO" is BEP-100; "LOL" is not model 101, nor "SOS" 505);
    written as several words, keeping a digit as written ("as so" is not AS-50)."""
    if len(written) != len(key) or written == key:
        return False
    if spaced and not any(w.isdigit() for w in written):
        return False
    return any(w == k and (w.isdigit() or w not in _HAS_LOOKALIKE) for w, k in zip(written, key)) and all(
        w == k or fold(w) == fold(k) for w, k in zip(written, key))


_HAS_LOOKALIKE = frozenset("01258") | frozenset(DIGIT_LOOKALIKES)
# the letters drawn in a digit's shape: capital O, S, B, Z, and capital I or small l for 1 ("o", "s", "b", "z" are not)
DIGIT_SHAPES = {"0": "O", "1": "Il", "5": "S", "8": "B", "2": "Z"}
MIN_SHAPED_KEY = 6  # "AS SO" is no AS-50: a model number of every digit drawn as a letter only from six characters


def _drawn_as_digits(original: str, key: str) -> bool:
    """A model number written across a space with every digit drawn as a letter of its shape ("BEP lOO" for
    BEP-100, "LIS CM IL" for LIS-CM-1L), one of them a capital ("lis cm l l" is words): six characters or more,
    and one that has no look-alike kept."""
    written = [c for c in original if c.isalnum()]
    if len(key) < MIN_SHAPED_KEY or len(written) != len(key):
        return False
    return any(w.lower() == k and k not in _HAS_LOOKALIKE for w, k in zip(written, key)) and any(
        w.isupper() for w, k in zip(written, key) if k.isdigit()) and all(
        w in DIGIT_SHAPES.get(k, "") if k.isdigit() else w.lower() == k for w, k in zip(written, key))


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b

"""Model numbers with letters in place of look-alike digits (WH-1OOOXM5 for WH-1000XM5): rule model.

O stands for 0, I and l for 1, S for 5, B for 8, Z for 2 (`DIGIT_LOOKALIKES`). Every model number
that has one of those digits is kept in a set as its compact key with the look-alike letters
folded to digits (`fold`: WH-1OOOXM5 -> wh1000xm5). A listing's latin view is folded the same way
with separators inside tokens dropped (one bytes.translate), split into tokens and intersected
with that set: three C calls, about a microsecond. A hit counts when the text differs from the key
only where the key has a digit and the text its look-alike letter, and keeps at least one real
digit ("LOL" is not model 101). Model numbers written in two tokens ("QC35 II") are not looked for
here, and the set costs about 80 bytes a model number.
"""

from __future__ import annotations

import re
from schemas import Listing, ModelFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, compact_key
from services.matcher.core.scoring import Evidence

DIGIT_LOOKALIKES = {"o": "0", "i": "1", "l": "1", "s": "5", "b": "8", "z": "2"}
_FOLD = str.maketrans(DIGIT_LOOKALIKES)
# the latin view as tokens of folded keys: look-alike letters -> digits, "-./_" dropped, other non-alnum -> space
_TOKENS_FOLDED = bytes(ord(DIGIT_LOOKALIKES[chr(b)]) if chr(b) in DIGIT_LOOKALIKES
                       else b if (48 <= b <= 57 or 97 <= b <= 122) else 32 for b in range(256))
_SEPARATORS = b"-./_"
_TOKEN = re.compile(r"[a-z0-9]+(?:[-./_][a-z0-9]+)*")


def fold(key: str) -> str:
    """A compact key with look-alike letters read as digits: "wh1oooxm5" -> "wh1000xm5"."""
    return key.translate(_FOLD)


class ModelLookalikeDetector(Detector):
    name = "model_lookalikes"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_key: dict[str, list[int]] = {}
        self._keys: frozenset[str] = frozenset()

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, ModelFingerprint):
            key = compact_key(fp.value)
            if len(key) >= self.config.min_model_length and any(c in "01258" for c in key):
                self._by_key.setdefault(fold(key), []).append(i)
        return None

    def compile(self) -> None:
        self._keys = frozenset(self._by_key)

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._keys:
            return []
        tokens = text.latin_bytes.translate(_TOKENS_FOLDED, _SEPARATORS).decode("ascii").split()
        found = self._keys.intersection(tokens)
        if not found:
            return []
        out = []
        for m in _TOKEN.finditer(text.latin):
            written = "".join(c for c in m.group() if c.isalnum())
            for i in self._by_key.get(fold(written), ()) if fold(written) in found else ():
                fp = self.fingerprints[i]
                if not _lookalike_of(written, compact_key(fp.value)):
                    continue  # the model as registered: the model numbers detector has it
                field, start, end, matched = text.locate(*text.original_span("latin", m.start(), m.end()))
                out.append(Evidence(Rule.model, self.weights.model, i, field, start, end, matched, fp.value,
                                    detail=_join(fp.name, "letters in place of look-alike digits (O for 0, I/l for 1, S for 5, B for 8, Z for 2)")))
        return out

    def memory_bytes(self) -> int:
        return 80 * len(self._keys) + 100 * len(self._by_key)

    def stats(self) -> dict[str, int]:
        return {"model_lookalike_keys": len(self._keys)}


def _lookalike_of(written: str, key: str) -> bool:
    """Whether the text spells the key with some digits as look-alike letters, and keeps a real digit."""
    if len(written) != len(key) or written == key:
        return False
    return any(w.isdigit() for w in written) and all(
        w == k or (k.isdigit() and DIGIT_LOOKALIKES.get(w) == k) for w, k in zip(written, key))


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b

"""Model numbers with look-alike characters (WH-1OOOXM5 for WH-1000XM5, 8EP-100 for BEP-100): rule model.

O and 0, I, l and 1, S and 5, B and 8, Z and 2 look alike (`DIGIT_LOOKALIKES`), in both
directions. Every model number is kept in a set as its compact key with those letters folded to
their digits (`fold`: WH-1OOOXM5 and WH-1000XM5 -> wh1000xm5). A listing's latin view is folded
the same way with separators inside tokens dropped (one bytes.translate), split into tokens and
intersected with that set: three C calls, about a microsecond. Model numbers of several tokens
("QC35 II", "GSR 12V-15", "MG RX-78-2 Ver.3.0") are looked for only where the folded text has the
first token of one: the following tokens are joined and compared. A hit counts when the text
differs from the key only by look-alikes and keeps a character that has none ("LOL" is not model 101);
the set costs about 80 bytes a model number.
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
_TOKENS_PLAIN = bytes(b if (48 <= b <= 57 or 97 <= b <= 122) else 32 for b in range(256))
_SEPARATORS = b"-./_"
_TOKEN = re.compile(r"[a-z0-9]+(?:[-./_]+[a-z0-9]+)*")  # the tokens _folded_tokens splits, with offsets


def fold(key: str) -> str:
    """A compact key with look-alike letters read as digits: "wh1oooxm5" -> "wh1000xm5"."""
    return key.translate(_FOLD)


class ModelLookalikeDetector(Detector):
    name = "model_lookalikes"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_key: dict[str, list[int]] = {}
        self._registered: dict[str, set[str]] = {}  # folded key -> the compact keys as registered
        self._keys: frozenset[str] = frozenset()
        self._firsts: set[str] | frozenset[str] = set()  # first folded token of keys written in several
        self._longest = 1

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, ModelFingerprint):
            key = compact_key(fp.value)
            if len(key) >= self.config.min_model_length and any(c in "01258oilsbz" for c in key):
                self._by_key.setdefault(fold(key), []).append(i)
                self._registered.setdefault(fold(key), set()).add(key)
                tokens = _folded_tokens(fp.value.lower().encode("utf-8", "ignore"))
                if len(tokens) > 1:
                    self._firsts.add(tokens[0])
                    self._longest = max(self._longest, len(tokens))
        return None

    def compile(self) -> None:
        self._keys = frozenset(self._by_key)
        self._firsts = frozenset(self._firsts)

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._keys:
            return []
        tokens = _folded_tokens(text.latin_bytes)
        found = self._keys.intersection(tokens)
        several = not self._firsts.isdisjoint(tokens)
        if found and not several:  # a model number as registered is the model numbers detector's
            plain = set(text.latin_bytes.translate(_TOKENS_PLAIN, _SEPARATORS).decode("ascii").split())
            found = {f for f in found if plain.isdisjoint(self._registered[f])}
        if not (found or several):
            return []
        out = []
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text.latin)]  # the same tokens, with offsets
        for n in range(len(spans)):
            written = ""
            for k in range(n, min(n + (self._longest if several else 1), len(spans))):
                written += _compact(text.latin[spans[k][0]:spans[k][1]])
                folded = fold(written)
                if folded not in self._by_key or (k > n and not several):
                    continue
                for i in self._by_key[folded]:
                    fp = self.fingerprints[i]
                    if not _lookalike_of(written, compact_key(fp.value)):
                        continue  # the model as registered: the model numbers detector has it
                    field, start, end, matched = text.locate(*text.original_span("latin", spans[n][0], spans[k][1]))
                    out.append(Evidence(Rule.model, self.weights.model, i, field, start, end, matched, fp.value,
                                        detail=_join(fp.name, "look-alike characters in the model number (O/0, I/l/1, S/5, B/8, Z/2)")))
        return out

    def memory_bytes(self) -> int:
        return 80 * len(self._keys) + 250 * len(self._by_key)

    def stats(self) -> dict[str, int]:
        return {"model_lookalike_keys": len(self._keys)}


def _lookalike_of(written: str, key: str) -> bool:
    """Whether the text spells the key with some characters as their look-alikes, keeping at least a
    digit or a letter that has no look-alike ("BEP-loO" is BEP-100; "LOL" is not model 101, nor "SOS" 505)."""
    if len(written) != len(key) or written == key:
        return False
    return any(w == k and (w.isdigit() or w not in _HAS_LOOKALIKE) for w, k in zip(written, key)) and all(
        w == k or fold(w) == fold(k) for w, k in zip(written, key))


_HAS_LOOKALIKE = frozenset("01258") | frozenset(DIGIT_LOOKALIKES)


def _folded_tokens(latin: bytes) -> list[str]:
    return latin.translate(_TOKENS_FOLDED, _SEPARATORS).decode("ascii", "ignore").split()


def _compact(token: str) -> str:
    return "".join(c for c in token if c.isalnum())


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b

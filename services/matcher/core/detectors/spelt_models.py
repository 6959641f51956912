"""A registered model number spelt out in words (rule spelt_model): "ref one two six six one zero L N" is 126610LN.

A seller who keeps the brand out of a generic title can still name the exact goods by their model number, and writes it
as words so that no search for the number finds it: digits as number words ("zero" ... "nine", "double four" = 44,
"triple zero" = 000) in English, Spanish, Portuguese, French, Italian, German and Russian, letters one by one ("L N",
"P r i m a c y"), plain digits and words as written ("Primacy four + two zero five / five five R one six"), any
punctuation between them skipped as the model keys skip it (normalise.compact_key).

Read: the listing's words in order; every stretch of neighbouring words whose readings, joined, are the key of a
registered model number (models.py's compact key: letters and digits, lower case) and which holds two number words or
more (a model written with digits alone is the model detector's), with no number word right before or after it (a
phone number said digit by digit holds some model's digits inside it). Counting is no model: a stretch whose spelt digits
count up or down by one ("one two three four five") is never read, nor one of digits only whose number words are all
"one", "un" or "uno" (articles too). The evidence weighs like the model rule and says what was read ("'five nine zero seven zero
two H V' read as 590702HV"); the model's name is the goods it names (context/numbers.py). Source of the number words:
each language's cardinal numbers 0-9 (CLDR's spell-out rules name the same words); the class as outsider12 named it
(c_model_spelled_words); none of its listings is a key here.
"""

from __future__ import annotations

import re

from schemas import Listing, ModelFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, compact_key, latin_text, word_wise
from services.matcher.core.scoring import Evidence

# cardinal numbers 0-9 as words (accents folded as the latin view folds them; Russian as written)
DIGIT_WORDS: dict[str, str] = {}
for _digits in ("zero one two three four five six seven eight nine",  # en
                "cero uno dos tres cuatro cinco seis siete ocho nueve",  # es
                "zero um dois tres quatro cinco seis sete oito nove",  # pt
                "zero un deux trois quatre cinq six sept huit neuf",  # fr
                "zero uno due tre quattro cinque sei sette otto nove",  # it
                "null eins zwei drei vier funf sechs sieben acht neun",  # de (fünf folded)
                "ноль один два три четыре пять шесть семь восемь девять"):  # ru
    for _d, _w in enumerate(_digits.split()):
        DIGIT_WORDS.setdefault(_w, str(_d))
DIGIT_WORDS.update({"nought": "0", "nil": "0", "fuenf": "5", "nul": "0", "une": "1", "una": "1", "zwo": "2",
                    "одна": "1", "одно": "1", "две": "2", "нуль": "0"})
# "double four" = 44 (en, fr, es, it, pt, de)
REPEATS = {"double": 2, "triple": 3, "doble": 2, "doppio": 2, "dupla": 2, "duplo": 2, "doppel": 2, "treble": 3}
MIN_NUMBER_WORDS = 2
MAX_WORDS = 30  # words of one stretch at most
_WORD = re.compile(r"[^\W_]+")


def _folded(word: str) -> str:
    """A word as the tables hold it: case-folded, a Latin word's accents folded (the latin view), Cyrillic as written."""
    low = word.casefold()
    return low if not low.isascii() and _cyrillic(low) else latin_text(low)


def _cyrillic(word: str) -> bool:
    return all("\u0400" <= ch <= "\u04ff" for ch in word)


@word_wise()
def number_words(text: ListingText) -> frozenset[str]:
    """The listing's number words (the gate's token kind)."""
    return frozenset(w for w in (_folded(m.group()) for m in _WORD.finditer(text.original)) if w in DIGIT_WORDS)


class SpeltModelDetector(Detector):
    name = "spelt_models"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._keys: dict[str, list[int]] = {}  # compact key -> model fingerprints
        self._longest = 0

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, ModelFingerprint):
            key = compact_key(fp.value)
            if len(key) >= max(self.config.min_model_length, 4):
                self._keys.setdefault(key, []).append(i)
                self._longest = max(self._longest, len(key))
        return None

    def gate(self):
        return {number_words: frozenset(DIGIT_WORDS)} if self._keys else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._keys:
            return []
        words = [(m.start(), m.end(), *_reading(m.group())) for m in _WORD.finditer(text.original)]
        found: list[Evidence] = []
        k = 0
        while k < len(words):
            hit = self._longest_from(words, k)
            if hit is None:
                k += 1
                continue
            last, key = hit
            start, end = words[k][0], words[last][1]
            field, s, e, matched = text.locate(start, end)
            for i in self._keys[key]:
                fp = self.fingerprints[i]
                found.append(Evidence(Rule.spelt_model, self.weights.model, i, field, s, e, matched, fp.value,
                                      detail=f"'{matched}' read as {fp.value}: the model number spelt out in words"
                                             + (f" ({fp.name})" if fp.name else ""), goods=fp.name))
            k = last + 1
        return found

    def _longest_from(self, words: list, k: int) -> tuple[int, str] | None:
        """(last word, key) of the longest stretch from word k that spells a registered key with number words."""
        best = None
        joined = ""
        spelt: list[str] = []  # the digits said as words, in order
        repeat = 1  # "double four": the next number word said twice
        for last in range(k, min(k + MAX_WORDS, len(words))):
            _, _, reading, said = words[last]
            if said is not None and said.startswith("x"):
                repeat = int(said[1:])
                continue
            if said is not None:
                reading = said * repeat
                spelt.extend([said] * repeat)
            elif repeat > 1 or not reading:
                break  # "double" before no number word, or a word of no Latin letters (高仿): the number has ended
            repeat = 1
            joined += reading
            if len(joined) > self._longest:
                break
            if joined in self._keys and _not_counting(spelt, joined) and not _said(words, last + 1) \
                    and not _said(words, k - 1):
                best = (last, joined)
        return best

    def memory_bytes(self) -> int:
        return sum(60 + len(k) + 8 * len(v) for k, v in self._keys.items())

    def stats(self) -> dict[str, int]:
        return {"spelt_model_keys": len(self._keys)}


def _reading(word: str) -> tuple[str, str | None]:
    """(what the word stands for in a model's compact key, the digits it says as words or None). A number word is its
    digit; "double"/"triple" is "xN" (SpeltModelDetector._longest_from says the next number word N times); any other
    word stands for its letters and digits (latin view, lower case)."""
    w = _folded(word)
    if w in DIGIT_WORDS:
        return DIGIT_WORDS[w], DIGIT_WORDS[w]
    if w in REPEATS:
        return "", f"x{REPEATS[w]}"
    return "".join(ch for ch in latin_text(word).casefold() if ch.isascii() and ch.isalnum()), None


def _said(words: list, k: int) -> bool:
    """Whether word k exists and is a number word or "double"/"triple": a stretch beside one is part of a longer
    number (a phone number said digit by digit holds any model's digits somewhere)."""
    return 0 <= k < len(words) and words[k][3] is not None


def _not_counting(spelt: list[str], key: str) -> bool:
    """Whether the digits a stretch says as words may be a model's: two or more, not all "one" in a key of digits only
    (an article too: "one one"), not counting up or down by one ("one two three")."""
    if len(spelt) < MIN_NUMBER_WORDS or (key.isdigit() and all(d == "1" for d in spelt)):
        return False
    if len(spelt) >= 3 and {int(b) - int(a) for a, b in zip(spelt, spelt[1:])} in ({1}, {-1}):
        return False
    return True

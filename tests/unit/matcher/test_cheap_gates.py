"""The per-listing gates rewritten for speed answer as the loops they replaced (issue 16)."""

import random
import unicodedata

from services.matcher.core.context.fields import _any_substring
from services.matcher.core.detectors.emoji import _has_emoji, _symbols
from services.matcher.core.normalise import ListingText


def test_symbols_class_is_category_so():
    pattern = _symbols()
    rnd = random.Random(7)
    for cp in [0x2764, 0x1F525, 0x00A9, 0x00AE, 0x2122, 0x0041, 0x4E2D, 0x00E9] + rnd.sample(range(0x110000), 5000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        assert (pattern.search(chr(cp)) is not None) == (unicodedata.category(chr(cp)) == "So"), hex(cp)


def test_has_emoji():
    assert _has_emoji(ListingText("Air max 🔥", "")) == frozenset({"emoji"})
    assert _has_emoji(ListingText("Air max", "love ❤ it")) == frozenset({"emoji"})
    assert _has_emoji(ListingText("Café crème – 50 €", "ASCII only: ~^|`")) == frozenset()


def test_any_substring_is_any_in():
    words = ("чехол", "手机壳", "a.b", "ss")
    pattern = _any_substring(words)
    for text in ("новый чехол", "苹果手机壳", "axb", "a.b", "strasse", "", "nothing"):
        assert (pattern.search(text) is not None) == any(w in text for w in words)
    assert _any_substring(()) is None

"""negation._LAST_WORDS, the set test before _NEGATION runs over a mention's window (issue 16): every window the pattern
matches ends with one of its words, so the test changes no answer."""

import re

from services.matcher.core.context import negation
from services.matcher.core.context.negation import _LAST_WORD, _LAST_WORDS, _NEGATION, COMPARISONS, LINKS, NEGATORS


def _windows():
    for n in NEGATORS:
        yield f"bla {n} "
        for link in LINKS:
            yield f"x {n} {link} "
    for c in COMPARISONS:
        yield f"a {c} "
        yield f"a {c} the original "
    yield from ("quieter than ", "more comfortable than the ", "as good as the ", "alternativa natural al ",
                "natuurlijk alternatief voor ", "alternative saine et naturelle a la ", "better than any other ",
                "substitute for the famous ", "not affiliated with or endorsed by the ")


def test_every_window_the_pattern_matches_ends_in_a_last_word():
    assert _LAST_WORDS is not None
    seen = 0
    for window in _windows():
        latin = re.sub(r"[^a-z0-9' ]", " ", window.lower())
        if _NEGATION.search(latin) is None:
            continue
        seen += 1
        last = _LAST_WORD.match(latin[::-1])
        assert last is not None and last.group(1)[::-1] in _LAST_WORDS, window
    assert seen > 1000


def test_a_listing_without_such_a_word_before_the_mark_is_not_negated():
    from services.matcher.core.normalise import ListingText

    text = ListingText("Sneakers, not affiliated with Nike", "")
    assert negation.Negations(text).before(text.original.index("Nike")) is not None
    text = ListingText("No box, genuine Nike Air Max 90 shoes", "")
    assert negation.Negations(text).before(text.original.index("Nike")) is None

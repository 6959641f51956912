"""prefilter.gated: a pattern asked only of texts holding one of its required words answers as the pattern (issue 16)."""

import re

import pytest

from services.matcher.core.detectors.said_aloud import VOICE
from services.matcher.core.prefilter import Gated, gated, required_words


def test_required_words_of_alternatives_and_sequences():
    assert required_words(re.compile(r"(?<![a-z])(?:pack of|box of)\s?\d+")) == {"pack of", "box of"}
    # the longest run of a sequence is its word; an optional part requires nothing
    assert required_words(re.compile(r"\bvoice[- ](?:note|memo)")) == {"voice"}
    assert required_words(re.compile(r"(?:voice )?memo")) == {"memo"}
    # an alternative without a word of three letters (or two beyond ASCII) leaves the pattern ungated
    assert required_words(re.compile(r"(?:no|without) box")) == {" box"}
    assert required_words(re.compile(r"no|without")) is None
    assert required_words(re.compile(r"\d+\s?x")) is None
    assert required_words(re.compile(r"음성 ?입력")) == {"음성"}  # two Hangul syllables are a word
    plain = re.compile(r"[a-z]+")
    assert gated(plain) is plain


@pytest.mark.parametrize("text", [
    "Voice note: rolex", "VOICE NOTE", "voıce note", "by voice", "", "no clue here", "spracheingabe aktiv",
    "DİCTATED by me", "ſpeech to text", "голосовой ввод", "ГОЛОСОВОЙ", "음성입력 으로", "listing [STT] test",
])
def test_gated_answers_as_the_pattern(text):
    assert isinstance(VOICE, Gated)
    plain = VOICE.regex
    for name in ("search", "match", "fullmatch"):
        got, want = getattr(VOICE, name)(text), getattr(plain, name)(text)
        assert (got and got.span()) == (want and want.span())
    assert VOICE.findall(text) == plain.findall(text) and VOICE.split(text) == plain.split(text)
    assert [m.span() for m in VOICE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert VOICE.sub("#", text) == plain.sub("#", text) and VOICE.subn("#", text) == plain.subn("#", text)


@pytest.mark.parametrize("pattern, text", [
    (re.compile("istanbul", re.I), "İSTANBUL"),  # İ: str.lower writes i + U+0307, re.I reads i
    (re.compile("sale", re.I), "ſALE"),  # ſ (long s) is s to re.I
    (re.compile("nike", re.I), "NıKE"),  # ı (dotless i) is i to re.I
    (re.compile("σας", re.I), "ΣΑΣ"),  # the final sigma str.lower writes
    (re.compile("Kelvin"), "kelvin"),  # a case-sensitive pattern: a lower-case text does not match, gated or not
    (re.compile("Kelvin"), "Kelvin"),
])
def test_gated_case_folding(pattern, text):
    g = gated(pattern)
    assert isinstance(g, Gated)
    assert (g.search(text) is None) == (pattern.search(text) is None)

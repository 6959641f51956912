"""context/subject.py's gate before each kind's noun pattern (`_KINDS`: the last runs of its nouns' last words): a
title without one of them as a word is never scanned with that pattern. The gate must drop only titles the pattern
cannot match: every noun of every kind, written as a title in the ways sellers write them (plural, possessive,
glued to a letter or digit, hyphenated, in capitals, behind a bundle word), finds what the ungated scan finds."""

from __future__ import annotations

import pytest

from services.matcher.core.context import subject
from services.matcher.core.context.subject import _KINDS, _TITLE_WORD, subject_of
from services.matcher.core.normalise import latin_text

_NOUNS = sorted({w for name in dir(subject) if name.endswith("_NOUNS") and isinstance(getattr(subject, name), tuple)
                 for w in getattr(subject, name)})


def _titles(noun: str) -> list[str]:
    return [noun, noun.upper(), f"{noun}s", f"{noun}'s", f"x{noun}", f"{noun}x", f"{noun}2", f"Gucci {noun} for sale",
            f"Rolex watch with {noun}", f"{noun}-gucci", f"({noun})", f"GUCCI {noun.title()} 2024"]


@pytest.mark.parametrize("kind, regex, last", [(k, r, last) for k, r, _, last in _KINDS if last is not None],
                         ids=[k for k, _, _, last in _KINDS if last is not None])
def test_a_title_the_pattern_matches_passes_the_gate(kind, regex, last):
    matched = 0
    for noun in _NOUNS:
        for title in _titles(noun):
            latin = latin_text(title).lower()
            if regex.search(latin) is not None:
                matched += 1
                assert not last.isdisjoint(_TITLE_WORD.findall(latin)), (kind, title)
    assert matched >= len(last)  # each kind's own nouns match as titles: the check above ran


def test_subject_of_with_the_gate_is_the_scan_without_it(monkeypatch):
    titles = [t for noun in _NOUNS for t in _titles(noun)]
    gated = [subject_of(t) for t in titles]
    monkeypatch.setattr(subject, "_KINDS", tuple((k, r, w, None) for k, r, w, _ in _KINDS))
    assert [subject_of(t) for t in titles] == gated
    assert sum(s is not None for s in gated) > len(_NOUNS)  # most titles are a subject: the comparison says something

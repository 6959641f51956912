"""The compact lookup tables give the same answers as the straightforward scans they replace."""

from __future__ import annotations

import random

from services.matcher.core.models import ModelTable, find_models
from services.matcher.core.normalise import ListingText, compact_key, separator_offsets
from services.matcher.core.terms import TermTable, check_hits

MODELS = ["WH-1000XM5", "QC45", "AB CD-123", "PS5", "XM5", "1000", "S24 Ultra", "GT-R35", "abc", "X100V"]


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 8)):
        r = rng.random()
        if r < 0.4:
            model = rng.choice(MODELS)
            if rng.random() < 0.3:  # spelled out, separators moved or dropped
                model = rng.choice([" ", ".", "-", ""]).join(model.replace("-", "").replace(" ", ""))
            elif rng.random() < 0.3:
                model = model.replace("-", rng.choice(["", " ", "--"]))
            parts.append(model)
        else:
            parts.append("".join(rng.choice("abwhx01245 -.") for _ in range(rng.randint(1, 6))))
    joiners = [" ", "", "-", "\n"]
    return "".join(p + rng.choice(joiners) for p in parts)


def test_model_table_finds_what_an_automaton_over_the_compact_view_finds():
    reference, table = TermTable("compact"), ModelTable()
    for i, value in enumerate(MODELS):
        for t in (reference, table):
            t.add(compact_key(value), i, separator_offsets(value, keep_leet=False))
    reference.compile()
    table.compile()
    rng = random.Random(5)
    for _ in range(3000):
        title = _random_text(rng)
        text = ListingText(title, "")
        expected = check_hits(reference, text, reference.raw_hits(text.compact), models=True)
        got = find_models(table, text)
        key = lambda h: (h.latin_start, h.latin_end, h.term_id, h.spaced_letters)  # noqa: E731
        assert sorted(map(key, got)) == sorted(map(key, expected)), title


def test_fuzzy_index_finds_what_comparing_with_every_mark_finds():
    from rapidfuzz.distance import OSA

    from services.matcher.core.config import FuzzyConfig
    from services.matcher.core.fuzzy import FuzzyIndex

    rng = random.Random(3)
    letters = "abcdeno"  # few letters: many near misses
    marks = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(4, 11))) for _ in range(400)})
    index = FuzzyIndex(FuzzyConfig(skip_dictionary_words=False))
    for i, mark in enumerate(marks):
        index.add(mark, i)
    index.compile()
    for _ in range(1500):
        token = "".join(rng.choice(letters) for _ in range(rng.randint(4, 12)))
        expected = []
        if token not in marks:
            for mark in marks:
                allowed = index.max_distance(len(mark))
                if OSA.distance(token, mark) <= allowed:  # edits anywhere, the first letter too
                    expected.append((mark, OSA.distance(token, mark)))
        assert sorted((index.words[w], d) for w, d in index.lookup(token)) == sorted(expected), token

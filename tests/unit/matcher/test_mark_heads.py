"""detectors/compounds.MarkHeads: the runs of a listing that begin with a mark, found once a listing for the compounds and
inflections detectors, are those a search per mark finds (a run of letters beginning with the mark, in text order)."""

from __future__ import annotations

import random
import re

import pytest

from services.matcher.core.detectors.compounds import MarkHeads, mark_lengths
from services.matcher.core.normalise import ListingText

MARKS = {"rolex": [0], "role": [1], "gucci": [2], "nike": [3], "swarovski": [4], "dior": [5], "dioramas": [6],
         "bose": [7], "lego": [8], "legolas": [9]}


def _by_search(text: ListingText, table: MarkHeads, shortest: int, after: int) -> list[tuple[int, int, str, list[int]]]:
    """The reference: every run of letters of the latin view that begins with a mark, by one search per mark."""
    found = {}
    for mark in table.marks:
        for m in re.finditer(r"(?<![a-z])%s[a-z]*" % mark, text.latin):
            word = m.group(0)
            if len(word) >= shortest and (lengths := mark_lengths(word, table.prefixes, table.marks, len(word) - after)):
                found[m.start()] = (m.start(), m.end(), word, lengths)
    return [found[k] for k in sorted(found)]


def _texts() -> list[tuple[str, str]]:
    rnd = random.Random(16)
    ends = ["uhr", "tasche", "a", "em", "ot", "owi", "in", "s", "", "kette", "n", "x", "ssa", "ramas"]
    out = [("Rolexuhr Herren", ""), ("zegarek Rolexa, s Rolexem", "Guccin laukku"), ("2rolexuhr #Guccitasche", ""),
           ("Diorama kit", "dioramas"), ("LEGOLASSA figure", ""), ("rolex", "role rolle roles"), ("", "")]
    for _ in range(400):
        words = []
        for _ in range(rnd.randint(1, 6)):
            m = rnd.choice(list(MARKS))
            words.append(rnd.choice([m, m + rnd.choice(ends), m[:rnd.randint(1, len(m))] + rnd.choice(ends),
                                     "7" + m + "uhr", m.upper() + "ota", "x" + m, m + "-" + rnd.choice(ends)]))
        out.append((rnd.choice([" ", "/", "#", ".", "\n"]).join(words), rnd.choice(["", " ".join(words[::-1])])))
    return out


@pytest.mark.parametrize("shortest, after", [(7, 3), (5, 1)])  # compounds', inflections'
def test_runs_that_begin_with_a_mark_are_those_a_search_per_mark_finds(shortest, after):
    table = MarkHeads(MARKS)
    texts = _texts()
    assert sum(bool(table.candidates(ListingText(t, d), shortest, after)) for t, d in texts) > len(texts) // 2
    for title, description in texts:
        assert table.candidates(ListingText(title, description), shortest, after) == _by_search(
            ListingText(title, description), table, shortest, after), (title, description)


def test_the_two_detectors_share_one_table_and_its_runs():
    from tests.unit.matcher.demo import demo_index

    index = demo_index()
    compounds, inflections = (next(d for d in index.detectors if d.name == n) for n in ("compounds", "inflections"))
    assert compounds._table is inflections._table and compounds._table.marks
    text = ListingText("Rolexuhr Herren, zegarek Rolexa", "")
    assert compounds._table.candidates(text, 7, 3) == [(0, 8, "rolexuhr", [5])]
    assert [c[2] for c in inflections._table.candidates(text, 5, 1)] == ["rolexuhr", "rolexa"]
    assert len([k for k in text._tokens if k is compounds._table]) == 1  # found once for both

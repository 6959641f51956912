"""What the matcher core remembers between listings answers as if it read afresh (issue 16): the pHash index's answers
(images.HammingIndex), the Caesar shifts' first test of a word (codes/shifts.py, Marks.shift_words), the calques'
senses of a word and their pruning by positions (detectors/calques.py), the ROT47 pieces' pre-test."""

from __future__ import annotations

import random

from services.matcher.core.codes import shifts
from services.matcher.core.images import phash_index
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_index, demo_listing


def test_a_hash_searched_again_gets_the_same_answer_and_compile_forgets_it():
    index = phash_index(multi_index_from=1)
    index.add("ffff0000ffff0000", 4, 0)
    index.add("ffff0000ffff0003", 2, 1)
    index.compile()
    first = index.search(["ffff0000ffff0001"])
    assert first == [(0, 1), (1, 1)]
    first.append((9, 9))  # a caller's list is its own
    assert index.search(["ffff0000ffff0001"]) == [(0, 1), (1, 1)]
    index.add("ffff0000ffff0001", 0, 2)
    index.compile()  # the index made again (of the hashes added since): the answers remembered are forgotten
    assert index.search(["ffff0000ffff0001"]) == [(2, 0)]


def _shift_hits(text: str, marks) -> list:
    return [(h.start, h.end, h.mark, h.reading, h.hinted) for h in shifts.CODE.decode(text, marks)]


def test_shifted_words_read_the_same_with_their_first_test_remembered():
    marks = next(d for d in demo_index().detectors if d.name == "decoded")._marks
    texts = ["Ebyrk watch rot13", "Uroha sneakers, shift 3", "Ilovc (atbash) watch", "Dbsujfs bag +1",
             "C@=6I watch", "| !6C7@C>2?46 kit", "ordinary words about a red leather bag"]
    marks.shift_words.clear()
    fresh = [_shift_hits(t, marks) for t in texts]
    assert any(fresh)
    assert [_shift_hits(t, marks) for t in texts] == fresh  # every word's first test now remembered


def test_the_rot47_pre_test_lets_through_every_text_with_a_rot47_piece():
    rnd = random.Random(16)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\té"
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 24)))
        pieces = [m.group() for m in shifts._ROT47_PIECE.finditer(text)]
        if any(shifts.rot47_piece(p) or shifts._short_rot47(p) for p in pieces):
            assert shifts._NO_LOWER_PIECE.search(text) is not None, text


def test_calques_pruned_by_positions_find_what_every_run_from_every_position_finds(monkeypatch):
    detector = next(d for d in demo_index().detectors if d.name == "calques")
    words = sorted(detector._by_word)
    rnd = random.Random(9)
    titles = [" ".join(rnd.choice(words + ["the", "of", "new", "bag", "watch"]) for _ in range(rnd.randint(2, 8)))
              for _ in range(400)]
    senses = [words[k] + " " + words[k + 1] for k in range(0, len(words) - 1, 7)]  # neighbours in order share calques
    titles += [f"{s} replica bag" for s in senses]
    titles += [" ".join(piece[0] for piece in senses) + " replica" for _, _, _, senses in detector._calques]  # each calque

    def found(title: str) -> list:
        listing = demo_listing(title, "Bags", 20.0)
        return [(e.fingerprint, e.start, e.end, e.detail) for e in detector.detect(ListingText(title, ""), listing)]

    pruned = [found(t) for t in titles]
    assert sum(map(bool, pruned)) >= 10
    monkeypatch.setattr(detector, "_sizes", [1] * len(detector._sizes))  # no pruning: every run tried, as before
    assert [found(t) for t in titles] == pruned

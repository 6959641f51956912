"""Issue 9, evasions by the shape of the text and the replica trade's words: generated over every mark of the demo
registry (deploy/seed/registry.yaml), through MatcherIndex.match, with the innocent look-alikes of each rule.

- letters repeated inside a mark (Guuccii, Louiis Vuuitton): rule doubled; a common word that is a mark with a
  letter doubled (cannon) needs a cue;
- the initials of a multi-word mark in capitals (LV, TNF, AF1, AJ1) count only next to a counterfeit cue;
- a mark cut into three pieces (Mic ro soft), or into two common words (MICRO SOFT) with a cue;
- combining marks of every kind on a mark's letters (G̶u̶c̶c̶i̶, B⃝o⃝s⃝e⃝, R҉o҉l҉e҉x҉): a disguise, rule confusable;
- two letters swapped across the one between them (abode for Adobe) with the brand's category and a cue;
- the replica trade's words (UA, super clone, 7A quality ...) are cues; their everyday senses are not.
"""

from __future__ import annotations

from functools import cache

import pytest

from brandsentry.registry import load_registry
from schemas import MarkFingerprint, Rule
from services.matcher.core.config import DEFAULT_NOT_CUES, REPLICA_TRADE_TERMS
from services.matcher.core.detectors.initialisms import initials, is_no_word
from services.matcher.core.fuzzy import common_words
from tests.unit.matcher.test_adversary_classes import SEED, index, listing  # noqa: F401


@cache
def _marks(min_letters: int = 4) -> list[tuple[str, str, str, bool]]:
    """(mark, brand, first category, everyday) for every Latin mark of the demo registry with enough letters."""
    reg = load_registry(SEED)
    return sorted({(fp.value, fp.brand_id, reg.brands[fp.brand_id].categories[0], fp.everyday_word)
                   for fp in reg.fingerprints.values() if isinstance(fp, MarkFingerprint) and fp.vocabulary is None and fp.value.isascii()
                   and sum(c.isalpha() for c in fp.value) >= min_letters})


def _alerts(index, title: str, category: str, price: float = 1_000_000.0) -> set[str]:
    return {m.brand_id for m in index.match(listing(title, category, price))}


def _rules(index, title: str, category: str, brand: str, price: float = 1_000_000.0) -> set[Rule]:
    return {s.rule for m in index.match(listing(title, category, price)) if m.brand_id == brand for s in m.signals if s.weight > 0}


# ---------------------------------------------------------------- doubled letters


def _stuffed(mark: str) -> list[str]:
    """The mark with two of its letters written twice, for every pair of neighbouring letter positions."""
    pos = [k for k, c in enumerate(mark) if c.isalpha()]
    return ["".join(c * 2 if k in (a, b) else c for k, c in enumerate(mark)) for a, b in zip(pos, pos[1:])]


def test_a_mark_with_letters_repeated_inside_it_alerts(index):
    cases = [(text, brand, category) for mark, brand, category, everyday in _marks(5) if not everyday for text in _stuffed(mark)]
    assert len(cases) >= 300
    misses = [(t, b) for t, b, c in cases if b not in _alerts(index, f"{t} {c}", c)]
    assert not misses, f"{len(misses)} of {len(cases)}: {misses[:20]}"
    assert all(Rule.doubled in _rules(index, f"{t} {c}", c, b) for t, b, c in cases[::17])


def test_a_common_word_that_is_a_mark_with_a_letter_doubled_needs_a_cue(index):
    """cannon (Canon), phillips (Philips): ordinary words; with the brand's category and a cue they are the mark."""
    common = common_words(200_000)
    cases = [(text, brand, category) for mark, brand, category, _ in _marks(4) if mark.isalpha()
             for k in range(len(mark)) if (text := (mark[:k + 1] + mark[k:]).lower()) in common]
    assert len(cases) >= 3
    assert not [(t, b) for t, b, c in cases if b in _alerts(index, f"{t.capitalize()} {c}", c)]
    assert not [(t, b) for t, b, c in cases if b not in _alerts(index, f"{t.capitalize()} {c} super clone", c)]


# ---------------------------------------------------------------- initials


@cache
def _initials() -> list[tuple[str, str, str]]:
    reg = load_registry(SEED)
    out = {(key.upper(), fp.brand_id, reg.brands[fp.brand_id].categories[0]) for fp in reg.fingerprints.values()
           if isinstance(fp, MarkFingerprint) and fp.vocabulary is None and not fp.everyday_word and (key := initials(fp.value))}
    return sorted(out)


def test_the_initials_of_a_mark_count_next_to_a_counterfeit_cue(index):
    cases = _initials()
    assert len(cases) >= 20 and ("LV", "louis-vuitton", "handbags") in cases and any(k == "AF1" for k, _, _ in cases)
    misses = [(k, b) for k, b, c in cases if b not in _alerts(index, f"{k} {c} UA quality", c)]
    assert not misses, misses
    # in lower case only initials that are no common word of a language (lv, anr, af1; not el, af: issue 9, outsider19)
    lower = {(k, b) for k, b, c in cases if Rule.initialism in _rules(index, f"{k.lower()} {c} UA quality", c, b)}
    assert ("LV", "louis-vuitton") in lower
    assert not [(k, b) for k, b in lower if not is_no_word(k.lower())]
    assert not [(k, b) for k, b, c in cases if is_no_word(k.lower()) and b not in _alerts(index, f"{k.lower()} {c} UA quality", c)]


def test_initials_without_a_cue_stay_quiet_even_far_below_the_floor(index):
    """LV, MK, SS are a hundred things: without the trade's words, even a price far below the floor is no cue."""
    loud = [(k, b) for k, b, c in _initials() if Rule.initialism in _rules(index, f"{k} {c}", c, b, price=0.5)]
    assert not loud, loud


# ---------------------------------------------------------------- splits


def test_a_mark_cut_into_three_pieces_alerts_with_a_cue(index):
    cases = [(f"{m[:2]} {m[2:4]} {m[4:]}", b, c) for m, b, c, everyday in _marks(6) if m.isalpha() and not everyday]
    assert len(cases) >= 30
    misses = [(t, b) for t, b, c in cases if b not in _alerts(index, f"{t} {c} 1:1 copy", c, 5.0)]
    assert not misses, misses


def test_a_mark_cut_into_two_common_words_needs_a_cue(index):
    common = common_words(200_000)
    cases = [(f"{m[:k]} {m[k:]}".upper(), b, c) for m, b, c, everyday in _marks(5) if m.isalpha() and not everyday
             and not any(ch.isupper() for ch in m[1:]) for k in range(2, len(m) - 1)
             if m[:k].lower() in common and m[k:].lower() in common]
    assert ("MICRO SOFT", "microsoft", "software licenses") in cases and len(cases) >= 5
    assert not [(t, b) for t, b, c in cases if b in _alerts(index, f"{t} {c}", c)]
    assert not [(t, b) for t, b, c in cases if b not in _alerts(index, f"{t} {c} super clone", c)]


# ---------------------------------------------------------------- combining marks


COMBINING = {"strike": "\u0336", "underline": "\u0332", "enclosing circle": "\u20dd", "keycap": "\u20e3",
             "small letter above": "\u0363", "millions sign": "\u0489", "stacked": "\u0301\u0308\u0323"}


def test_combining_marks_of_every_kind_on_a_mark_are_a_disguise(index):
    cases = [("".join(ch + mark if ch.isalnum() else ch for ch in m), kind, b, c)
             for m, b, c, everyday in _marks(4) if not everyday for kind, mark in COMBINING.items()]
    assert len(cases) >= 500
    misses = [(t, k, b) for t, k, b, c in cases if Rule.confusable not in _rules(index, f"{t} {c}", c, b)]
    assert not misses, f"{len(misses)} of {len(cases)}: {misses[:10]}"


def test_a_registered_accent_written_with_a_combining_mark_reads_as_written_precomposed(index):
    """Nestlé or Estée Lauder with a combining acute (NFD) is read as the precomposed spelling (NFC) is."""
    import unicodedata

    for mark, brand, category in (("Nestlé", "nestle", "coffee"), ("Estée Lauder", "estee-lauder", "skincare")):
        title = f"{mark} {category}"
        nfd = unicodedata.normalize("NFD", title)
        assert nfd != title
        assert _rules(index, nfd, category, brand) == _rules(index, title, category, brand), mark


# ---------------------------------------------------------------- two letters swapped across one


def test_two_letters_swapped_across_one_alert_with_the_brands_category_and_a_cue(index):
    common = common_words(10_000_000)
    cases = [(v, b, c) for m, b, c, _ in _marks(5) if m.isalpha() for k in range(len(m) - 2)
             if m[k].lower() != m[k + 2].lower() and (v := (m[:k] + m[k + 2] + m[k + 1] + m[k] + m[k + 3:]).lower()) not in common]
    assert len(cases) >= 100 and ("abode", "adobe") in {(v, b) for v, b, _ in cases}
    misses = [(t, b) for t, b, c in cases if b not in _alerts(index, f"{t} {c} 1:1 copy", c, 5.0)]
    assert not misses, f"{len(misses)} of {len(cases)}: {misses[:20]}"


def test_abode_stays_a_home_without_a_cue(index):
    assert "adobe" not in _alerts(index, "Cosy abode: a history of the English cottage", "books", 12.0)
    assert "adobe" not in _alerts(index, "abode software license", "software", 200.0)
    assert "adobe" in _alerts(index, "abode software license 1:1 copy", "software", 20.0)


# ---------------------------------------------------------------- the replica trade's words


def test_every_term_of_the_replica_trade_is_a_cue_for_a_weak_mention(index):
    """A rare word one edit from Samsung ("samsun") in its category counts with each term, written as sellers do."""
    cases = [t.upper() if t.isupper() else t for t in REPLICA_TRADE_TERMS]
    misses = [t for t in cases if "samsung" not in _alerts(index, f"samsun wireless earbuds with charging case {t}", "earbuds", 90.0)]
    assert not misses, misses


def test_the_trade_words_in_their_everyday_sense_are_no_cue(index):
    everyday = ["ask our sales rep", "a batch of 12", "with mirror", "factory sealed", "factory reset", "7A fast charging",
                "grade 5 titanium", "clone tool", "ships to UA and EU", "ua", "top grade leather", "mirror finish",
                "3 reps", "sets and reps", "first edition"]
    loud = [w for w in everyday if "samsung" in _alerts(index, f"samsun wireless earbuds with charging case, {w}", "earbuds", 90.0)]
    assert not loud, loud
    assert any("UA" in t for t in DEFAULT_NOT_CUES)


@pytest.mark.parametrize("title, category, price, brand", [
    ("d-Y-s-N-o hair dryer", "hair care", 80, "dyson"),  # letters swapped, spelt apart in alternating case
    ("b-E-p-A-n-T-g-E-n nappy rash ointment 100g 1:1 replica", "otc", 0.74, "bayer"),  # a letter replaced
    ("g-N-u-D-a-M 1/100 robot plastic model kit A+ grade copy", "model kits", 6.61, "bandai"),  # the kit's 1/100 after it
    ("c-A-n-A-d-A- -G-o-O-o-S-e men's winter down parka", "parkas", 163.99, "canada-goose"),  # two words, a letter doubled
    ("S*A*M*S*U*G*N smartphone 256GB", "phones", 120, "samsung"),  # a mask symbol between the letters
])
def test_a_mark_spelt_apart_with_a_second_disguise_alerts(index, title, category, price, brand):
    """Letters spelt apart are read joined, so that a second disguise on them (an edit, a doubled letter) is read
    like the same disguise on the word; the evidence says both."""
    found = {m.brand_id: m for m in index.match(listing(title, category, price))}
    assert brand in found
    assert any("spelt apart" in s.detail for s in found[brand].signals)


@pytest.mark.parametrize("title, category, price", [
    ("p*U*m*A*s letters sign", "home decor", 15),  # a longer word spelt apart holds the mark: it is that word
    ("s·o·f·f·i·c·e cuscino", "home decor", 12),  # Italian "soffice" (soft), not Office
    ("L-O-V-E marquee light up letters", "home decor", 35),  # an everyday-word mark spelt apart is still the word
    ("a·n·n·e·s·s·a wall art print", "gifts", 14),  # a word of a language spelt apart needs a cue
    ("A B C D E wooden alphabet blocks", "toys", 12),
    ("T-shirt size labels S M L XL", "sewing", 6),
])
def test_letters_spelt_apart_that_name_no_brand_stay_quiet(index, title, category, price):
    assert index.match(listing(title, category, price)) == []


@pytest.mark.parametrize("seed", ["0", "1", "5", "42"])
def test_letters_spelt_apart_are_cut_the_same_in_every_process(seed):
    """A run with two separators used equally often is cut at the first of them, whatever the process's hash seed:
    the signals a listing shows must not depend on which matcher worker reads it (1822c69; under PYTHONHASHSEED=5
    'P_U_M-A·S . U-E_D . E' lost its fuzzy signal)."""
    import os
    import subprocess
    import sys

    code = ("from services.matcher.core.detectors.misspellings import _spelled_apart\n"
            "print(_spelled_apart('g-u-c_c_i'), _spelled_apart('c_c_i-g-u'), _spelled_apart('p_u_m-a-s . u-e_d . e'))")
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed},
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[('guc', 0, 5)] [('cci', 0, 5)] [('pum', 0, 5), ('ed', 14, 17)]"

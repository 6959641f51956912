"""Issue 9, the classes the adversary found short (tests/eval/adversary): generated siblings of each over
every brand of the demo registry (deploy/seed/registry.yaml), through MatcherIndex.match, plus their
innocent look-alikes that must stay quiet."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from brandsentry.registry import load_registry
from schemas import Listing, ModelFingerprint, Rule
from services.matcher.core import MatcherIndex

SEED = Path(__file__).resolve().parents[3] / "deploy" / "seed" / "registry.yaml"


@pytest.fixture(scope="module")
def index():
    return MatcherIndex.build(load_registry(SEED))


def listing(title: str, category: str | None = None, price: float = 25.0) -> Listing:
    doc = {"marketplace": "ebay", "listing_id": "l-1", "title": title, "seller": {"id": "someone"},
           "observed_at": "2025-01-01T00:00:00Z", "price": {"amount": price, "currency": "USD"}}
    if category:
        doc["category"] = category
    return Listing.model_validate(doc)


@cache
def _models() -> list[tuple[str, str, str]]:
    """(model number, brand, the brand's first category) for every model number of the demo registry."""
    reg = load_registry(SEED)
    return sorted((fp.value, fp.brand_id, reg.brands[fp.brand_id].categories[0])
                  for fp in reg.fingerprints.values() if isinstance(fp, ModelFingerprint))


# ---------------------------------------------------------------- class 8: model numbers with look-alikes

_LOOKS = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "O": "0", "I": "1", "S": "5", "B": "8", "Z": "2"}
_SUFFIXES = ("-WHT", "/A", "-US10", "/BLK", "-EU42")


def _one_lookalike(model: str):
    """The model with one character swapped for its look-alike, at every position that has one, keeping a digit."""
    for k, ch in enumerate(model):
        if ch in _LOOKS:
            variant = model[:k] + _LOOKS[ch] + model[k + 1:]
            if any(c.isdigit() for c in variant):
                yield variant


def _spaced(model: str) -> str:
    """Separators as spaces, and a space at every change between letters and digits: "WH 1OOO XM 5"."""
    return " ".join(re.findall(r"[A-Za-z]+|[0-9]+", model))


def _siblings_model_written_otherwise():
    for model, brand, category in _models():
        for n, variant in enumerate(_one_lookalike(model)):
            yield variant + _SUFFIXES[n % len(_SUFFIXES)], brand, category     # a size or colour glued after a separator
            yield f"{variant}正品包邮", brand, category                           # glued to Chinese text
            yield variant.replace("-", " "), brand, category                      # separators written as spaces
            yield variant.replace("-", "."), brand, category
        if len(_spaced(model).split()[0]) >= 2:  # a single character split off ("B 758O6") is not looked for
            for variant in _one_lookalike(_spaced(model)):
                yield variant, brand, category                                   # split where letters and digits change


def test_model_lookalikes_with_suffixes_spaces_and_chinese_alert(index):
    cases = list(dict.fromkeys(_siblings_model_written_otherwise()))
    assert len(cases) >= 300
    misses = [(title, brand) for title, brand, category in cases
              if brand not in {m.brand_id for m in index.match(listing(f"{category} {title}", category))}]
    assert not misses, f"{len(misses)} of {len(cases)} missed: {misses[:20]}"


def test_words_that_fold_onto_a_model_number_are_no_model(index):
    """Two everyday words spelling a short model number with letters for its digits (AS-50 as "as so",
    HS05 as "hs os") are no model number: across a space a digit must be written as a digit."""
    folds = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b", "2": "z"})
    checked = 0
    for model, brand, category in _models():
        letters = _spaced(model).lower().translate(folds)
        if " " not in letters or not letters.replace(" ", "").isalpha() or not any(c in "01258" for c in model):
            continue
        checked += 1
        for m in index.evaluate(listing(f"{category} {letters} quality", category)):
            assert not any(s.rule == Rule.model for s in m.signals), (letters, m.signals)
    assert checked >= 5

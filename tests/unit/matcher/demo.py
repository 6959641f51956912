"""The demo registry's matcher index, built once per test session, and a listing to match against it.

Shared by the class tests that check whole rules on the 54 demo brands (word, context, script and sound classes):
each of them used to build its own index of deploy/seed/registry.yaml, a few seconds apiece."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from schemas import Listing, Rule
from services.matcher.core import MatcherIndex
from services.matcher.core.normalise import mark_words
from services.matcher.core.sounds import mark_keys
from tests.eval.adversary.generate import SEED_REGISTRY
from tests.eval.adversary.report import _index

SEED = Path(__file__).resolve().parents[3] / "deploy" / "seed" / "registry.yaml"


def demo_index() -> MatcherIndex:
    """The demo registry's index, one a process (report._index: the adversary's scores use the same one; a matcher's
    answers do not depend on what it matched before, tests/unit/matcher/test_gates.py): each unit module that built
    its own took ~3.4 CPU s a worker (issue 16)."""
    return _index(SEED_REGISTRY)


def demo_listing(title: str, category: str | None = None, price: float | None = None, description: str = "",
                 currency: str = "USD", attributes: dict | None = None, seller_name: str = "",
                 seller_id: str = "someone") -> Listing:
    """An eBay listing by an unauthorised seller; no price when `price` is None."""
    doc = {"marketplace": "ebay", "listing_id": "l-1", "title": title, "description": description, "category": category,
           "seller": {"id": seller_id, "name": seller_name}, "observed_at": "2025-01-01T00:00:00Z",
           "attributes": attributes or {}}
    if price is not None:
        doc["price"] = {"amount": price, "currency": currency}
    return Listing.model_validate(doc)


def demo_alerts(*args, **kwargs) -> dict:
    """The demo matcher's alerts on demo_listing(*args, **kwargs): {brand_id: Match}."""
    return {m.brand_id: m for m in demo_index().match(demo_listing(*args, **kwargs))}


def demo_evaluated(*args, **kwargs) -> dict:
    """Every brand the demo matcher scored on demo_listing(*args, **kwargs), alerting or not: {brand_id: Match}."""
    return {m.brand_id: m for m in demo_index().evaluate(demo_listing(*args, **kwargs))}


@cache
def demo_marks_by_sound(min_letters: int = 0) -> dict[str, tuple[str, str, str]]:
    """{sound key: (mark's letters, brand id, brand's first category)} for every Latin-script mark or alias of the
    demo registry of `min_letters` letters or more, keyed as the phonetic index keys it (sounds.mark_keys); the first
    mark of a key wins. The generators of the sound-alike word classes look words up in it."""
    index = demo_index()
    keys: dict[str, tuple[str, str, str]] = {}
    for n, fp in enumerate(index.catalogue.fingerprints):
        value = getattr(fp, "value", None)
        if not isinstance(value, str) or not value.isascii():
            continue
        letters = "".join(mark_words(value))
        if len(letters) < min_letters:
            continue
        for key in mark_keys(letters):
            keys.setdefault(key, (letters, fp.brand_id, index.catalogue.brand(n).categories[0]))
    return keys


def read_as_a_mark(matches: dict, word: str, rules: tuple[Rule, ...]) -> list[tuple[str, str]]:
    """[(brand id, matched text)] of the positive signals of `rules` in demo_evaluated's `matches` whose matched text
    is `word` (casefolded): the word was read as a mark."""
    return [(b, s.text) for b, m in matches.items() for s in m.signals
            if s.rule in rules and s.weight > 0 and s.text and s.text.casefold() == word]

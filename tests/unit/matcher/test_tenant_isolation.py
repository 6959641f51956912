"""One tenant's registration never removes another tenant's evidence (red team, 2026-12-01: brand B registered
"Canada Goose Parka" and the matcher dropped Canada Goose's mark from every listing naming that longer mark, so the
alerts went to B). Generated over every plain mark of the demo registry (deploy/seed/registry.yaml)."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from brandsentry.registry import parse_registry
from services.matcher.core import MatcherIndex
from tests.unit.matcher.test_adversary_classes import SEED, listing
from tests.eval.adversary.generate import registry_doc

_WRAPS = ("{} Parka", "{} Outlet Store", "Genuine {} Shop", "The {} Collection")


def _victims(doc: dict) -> list[tuple[str, str, str]]:
    """(mark, brand, the brand's first category) for every plain Latin mark of four letters or more that is not an
    everyday word (those need corroboration anyway)."""
    out = []
    for brand in doc["brands"]:
        for mark in brand.get("marks", []):
            value, everyday = (mark, False) if isinstance(mark, str) else (mark["value"], mark.get("everyday_word"))
            if not everyday and re.fullmatch(r"[A-Za-z][A-Za-z' -]{3,}", value):
                out.append((value, brand["id"], brand["categories"][0]))
    return out


@pytest.fixture(scope="module")
def shadowed():
    """The demo registry plus a brand 'shadow' whose marks wrap every victim mark in longer words, in every victim's
    categories."""
    doc = registry_doc(Path(SEED))
    victims = _victims(doc)
    attacker = copy.deepcopy(doc["brands"][0])
    attacker.update(id="shadow", name="Shadow Trading", aliases=[], models=[], price_floors=[], authorized_sellers=[],
                    images=[], categories=sorted({c for _, _, c in victims}),
                    marks=[wrap.format(value) for value, _, _ in victims for wrap in _WRAPS])
    doc["brands"].append(attacker)
    return MatcherIndex.build(parse_registry(doc)), victims


def test_a_longer_mark_of_another_brand_never_hides_a_brands_own_mark(shadowed):
    index, victims = shadowed
    assert len(victims) >= 40
    lost = [(wrap.format(value), brand) for value, brand, category in victims for wrap in _WRAPS
            if brand not in {m.brand_id for m in index.match(listing(f"{wrap.format(value)} 1:1 replica", category, 5.0))}]
    assert not lost, f"{len(lost)} of {len(victims) * len(_WRAPS)} lost their brand: {lost[:15]}"

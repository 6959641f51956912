"""Marks outside the title and description: the listing's item specifics and the seller's shop name.

A counterfeit may keep the mark out of its text and give it only in the item specifics ("Brand: Rolex",
"Model: 116610LN" under a generic "men's automatic watch 1:1") or in the shop's name ("Gucci Outlet
Store" selling a "leather belt, mirror quality"). `OtherFields.evidence(listing)` reads them for a
listing whose title and description name no brand (so the cost falls on such listings only, and only
when they have attributes or a seller name), with the detectors that find marks as written (marks,
aliases, model numbers: a disguise in an item specific is no likelier than elsewhere, and a shop name
is a name). Schema: `Listing.attributes` (dict[str, str]) and `Listing.seller.name` (schemas/models.py).

- attributes: only keys that name the item's own brand, maker, model or line ("Brand", "Marke", "marca",
  "品牌", "Model", "MPN", "Product Line"), never those saying what it fits ("Compatible Brand", "Fits
  Model", "适用型号"). The mention counts like an everyday word (field `attributes`): it alerts with
  something beside it (the brand's category, a cue, a low price), as an item specific is a claim the
  seller chose not to put in the title.
- seller: a mark in the shop's name counts only with strong corroboration (field `seller`: the brand's
  category and a counterfeit cue or a price far below the floor, as a weak candidate), since resellers of
  the genuine article and repair shops name their shops after brands too; an authorized seller still
  never alerts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from copy import copy

from schemas import Listing
from services.matcher.core.normalise import ListingText, latin_text
from services.matcher.core.scoring import Evidence

# Keys of item specifics that name the item itself, in the languages of phrasebook.py (written for
# BrandSentry from eBay's item specifics, Amazon's product details and Taobao's 品牌/型号 fields).
OWN_KEYS = ("brand", "brand name", "make", "maker", "manufacturer", "label", "designer", "model", "model name",
            "model number", "mpn", "product line", "line", "series", "collection", "reference", "ref",
            "marke", "hersteller", "modell", "marca", "fabricante", "modelo", "marque", "fabricant", "modèle",
            "merk", "fabrikant", "producent", "бренд", "марка", "производитель", "модель", "品牌", "型号", "款式",
            "系列", "ブランド", "メーカー", "型番", "モデル", "브랜드", "모델")
# Words of a key that say what the item fits, not what it is.
FITTING_KEYS = ("compatib", "compatív", "kompatib", "fits", "fit ", "for ", "suitable", "passend", "geeignet",
                "适用", "適用", "兼容", "対応", "互換", "호환", "совмест", "подход", "para ", "pour ", "für ")
_KEY = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(re.escape(latin_text(k)) for k in OWN_KEYS if k.isascii())})(?![a-z0-9])")
_WIDE_KEYS = tuple(k for k in OWN_KEYS if not k.isascii())
SEPARATOR = " \u2029 "  # between the attributes and the shop name: no mark spans it


def own_attributes(attributes: dict[str, str]) -> list[str]:
    """The values of the item specifics that name the item's own brand, model or line."""
    out = []
    for key, value in attributes.items():
        folded = key.casefold().replace("_", " ") + " "
        if any(w in folded for w in FITTING_KEYS):
            continue
        if _KEY.search(latin_text(folded)) or any(k in key for k in _WIDE_KEYS):
            out.append(value)
    return out


class OtherFields:
    """The detectors of marks as written, asked about a listing's item specifics and shop name."""

    DETECTORS = frozenset({"marks", "models", "wide_aliases"})  # detectors.base.Detector.name of those asked

    def __init__(self, detectors: Sequence, cache_size: int = 100_000) -> None:
        self.detectors = list(detectors)
        # shops list many items and item specifics repeat: the evidence of a (text, category) is kept (copied out)
        self._cache: dict[tuple[str, str | None], list[Evidence]] = {}
        self._cache_size = cache_size

    def evidence(self, listing: Listing) -> list[Evidence]:
        """Identity evidence from the item specifics (field `attributes`, everyday) and the seller's name (field
        `seller`, needs corroboration); [] when the listing has neither. Offsets are dropped (a dict has none)."""
        values = own_attributes(listing.attributes) if listing.attributes else []
        attributes = "; ".join(v for v in values if v)
        seller = listing.seller.name or ""
        if not attributes and not seller:
            return []
        joined = f"{attributes}{SEPARATOR}{seller}"
        key = (joined, listing.category)
        known = self._cache.get(key)
        if known is None:
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            known = self._cache[key] = self._find(joined, len(attributes), listing)
        return [copy(e) for e in known]

    def _find(self, joined: str, attributes_length: int, listing: Listing) -> list[Evidence]:
        text = ListingText(joined, "")
        out = []
        for detector in self.detectors:
            for e in detector.detect(text, listing):
                if e.start is None or e.field != "title":
                    continue
                in_seller = e.start >= attributes_length + len(SEPARATOR)
                e.field = "seller" if in_seller else "attributes"
                e.start = e.end = None
                if in_seller:
                    e.needs_corroboration = True
                    e.detail = _join(e.detail, "named only in the seller's shop name: counts with the brand's "
                                               "category and a cue or a price far below the floor")
                else:
                    e.everyday = True
                    e.detail = _join(e.detail, "named only in the listing's item specifics: counts with "
                                               "something to corroborate it")
                out.append(e)
        return out


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b

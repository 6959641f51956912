"""Relists: a listing that comes back after a takedown. Pure (no I/O); the alert book feeds it from alert-events.

An alert counts as taken down when it is resolved after a takedown was requested. A new alert of the same brand is
a relist of one taken down when
- the same seller (marketplace and seller id) lists again under a new listing id (`same_seller`), or
- its text (title and description) is near-identical to the taken-down listing's, whoever sells it
  (`near_duplicate_text`): estimated Jaccard similarity of character 4-gram shingles >= `threshold` (default 0.8),
  found with MinHash LSH (datasketch: MinHashLSH, 128 permutations; Broder 1997, "On the resemblance and
  containment of documents"), or
- one of its photos has the pHash of a taken-down listing's photo within `image_distance` bits (default 6 of 64;
  the `phash` the listing carries, as the matcher's image rule uses it) (`near_duplicate_image`; similarity
  1 - distance/64).
The similarity (text Jaccard estimate for a same-seller or text relist) goes on the alert as evidence, and the
alert's severity is raised one level (critical stays critical).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (issue 16) imported at the first takedown: datasketch's LSH imports scipy (~0.5 s of every start)
    from datasketch import MinHash, MinHashLSH

from services.alerts.core import MatchFacts

SHINGLE = 4
NUM_PERM = 128
_SPACE = re.compile(r"\s+")


def text_of(listing: dict) -> str:
    return _SPACE.sub(" ", f"{listing.get('title', '')} {listing.get('description', '')}".casefold()).strip()


def minhash(text: str) -> MinHash:
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1)
    for i in range(max(1, len(text) - SHINGLE + 1)):
        m.update(text[i:i + SHINGLE].encode())
    return m


def taken_down(doc: dict) -> bool:
    """An alert-events snapshot (JSON) of an alert resolved after its takedown was requested."""
    return doc.get("status") == "resolved" and any(c.get("status") == "takedown_requested" for c in doc.get("history", []))


@dataclass(frozen=True)
class Relist:
    original_alert_id: str
    reason: str  # same_seller | near_duplicate_text | near_duplicate_image
    similarity: float


class RelistIndex:
    def __init__(self, threshold: float = 0.8, image_distance: int = 6) -> None:
        self.threshold = threshold
        self.image_distance = image_distance
        self._phashes: dict[str, list[tuple[int, str]]] = {}  # brand → (pHash, alert id) of taken-down photos
        self._lsh: MinHashLSH | None = None  # made at the first takedown (add)
        self._hashes: dict[str, MinHash] = {}  # "<brand>\x1f<alert id>" → its MinHash
        self._by_seller: dict[str, tuple[str, str]] = {}  # "<brand>\x1f<marketplace>/<seller>" → (alert id, listing key)

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, doc: dict) -> None:
        """Remember a taken-down alert (an alert-events snapshot as JSON); anything else is ignored."""
        if not taken_down(doc):
            return
        ident = f"{doc['brand_id']}\x1f{doc['alert_id']}"
        if ident in self._hashes:
            return
        listing = doc["match"]["listing"]
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)
        self._hashes[ident] = minhash(text_of(listing))
        self._lsh.insert(ident, self._hashes[ident])
        seller = f"{doc['brand_id']}\x1f{listing['marketplace']}/{listing['seller']['id']}"
        self._by_seller[seller] = (doc["alert_id"], doc["listing_key"])
        for image in listing.get("images") or []:
            if image.get("phash") and len(image["phash"]) == 16:
                self._phashes.setdefault(doc["brand_id"], []).append((int(image["phash"], 16), doc["alert_id"]))

    def find(self, match: MatchFacts) -> Relist | None:
        """The taken-down alert this match relists, if any (same seller first, then the most similar text)."""
        if not self._hashes:  # no takedown yet: nothing to compare (and no hashing on the hot path)
            return None
        mine = minhash(text_of(match.listing))
        seller = self._by_seller.get(f"{match.brand_id}\x1f{match.seller}")
        if seller is not None and seller[1] != match.listing_key:
            return Relist(seller[0], "same_seller", round(mine.jaccard(self._hashes[f"{match.brand_id}\x1f{seller[0]}"]), 3))
        best: Relist | None = None
        for ident in self._lsh.query(mine):
            brand, alert_id = ident.split("\x1f", 1)
            if brand != match.brand_id:
                continue
            similarity = mine.jaccard(self._hashes[ident])
            if similarity >= self.threshold and (best is None or similarity > best.similarity):
                best = Relist(alert_id, "near_duplicate_text", round(similarity, 3))
        if best is not None:
            return best
        for image in match.listing.get("images") or []:
            phash = image.get("phash") if isinstance(image, dict) else None
            try:
                mine_ph = int(phash, 16) if isinstance(phash, str) and len(phash) == 16 else None
            except ValueError:  # not hex: no photo to compare
                mine_ph = None
            if mine_ph is None:
                continue
            for theirs, alert_id in self._phashes.get(match.brand_id, []):
                distance = (mine_ph ^ theirs).bit_count()
                if distance <= self.image_distance and (best is None or 1 - distance / 64 > best.similarity):
                    best = Relist(alert_id, "near_duplicate_image", round(1 - distance / 64, 3))
        return best

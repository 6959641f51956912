"""Model numbers and SKUs (WH-1000XM5 = WH1000XM5 = wh 1000 xm5), see models.py for the lookup."""

from __future__ import annotations

from schemas import Listing, ModelFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.models import ModelTable, find_models, latin_pieces
from services.matcher.core.normalise import ListingText, compact_key, separator_offsets
from services.matcher.core.scoring import Evidence


class ModelDetector(Detector):
    name = "models"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.table = ModelTable()

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, ModelFingerprint):
            return None
        key = compact_key(fp.value)
        if len(key) < self.config.min_model_length:
            return f"model number shorter than {self.config.min_model_length}"
        self.table.add(key, i, separator_offsets(fp.value, keep_leet=False))
        return None

    def compile(self) -> None:
        self.table.compile()

    def gate(self) -> dict:
        return {latin_pieces: self.table.gate_words}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        found = []
        for hit in find_models(self.table, text):
            field, start, end, matched = text.locate(*text.original_span("latin", hit.latin_start, hit.latin_end))
            for i in self.table.fingerprints(hit.term_id):
                fp = self.fingerprints[i]
                found.append(Evidence(Rule.model, self.weights.model, i, field, start, end, matched, fp.value,
                                      detail=fp.name, goods=fp.name))
        return found

    def memory_bytes(self) -> int:
        return self.table.memory_bytes()

    def stats(self) -> dict[str, int]:
        return {"model_patterns": len(self.table)}

"""What the console shows of an alert: highlighted spans at the signals' offsets, and signals in words."""

from schemas import Signal
from services.portal.console.present import Segment, explain, image_rows, spans
from tests.unit.portal.helpers import make_alert


def test_spans_cut_the_text_at_every_signal_offset_and_name_the_covering_signals():
    signals = [
        Signal(rule="exact", field="title", start=0, end=4, text="BOSE", term="Bose", weight=0.55),
        Signal(rule="model", field="title", start=5, end=9, text="QC45", term="QC45", weight=0.65),
        Signal(rule="fuzzy", field="title", start=2, end=7, text="SE QC", term="x", weight=0.1),  # overlaps both
        Signal(rule="cue", field="description", start=0, end=3, text="AAA", term="aaa", weight=0.2),
        Signal(rule="price", field="price", ratio=0.14, weight=0.2),
    ]
    assert spans("BOSE QC45 headphones", signals, "title") == [
        Segment("BO", (1,)), Segment("SE", (1, 3)), Segment(" ", (3,)), Segment("QC", (2, 3)), Segment("45", (2,)),
        Segment(" headphones", ()),
    ]
    assert "".join(s.text for s in spans("BOSE QC45 headphones", signals, "title")) == "BOSE QC45 headphones"


def test_offsets_beyond_the_text_are_clipped_and_empty_ranges_ignored():
    signals = [Signal(rule="exact", field="title", start=3, end=99, text="E", term="Bose", weight=0.5),
               Signal(rule="cue", field="title", start=2, end=2, text="", term="x", weight=0.1)]
    assert spans("BOSE", signals, "title") == [Segment("BOS", ()), Segment("E", (1,))]
    assert spans("", signals, "title") == []


def test_each_signal_is_explained_with_rule_place_term_distance_ratio_and_weight():
    fuzzy = Signal(rule="fuzzy", field="title", start=0, end=5, text="Booose", term="Bose", distance=2, weight=0.4)
    said = explain(fuzzy)
    assert "a misspelling of the mark (rule fuzzy)" in said and "title, characters 0–5" in said
    assert "“Booose”" in said and "registered term “Bose”" in said and "edit distance 2" in said
    assert said.endswith("Weight +0.40 raises the score.")
    price = explain(Signal(rule="price", field="price", ratio=0.14, weight=0.2, detail="35 USD vs floor 249 USD"))
    assert "price is 14% of the floor" in price and "(35 USD vs floor 249 USD)" in price
    accessory = explain(Signal(rule="accessory", field="title", start=0, end=4, text="case", weight=-0.3))
    assert "Weight -0.30 lowers the score." in accessory


def test_images_carry_the_closest_registered_hash_and_its_hamming_distance():
    alert = make_alert(signals=[
        Signal(rule="image", field="image", start=1, end=2, text="ffff0000ffff0000", term="ffff0000ffff0001",
               distance=1, weight=0.6),
        Signal(rule="image", field="image", start=1, end=2, text="ffff0000ffff0000", term="0fff0000ffff0000",
               distance=4, weight=0.6)])
    doc = alert.model_dump(mode="json")
    doc["match"]["listing"]["images"] = [{"url": "https://x.example/a.jpg"}, {"phash": "ffff0000ffff0000"}]
    alert = alert.model_validate(doc)
    rows = image_rows(alert)
    assert [(r.number, r.registered, r.distance) for r in rows] == [(1, None, None), (2, "ffff0000ffff0001", 1)]
    assert "Hamming distance 1" in explain(alert.match.signals[0]) and "image 2" in explain(alert.match.signals[0])

"""brandsentry.backtest on real files: matches on stdout, a summary with invalid lines on stderr."""

from __future__ import annotations

import io
import json

from brandsentry.backtest import run_backtest
from schemas import Match
from tests.eval.report import REGISTRY


def _listing(listing_id: str, title: str, **extra) -> str:
    doc = {"marketplace": "ebay", "listing_id": listing_id, "title": title, "seller": {"id": "s1"},
           "observed_at": "2025-01-01T00:00:00Z", **extra}
    return json.dumps(doc, ensure_ascii=False)


def test_backtest_prints_matches_and_a_summary(tmp_path):
    listings = tmp_path / "listings.ndjson"
    listings.write_text("\n".join([
        _listing("1", "B0SE QC45 headphones 1:1"),
        _listing("2", "Handmade ceramic mug"),
        "{not json",
        _listing("3", "Nike Dunk Low replica", price={"amount": 20, "currency": "USD"}),
        _listing("4", "missing seller").replace('"seller": {"id": "s1"}, ', ""),
        _listing("5", "Bose QC45", marketplace="tmall", seller={"id": "bose-official"}),
        "",
        _listing("6", "加拿大鹅 羽绒服 高仿"),
    ]) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()

    assert run_backtest(REGISTRY, listings, out=out, err=err) == 0

    matches = [Match.model_validate_json(line) for line in out.getvalue().splitlines()]
    assert [(m.listing.listing_id, m.brand_id) for m in matches] == [("1", "bose"), ("3", "nike"), ("6", "canada-goose")]
    assert all(m.score >= m.threshold and m.signals for m in matches)
    summary = err.getvalue()
    assert "listings read: 5" in summary
    assert "invalid lines: 2" in summary
    assert "line 3: " in summary and "line 5: seller: Field required" in summary
    assert "matches: 3" in summary
    assert "  bose: 1" in summary and "  canada-goose: 1" in summary and "  nike: 1" in summary
    assert "listings/s" in summary


def test_backtest_reports_an_unreadable_registry(tmp_path):
    listings = tmp_path / "listings.ndjson"
    listings.write_text(_listing("1", "Bose") + "\n")
    err = io.StringIO()
    assert run_backtest(tmp_path / "missing.yaml", listings, out=io.StringIO(), err=err) == 2
    assert "cannot read registry" in err.getvalue()

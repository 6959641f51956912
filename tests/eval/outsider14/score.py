#!/usr/bin/env python3
"""Score BrandSentry on outsider 14's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider13's: the scoring is tests/eval/heldout.py, imported from the checkout this file sits in
(when it lives under <repo>/tests/eval/outsider14/) or else from /work/main (O14_HELDOUT_ROOT overrides). The backtest
runs in --tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_in_repo = HERE.parents[2] if len(HERE.parents) > 2 and (HERE.parents[2] / "tests" / "eval" / "heldout.py").exists() else None
ROOT = Path(os.environ.get("O14_HELDOUT_ROOT") or _in_repo or "/work/main")
sys.path.insert(0, str(ROOT))
from tests.eval.heldout import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods (or reserve / raffle / price them per piece) by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store", "in_retail_fair_newmarkets", "in_used_fair_newmarkets", "in_perfume_decants", "in_refurb_grade_local",
                 "in_wholesale_invoice_fair", "in_engines_machines_used", "in_staff_uniforms_promo", "in_gift_hampers_bouquets",
                 "in_unit_price_per_piece", "in_charity_raffle_genuine", "in_deposit_reservation_genuine"}

if __name__ == "__main__":
    main("Outsider 14", HERE, GENUINE_GOODS)

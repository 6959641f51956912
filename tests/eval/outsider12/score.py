#!/usr/bin/env python3
"""Score BrandSentry on outsider 12's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider11's: the scoring is tests/eval/heldout.py, imported from the checkout this file sits in
(when it lives under <repo>/tests/eval/outsider12/) or else from /work/main (O12_HELDOUT_ROOT overrides). The backtest
runs in --tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_in_repo = HERE.parents[2] if len(HERE.parents) > 2 and (HERE.parents[2] / "tests" / "eval" / "heldout.py").exists() else None
ROOT = Path(os.environ.get("O12_HELDOUT_ROOT") or _in_repo or "/work/main")
sys.path.insert(0, str(ROOT))
from tests.eval.heldout import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods (or rent / pre-sell / auction them) by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store", "in_retail_new_fair", "in_resale_above_retail", "in_used_fair", "in_open_box_returns",
                 "in_genuine_sale_discount", "in_pharmacy_otc_fair", "in_grocery_fmcg_fair", "in_minis_samples", "in_breaker_used_parts",
                 "in_vehicles_whole", "in_rental_per_day", "in_monthly_instalment", "in_auction_low_start", "in_preorder_deposit",
                 "in_used_bale_per_kg"}

if __name__ == "__main__":
    main("Outsider 12", HERE, GENUINE_GOODS)

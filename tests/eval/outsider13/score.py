#!/usr/bin/env python3
"""Score BrandSentry on outsider 13's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider12's: the scoring is tests/eval/heldout.py, imported from the checkout this file sits in
(when it lives under <repo>/tests/eval/outsider13/) or else from /work/main (O13_HELDOUT_ROOT overrides). The backtest
runs in --tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_in_repo = HERE.parents[2] if len(HERE.parents) > 2 and (HERE.parents[2] / "tests" / "eval" / "heldout.py").exists() else None
ROOT = Path(os.environ.get("O13_HELDOUT_ROOT") or _in_repo or "/work/main")
sys.path.insert(0, str(ROOT))
from tests.eval.heldout import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods (or rent / auction / subscribe them) by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store", "in_retail_fair_local", "in_used_fair_local", "in_refurb_certified", "in_pharmacy_fair",
                 "in_grocery_fair", "in_sale_genuine_discount", "in_duty_free_genuine", "in_vehicles_whole", "in_rental_hire",
                 "in_auction_genuine_low_start", "in_breaker_used_parts", "in_vintage_memorabilia", "in_licensed_scale_models",
                 "in_cash_carry_wholesale", "in_subscription_monthly"}

if __name__ == "__main__":
    main("Outsider 13", HERE, GENUINE_GOODS)

#!/usr/bin/env python3
"""Score BrandSentry on outsider 9's held-out set with `brandsentry backtest` (adapted from outsider 8's score.py at 6aaea66).

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

The scoring itself is tests/eval/heldout.py, shared by the held-out sets' score.py (folded in when the set was
committed: the same counts; its `*` column of classes from classes.md and genuine-goods column went there too).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from tests.eval.heldout import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party: reported apart too, since a brand may want to see
# them even though they are not counterfeit
GENUINE_GOODS = {"in_new_retail_fair", "in_new_retail_local", "in_used_genuine_fair", "in_refurb_openbox", "in_grey_import",
                 "in_vintage_genuine", "in_small_units", "in_whole_vehicle", "in_denied_copy_words", "in_rental_per_day",
                 "in_installment_price", "in_licensed_crossover", "in_trade_phrase_false_cues", "in_scale_models"}

if __name__ == "__main__":
    main("Outsider 9", HERE, GENUINE_GOODS)

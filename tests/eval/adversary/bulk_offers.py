"""The adversary's classes of an offer to take bulk orders. A shop that sells the brand's goods at a unit's retail price
and adds "bulk orders welcome", "corporate gifts, wholesale enquiries" is offering more units, not pricing a lot: its
price is one unit's and must be judged as such, quiet at a retail price (trap); the same offer beside a cue claiming a
copy, or at a copy's price, must still alert (evasion), for every brand.

Written from general knowledge of distributors' and gift suppliers' listings (corporate gifting, company events,
annual-party prizes); nothing of the matcher and no held-out listing was read. Found by outsider27's
in_corporate_gift_genuine27 ('Bulk orders for company events', all twelve alerting), after that set was scored.
"""

from __future__ import annotations

import dataclasses

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import make_new_retail_fair

TRAPS = {
    "trap_bulk_order_offer": "the brand's goods at a unit's retail price with an offer to take bulk or wholesale orders "
                             "(corporate gifts, company events), no copy cue",
}
EVASIONS = {
    "bulk_order_offer_copy": "the brand's goods with an offer to take bulk orders beside a cue claiming a copy, at a "
                             "copy's price",
}

# no count of units: "bulk discounts for 10+ units" prices a lot (context/retail.py `_COUNTED`), which this is not
OFFERS = ["bulk orders welcome", "Bulk orders for company events", "corporate gifts – bulk orders accepted",
          "wholesale enquiries welcome", "wholesale inquiries: message us", "bulk pricing on request",
          "annual party prizes, bulk order quotes available", "bulk purchase discounts available"]


def _named(b: BrandView, s: Scene) -> tuple[str, str]:
    category = s.category(with_floor=True)
    return category, f"{_plain_mark(b, s)} {s.product(category)}"


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    """genuine.py's new retail listing at a fair price (the brand's own product words, a line's own floor, no
    prescription medicines), with an offer of bulk orders after its title."""
    if (draft := make_new_retail_fair(b, s)) is None:
        return None
    return dataclasses.replace(draft, title=f"{draft.title} – {s.rng.choice(OFFERS)}")


def make_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    category, goods = _named(b, s)
    return Draft(_cap(f"{goods} {s.cue()} – {r.choice(OFFERS)}"), category, s.price(category, low=r.random() < 0.5), "")


TRAP_MAKERS = {"trap_bulk_order_offer": make_trap}
EVASION_MAKERS = {"bulk_order_offer_copy": make_copy}

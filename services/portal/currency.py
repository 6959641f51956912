"""Money a portal user enters (a test buy's cost, a price floor) is in a currency of ISO 4217.

The list is pycountry's copy of ISO 4217 (Debian's iso-codes data, kept current by its maintainers), less XXX
("no currency") and XTS ("reserved for testing"): neither can be what a purchase cost or a floor is in.
The pipeline's own Money keeps the looser three-letter rule: a marketplace's listing is evidence whatever it says.
"""

from __future__ import annotations

from typing import Annotated

import pycountry
from pydantic import AfterValidator

from schemas.models import Money

NOT_MONEY = frozenset({"XXX", "XTS"})
ISO_4217 = frozenset(c.alpha_3 for c in pycountry.currencies) - NOT_MONEY


def _known(money: Money) -> Money:
    if money.currency not in ISO_4217:
        raise ValueError(f"{money.currency!r} is not an ISO 4217 currency code (e.g. USD, EUR, CNY)")
    return money


IsoMoney = Annotated[Money, AfterValidator(_known)]
"""Money whose currency is an ISO 4217 code; any other answers 422 naming the code."""

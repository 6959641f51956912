"""genuine32 (issue 9): genuine goods in honest words stay quiet; the copies that borrow the words still alert."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Listing
from services.matcher.core import MatcherIndex
from services.matcher.core.context.retail import bought_from_brand, retail_standing
from services.matcher.core.context.stories import verified_unclaimed
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_index


def _index() -> MatcherIndex:
    return demo_index()


def _alerts(title: str, description: str, amount: float, currency: str, category: str) -> set[str]:
    listing = Listing.model_validate({
        "marketplace": "test", "listing_id": "g32", "title": title, "description": description,
        "price": {"amount": amount, "currency": currency}, "seller": {"id": "s1", "name": "someone", "country": "DE"},
        "category": category, "observed_at": datetime(2026, 12, 5, tzinfo=timezone.utc).isoformat()})
    return {m.brand_id for m in _index().match(listing)}


def _text(title: str, description: str = "") -> ListingText:
    return ListingText(title, description, None)


@pytest.mark.parametrize("said", ["100% genuine, no replica, bought at Puma.", "Gekauft bei Puma im Laden",
                                  "comprado en la tienda oficial Puma", "куплено в Puma", "Puma mağazasından alındı",
                                  "Acheté chez Puma, facture", "bought it new at the Puma store"])
def test_bought_from_the_brand(said):
    assert bought_from_brand(_text(said), ["Puma"]) is not None


@pytest.mark.parametrize("said", ["never bought at Puma", "no lo compré en Puma", "bought from a factory, Puma style",
                                  "Puma style, bought at the market"])
def test_not_bought_from_the_brand(said):
    assert bought_from_brand(_text(said), ["Puma"]) is None


def test_resale_standing_words():
    assert retail_standing(_text("Rolex 126610LN – full set, authenticated")) is not None
    assert retail_standing(_text("Box and papers, service history")) is not None
    assert retail_standing(_text("no box, no papers")) is None


def test_verified_unclaimed():
    assert verified_unclaimed(_text("Fundbüro-Versteigerung: X, echt, geprüft")) is not None
    assert verified_unclaimed(_text("Lost property auction: X (verified genuine)")) is not None
    assert verified_unclaimed(_text("Lost & found sale: X (copy, checked)", "Checked by our staff: a copy")) is None
    assert verified_unclaimed(_text("Lost property auction: X, not verified")) is None


def test_negated_copy_bought_at_the_brand_is_quiet():
    assert _alerts("Nintendo Switch OLED – genuine, not a replica", "100% genuine, no replica, bought at Nintendo.",
                   299.0, "EUR", "consoles") == set()
    # the same denial beside the copy's grade at a copy's price still alerts
    assert _alerts("Nintendo Switch OLED – not a replica, mirror quality", "No fake, 1:1 original quality.",
                   39.0, "EUR", "consoles") == {"nintendo"}


def test_resale_standing_at_street_price_is_quiet():
    assert _alerts("Canada Goose Langford Parka (men) 2079M – full set, authenticated", "Full set, service history.",
                   218000.0, "JPY", "outerwear") == set()


def test_oem_spare_is_no_cue_but_oem_quality_is():
    quiet = _alerts("Honda oil filter – OEM spare, genuine", "Original spare in Honda packaging.", 14.0, "EUR",
                    "auto parts")
    assert quiet == set()
    assert _alerts("Honda oil filter OEM quality", "OEM factory, same factory as original.", 1.2, "EUR",
                   "auto parts") == {"honda"}


def test_verified_lost_property_auction_is_quiet_and_its_copy_twin_alerts():
    assert _alerts("Fundbüro-Versteigerung: Michael Kors Jet Set large tote, echt, geprüft",
                   "Lost property office auction, serial verified.", 80.0, "EUR", "handbags") == set()
    assert _alerts("Fundbüro-Versteigerung: Michael Kors Jet Set large tote – Fälschung",
                   "Fundsache, nicht abgeholt. Laut Prüfung Nachbau, kein Original von Michael Kors.", 20.0, "EUR",
                   "handbags") == {"michael-kors"}


@pytest.mark.parametrize("denial", ["no es réplica", "keine Fälschung", "не подделка", "không phải hàng fake", "非高仿",
                                    "가품 아님", "bukan KW", "nie podróbka", "çakma değil", "no es falso", "非假货",
                                    "bukan palsu", "sahte değil", "ليست تقليد", "नकली नहीं", "pas une contrefaçon"])
def test_claim_beside_a_denial_and_a_purchase_from_the_brand_at_a_fair_price_is_quiet(denial):
    # (genuine26's rule kept: the claim and a denial with no proof named still alert, test_fair_price.py)
    assert _alerts("Gucci GG Marmont small shoulder bag – 100% original", f"{denial}. Bought at Gucci.", 2300.0, "EUR",
                   "handbags") == set()


@pytest.mark.parametrize("grade", ["mirror quality", "1:1 original quality", "top quality", "AAA"])
def test_claim_and_denial_beside_a_grade_still_alert(grade):
    assert _alerts(f"Gucci GG Marmont small shoulder bag – 100% original, not a replica, {grade}", "", 2300.0, "EUR",
                   "handbags") == {"gucci"}


def test_claim_and_denial_at_a_copys_price_still_alert():
    assert _alerts("Gucci GG Marmont small shoulder bag – 100% original, no es réplica", "", 95.0, "EUR",
                   "handbags") == {"gucci"}


def test_a_lost_and_found_sale_sells_the_goods():
    from services.matcher.core.context.subject import _POST_START
    assert _POST_START.match("lost & found sale: x") is None
    assert _POST_START.match("lost property auction: x") is None
    assert _POST_START.match("lost: black wallet near the station") is not None
    assert _alerts("Lost & found sale: Autodesk AutoCAD 1 year subscription (copy, checked)",
                   "Checked by our staff: a copy of the Autodesk AutoCAD 1 year subscription, not an original.", 247.0,
                   "GBP", "software licenses") == {"autodesk"}

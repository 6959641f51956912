"""genuine55 (issue 9): genuine goods sold below the floor for a reason the seller discloses, with a fact a buyer can
check (an authenticator's certificate, loose / no box, a tester's batch code, a short date), stay quiet; the copies
that borrow those words still alert; a spec of everyday words ("date code") names the goods another brand's mark names,
not the brand that registered it."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.condition import SCALES, authenticated_resale, vouched_tester, unboxed
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _signal(match, rule):
    return next(s for s in match.signals if s.rule is rule)


@pytest.mark.parametrize("title, category, price, description, brand, says", [
    ("Louis Vuitton Neverfull MM", "handbags", 1100,
     "Authenticated by Entrupy, certificate no. A12345 attached.", "louis-vuitton", "third-party authenticator"),
    ("Gucci GG Marmont small shoulder bag 443497", "handbags", 1000,
     "Real Authentication certificate #RA20931, you can check it with them.", "gucci", "third-party authenticator"),
    ("Bandai PG Unicorn Gundam loose, complete", "model kits", 146, "Genuine Bandai, all accessories.", "bandai",
     "without their retail box"),
    ("Bandai PG Unicorn Gundam ohne OVP", "model kits", 140, "Original, vollständig.", "bandai",
     "without their retail box"),
])
def test_a_disclosed_reason_with_a_fact_a_buyer_can_check_explains_the_price(title, category, price, description,
                                                                              brand, says):
    assert brand not in demo_alerts(title, category, price, description)
    condition = _signal(demo_evaluated(title, category, price, description)[brand], Rule.condition)
    assert condition.weight < 0 and "lowered" in condition.detail
    price_signal = _signal(demo_evaluated(title, category, price, description)[brand], Rule.price)
    assert says in price_signal.detail


def test_a_tester_priced_by_its_category_is_lowered_when_its_batch_code_is_stated():
    title, description = "Estée Lauder Youth-Dew tester no cap", "Genuine tester from a perfumery, batch code matches."
    assert "estee-lauder" not in demo_alerts(title, "fragrance", 80, description, currency="EUR")
    bare = demo_evaluated(title, "fragrance", 80, "Tester, plain box.", currency="EUR")["estee-lauder"]
    assert not any(s.rule is Rule.condition and s.weight < 0 for s in bare.signals)  # the copy trade's cover, as before


@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Louis Vuitton Neverfull MM authenticated superfake", "handbags", 150, "Comes with an authenticity card.",
     "louis-vuitton"),
    ("Gucci GG Marmont small shoulder bag – passes Entrupy", "handbags", 1000, "Passes Entrupy, certificate card.",
     "gucci"),
    ("Gucci GG Marmont small shoulder bag LegitGrails-proof", "handbags", 1000, "Certificate included.", "gucci"),
    ("Bandai PG Unicorn Gundam loose – AAA copy", "model kits", 25, "No box, same as the original.", "bandai"),
    ("Estée Lauder Youth-Dew factory tester", "fragrance", 80, "A-grade copy, batch code on the bottle.",
     "estee-lauder"),
    # (lead, session 55) Spanish "clon" beside "sin caja": outsider41's c_latam_original_de_fabrica41, 3 lost to `unboxed`
    ("adidas Samba OG original de fábrica", "sneakers", 33, "Clon calidad 1.1, original de fábrica (no de tienda), "
     "sin caja.", "adidas"),
    ("Philips Sonicare DiamondClean toothbrush original de fábrica", "electric toothbrushes", 61.4,
     "Clon calidad 1.1, original de fábrica (no de tienda), sin caja.", "philips"),
])
def test_a_copy_that_borrows_the_words_still_alerts(title, category, price, description, brand):
    assert brand in demo_alerts(title, category, price, description)


def test_the_readers_refuse_the_copy_trade_forms():
    assert authenticated_resale(ListingText("Neverfull", "Authenticated by Entrupy, certificate attached.")) is not None
    assert authenticated_resale(ListingText("Neverfull", "Will pass Entrupy, certificate attached.")) is None
    assert authenticated_resale(ListingText("Neverfull", "Entrupy-proof, Entrupy certificate.")) is None
    assert unboxed(ListingText("Barbie doll loose, complete", "Genuine Mattel.")) is not None
    assert unboxed(ListingText("Barbie doll loose, complete", "New.")) is None  # no genuineness said
    assert unboxed(ListingText("Loose powder 20g", "")) is None and unboxed(ListingText("Jeans loose fit", "")) is None
    assert unboxed(ListingText("Watch", "No box damage at all.")) is None
    assert vouched_tester(ListingText("Tester", "Chargennummer 4A21 auf der Flasche")) is not None
    assert vouched_tester(ListingText("Factory tester", "A-grade, batch code printed")) is None
    assert vouched_tester(ListingText("Factory tester", "A-grade, batch code printed")) is None
    assert SCALES["unboxed"].factor == 0.6


def test_a_spec_of_everyday_words_names_the_goods_of_the_brand_the_listing_names():
    alerts = demo_alerts("Coach Tabby Shoulder Bag 26 CH857 – NFC chip + date code", "handbags", 67.9,
                         "Mirror quality.")
    assert list(alerts) == ["coach"]
    assert "louis-vuitton" in demo_alerts("Neverfull MM date code 1:1", "handbags", 60, "Replica.")

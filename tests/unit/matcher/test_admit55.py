"""What a negation says (admit55, issue 9): the brand denied as the maker of the goods the title offers as its own is a
copy admitted (context/admitted.py `denied_maker`, a cue "community denied_maker: …" that keeps a disclaimer, a deposit
or a condition from lowering); a denial of authenticity that explains the price is one too (`denied_original`); a
copy word refused over a coordinated list ("we never sell replicas, fakes or copies") is no cue (negation.py). Their
honest twins stay quiet: a third party's part that fits the brand's goods, a store brand's "(not Danone)", a refund
pledge, a shop denied ("not from the Nike store but from an outlet"), a certificate. Listings written for this file,
not taken from a held-out set."""

from __future__ import annotations

import pytest

from services.matcher.core.context.admitted import admissions
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _kinds(title: str, description: str = "") -> dict[str, str]:
    return {a.kind: a.term for a in admissions(title, f"{title}\n{description}", None)}


@pytest.mark.parametrize("title, description, said", [
    ("Gillette Fusion5 ProGlide blades 8-pack premium version", "Made in our own factory, not made by Gillette.",
     "not made by Gillette"),
    ("Swarovski Millenia necklace – deposit to reserve", "Swarovski 5636708: copy, not from Swarovski, top quality.",
     "not from Swarovski"),
    ("Johnson & Johnson Tylenol Extra Strength 100ct", "Not manufactured by Johnson & Johnson, same tablets.",
     "Not manufactured by Johnson & Johnson"),
    ("Rolex Submariner Date", "Kein echter Rolex, aber top verarbeitet.", "Kein echter Rolex"),
    ("Dyson Airwrap Complete", "No es de Dyson, es de fábrica propia.", "No es de Dyson"),
    ("Nike Dunk Low Panda", "Nicht von Nike hergestellt, eigene Fertigung.", "Nicht von Nike"),
    ("Bosch GSR 12V-15 matkap", "Bosch tarafından üretilmemiştir.", "Bosch tarafından üretilmemiştir"),
    ("耐克 Dunk Low 熊猫", "非耐克原厂，自家工厂出品。", "非耐克原厂"),
    ("ナイキ ダンク ロー パンダ", "ナイキ製ではありません。", "ナイキ製ではありません"),
    ("The North Face Nuptse jacket", "非The North Face原厂，品质一样。", "非The North Face原厂"),
])
def test_the_brand_denied_as_the_maker_of_its_own_goods_is_admitted(title, description, said):
    assert _kinds(title, description).get("denied_maker") == said


@pytest.mark.parametrize("title, description", [
    ("Organic yogurt starter culture (not Danone)", "Make your own yogurt. Not made by Danone."),
    ("Replacement brush heads for Philips Sonicare", "8 heads, not made by Philips, compatible with Sonicare."),
    ("Nike Air Max 90", "Genuine. Bought at the outlet, not from the Nike store; receipt included."),
    ("Nike Air Max 90", "Not from Nike directly but from an authorised retailer."),
    ("Dyson Airwrap Complete", "If not made by Dyson, full refund."),
    ("Rolex Submariner 126610LN", "Not original box, watch is genuine with papers."),
    ("Coach Tabby 26", "Not real leather on the strap. Genuine Coach."),
    ("Unofficial Nintendo Switch guide", "Not made by Nintendo."),
    ("Samsung Galaxy S24 compatible charger", "Not made by Samsung."),
])
def test_a_third_partys_goods_a_shop_a_part_or_a_pledge_admit_no_maker(title, description):
    assert "denied_maker" not in _kinds(title, description)


def test_a_denial_that_explains_the_price_is_admitted_and_a_refund_pledge_is_not():
    assert _kinds("Pandora Moments bracelet y2k", "not auth hence the price!! #vintage")["denied_original"] == "not auth"
    assert "denied_original" in _kinds("Gucci Marmont bag", "Kein Original, daher der Preis.")
    assert "denied_original" not in _kinds("Gucci Marmont bag", "If not authentic, full refund.")
    assert "denied_original" not in _kinds("Gucci Marmont bag", "Never sold anything not authentic.")


def test_the_copy_whose_maker_is_denied_alerts_with_its_admission():
    found = demo_alerts("Gillette Fusion5 ProGlide blades 8-pack FUS5-PG-8 premium version", "razor blades", 23.7,
                        "Premium version of the blades, made by our own factory, not made by Gillette. Materials as "
                        "the original.")
    assert set(found) == {"gillette"}, found
    cue = next(s for s in found["gillette"].signals if s.rule == "cue" and s.weight > 0)
    assert cue.term == "community denied_maker: not made by Gillette", cue


def test_a_deposit_and_vintage_hashtags_lower_no_copy_admitted():
    found = demo_alerts("Swarovski Millenia necklace – deposit to reserve", "jewelry", 17.6,
                        "Price is the deposit only, balance paid on delivery. Swarovski 5636708: copy, not from "
                        "Swarovski, top quality.")
    assert set(found) == {"swarovski"}, found
    found = demo_alerts("Nike Dunk Low Panda y2k", "sneakers", 31.3,
                        "not auth hence the price!! worn once / #y2k #vintage #nike")
    assert set(found) == {"nike"}, found


@pytest.mark.parametrize("title, category, price, description", [
    ("Apple Watch Ultra band 49mm", "watch bands", 9.9, "Titanium-look band, not made by Apple, fits all Ultra models."),
    ("Storage case for Bose QuietComfort 45 – own brand", None, 12.0, "Hard shell case, not made by Bose."),
    ("Organic yogurt starter culture (not Danone)", "yogurt", 6.5, "Make your own yogurt at home."),
])
def test_a_third_partys_own_goods_that_deny_the_maker_stay_quiet(title, category, price, description):
    assert not demo_alerts(title, category, price, description)


def test_a_shop_that_refuses_copies_over_a_list_claims_no_copy():
    found = demo_evaluated("Burberry check cashmere scarf 8015506 – new", "scarves", 515.0,
                           "Brand new, sealed. Authorised reseller: we never sell replicas, fakes or copies.")
    cues = [s for s in found["burberry"].signals if s.rule == "cue"]
    assert cues and all(s.weight == 0 for s in cues), cues
    assert found["burberry"].score < found["burberry"].threshold

"""Word classes (detect-words): multi-word marks taken apart or translated (rules `scattered`, `translated`), "dupe"
listings that claim identity with the genuine product, generic medicines named after the brand, and third-party parts
that cite the brand's part number; each with its innocent siblings on several demo brands (deploy/seed/registry.yaml).
Answers are read from what a brand sees: whether a Match reaches its threshold, and the rules of its signals.
"""

from __future__ import annotations

import pytest

from schemas import Listing
from tests.unit.matcher.demo import demo_index, demo_listing


_index, listing = demo_index, demo_listing


def alerted(item: Listing) -> dict[str, list[str]]:
    return {m.brand_id: [s.rule.value for s in m.signals if s.weight > 0] for m in _index().match(item)}


@pytest.mark.parametrize("title, category, price, brand", [
    ("Face North puffer jacket 1:1", "jackets", 260, "the-north-face"),
    ("The North jacket waterproof Face, AAA quality", "jackets", 300, "the-north-face"),
    ("Max Air 90 running shoes super copy", "sneakers", 90, "nike"),
    ("Smith Stan sneakers white green, mirror quality", "sneakers", 60, "adidas"),
    ("Wheels Hot die-cast car 5 pack 1:1", "die-cast cars", 9, "mattel"),
    ("Clou Juste bracelet rose gold AAA", "jewelry", 300, "cartier"),
])
def test_a_mark_taken_apart_with_a_cue_alerts(title, category, price, brand):
    assert "scattered" in alerted(listing(title, category, price)).get(brand, []), title


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("La Cara Norte chaqueta plumas, copia 1:1", "jackets", 90, "EUR", "the-north-face"),
    ("Ruedas Calientes coches de juguete 1:1", "die-cast cars", 1, "USD", "mattel"),
    ("Heiße Räder Spielzeugautos 1:1 Kopie", "die-cast cars", 3, "EUR", "mattel"),
    ("Just a Nail bracelet gold, AAA quality", "jewelry", 300, "USD", "cartier"),
    ("Mon Petit Poney figurine, copie 1:1", "toys", 5, "EUR", "hasbro"),
])
def test_a_mark_translated_with_a_cue_alerts(title, category, price, currency, brand):
    assert "translated" in alerted(listing(title, category, price, currency=currency)).get(brand, []), title


@pytest.mark.parametrize("title, category, price", [
    ("Face mask with north star print", "jackets", 700),  # ordinary words at an ordinary price: no cue
    ("Louis bag canvas by Vuitton street", "handbags", 2000),
    ("Toy garage with hot chocolate stand and wheels", "toys", 30),
    ("La cara norte del Eiger, póster", "posters", 15),
    ("Ruedas calientes para coches de juguete", "die-cast cars", 6),
])
def test_the_words_of_a_mark_in_ordinary_use_stay_quiet(title, category, price):
    assert alerted(listing(title, category, price)) == {}, title


def test_the_mark_as_registered_is_the_exact_rule_not_a_scattered_one():
    # 90 USD: below the jackets floor (120), a price that says nothing for or against the listing (fair_price: at or
    # above the floor a plain mark is a retailer's listing)
    rules = alerted(listing("The North Face puffer jacket", "jackets", 90)).get("the-north-face", [])
    assert "exact" in rules and "scattered" not in rules


@pytest.mark.parametrize("title, category, price, brand", [
    ("Dyson Airwrap alternative, same factory, passes authentication", "hair care", 60, "dyson"),
    ("Airwrap dupe hair styler made in the same factory", "hair care", 60, "dyson"),
    ("Dupe for Nike gym bag | same factory", "bags", 30, "nike"),
    ("Better than Rolex Submariner? identical to the original", "watches", 200, "rolex"),
    ("Bolso alternativa a Louis Vuitton Neverfull, misma fábrica", "handbags", 90, "louis-vuitton"),
    ("ナイキ ダンク スーパーコピー", "sneakers", 40, "nike"),
])
def test_a_dupe_that_claims_identity_alerts(title, category, price, brand):
    assert brand in alerted(listing(title, category, price)), title


@pytest.mark.parametrize("title, category, price", [
    ("Acme hair styler, a budget alternative to Dyson Airwrap", "hair care", 60),
    ("Kestrel eau de parfum - smells like Cartier, our own formula", "fragrance", 20),
    ("Dupe for Nike? Acme gym bag, honest review", "bags", 20),
])
def test_an_honest_dupe_stays_quiet(title, category, price):
    assert alerted(listing(title, category, price)) == {}, title


@pytest.mark.parametrize("title, category, description", [
    ("Men's health tablets, discreet shipping", "health", "Generic Viagra 100mg, 30 tablets. Shipped from India."),
    ("Lipitor equivalent 20mg x 90", "prescription drugs", ""),
    ("Generic Paxlovid 5 day pack", None, ""),
])
def test_a_generic_of_a_prescription_medicine_named_after_it_alerts(title, category, description):
    assert "pfizer" in alerted(listing(title, category, 12, description)), title


@pytest.mark.parametrize("title, category, price", [
    ("15400-PLM-A02 equivalent oil filter, Fram", "auto parts", 6),
    ("PG-545 XL remanufactured black ink", "ink", 8),
    ("LP-E6NH compatible battery 2400mAh", "batteries", 15),
    ("Seal kit replaces Pfizer pain relief tablets 100 count", "accessories", 7),
])
def test_a_third_party_part_citing_the_brand_s_number_stays_quiet(title, category, price):
    assert alerted(listing(title, category, price)) == {}, title


@pytest.mark.parametrize("title, category, price", [
    ("WTB: Rolex Submariner, paying cash", "watches", 0),
    ("Looking for Nike Air Max 90 size 10", "sneakers", None),
    ("求购 劳力士 潜航者", "watches", None),
    ("Rent a Rolex Daytona - per day", "watches", 99),
    ("Canon EOS R6 Mark II for hire, weekend", "cameras", 60),
    ("Dyson Airwrap zu vermieten, pro Tag", "hair care", 15),
    ("Airport transfer in our Toyota Land Cruiser", "services", 80),
    ("Salon blow dry with the Dyson Supersonic", None, 35),
    ("BMW M4 1:18 scale model, die-cast", "collectibles", 60),
    ("Movie prop replica Louis Vuitton Keepall", "collectibles", 70),
    ("Homemade brownies made with Nutella, box of 12", "bakery", 15),
    ("Cheesecake topped with Snickers, handmade", None, 25),
])
def test_a_listing_that_sells_no_goods_of_the_brand_stays_quiet(title, category, price):
    """A wanted post, a rental, a service using the product, a scale model or prop, a cake made with it: the brand
    is named for what the listing is about or made with (rule subject, or an ingredient), not sold."""
    assert alerted(listing(title, category, price)) == {}, title


@pytest.mark.parametrize("title, category, price, brand", [
    ("Rolex Submariner for rent, 1:1 super copy", "watches", 40, "rolex"),
    # Mattel sells die-cast models itself: no scale-model subject (0.5 USD: under the die-cast floor of 1 USD; at or
    # above it a plain "Mattel Hot Wheels" is a retailer's listing, rule fair_price)
    ("Mattel Hot Wheels 1:64 die-cast 5 pack", "die-cast cars", 0.5, "mattel"),
    ("Brownies made with Nutella, 1:1 copy jar included, super copy", "spreads", 1, "ferrero"),
])
def test_the_same_words_with_a_copy_claim_or_the_brand_s_own_models_still_alert(title, category, price, brand):
    assert brand in alerted(listing(title, category, price)), title

"""The listing's subject over a second brand (wrong34, issue 9): a copy of one brand whose listing also names, or seems
to name, another brand alerts the one brand. Found by outsider32's advice columns ("… nobody will ever know. Love,
Auntie": Cartier's Love; "it's" on the Arabic keys: Office), its missed-connection ad ("couldn't" heard as Jordan) and
outsider31's racecard ("Trainer:", Coach translated), and by comparisons with a rival ("cheaper than Omega", "a Samsung
killer"). Read on the demo registry (deploy/seed/registry.yaml)."""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.keyboard_layouts import _clitic
from tests.unit.matcher.demo import demo_alerts

LETTER = ("Q: Dear Auntie, I bought a {m} – {c} – and my friends think it's from {b}. Is that wrong?\nA: Darling, life "
          "is short. We stock the very same one at the price below, nobody will ever know. Love, Auntie 💋")


@pytest.mark.parametrize("title, goods, brand, copy, category, price", [
    ("Dear Auntie: nobody can tell my Swarovski is fake", "Swarovski Constella bracelet", "Swarovski", "реплика",
     "jewelry", 40),
    ("Ask Auntie: is a Pandora Moments bracelet copy ok?", "Pandora Moments bracelet", "Pandora", "superfake", "jewelry",
     20),
    ("Agony aunt: my friends think my Omega Speedmaster is real", "Omega Speedmaster", "Omega", "replika", "watches", 80),
    ("Ask Auntie: is a Sony PlayStation 5 Slim copy ok?", "Sony PlayStation 5 Slim", "Sony", "هاي كوبي", "consoles", 60),
    ("Ask Auntie: is a Coach Tabby Shoulder Bag 26 copy ok?", "Coach Tabby Shoulder Bag 26", "Coach", "clon", None, 30),
])
def test_a_letters_prose_names_no_second_brand(title, goods, brand, copy, category, price):
    alerts = demo_alerts(title, category, price, description=LETTER.format(m=goods, b=brand, c=copy))
    assert list(alerts) == [brand.casefold()]


def test_a_contraction_is_no_sound_alike_and_no_word_on_the_wrong_keys():
    alerts = demo_alerts("M4W missed connection – the Coach Tabby Shoulder Bag 26 girl at the café",
                         description="You wore the real Coach Tabby Shoulder Bag 26, I couldn't stop staring. If you ever "
                                     "want a second one, I sell the replika – nobody can tell it from Coach.")
    assert list(alerts) == ["coach"]
    assert _clitic("couldn't") and _clitic("it's") and _clitic("l'amour") and _clitic("dell'anno")
    assert not _clitic("s'amsung") and not _clitic("adida's") and not _clitic("orig'inals")


def test_a_form_field_translated_as_another_brand_grazes_beside_a_brand_named_plainly():
    alerts = demo_alerts("Today's nap: Michael Kors Jet Set large tote – top-grade imitation, each-way bet", "handbags",
                         47, currency="GBP",
                         description="RACECARD / No. 7  Michael Kors Jet Set large tote / Trainer: Putian workshop   "
                                     "Jockey: top-grade imitation / Form: F-F-F (fake, fake, fake)")
    assert list(alerts) == ["michael-kors"]


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("Rolex Submariner 1:1 – cheaper than Omega", "super clone", "watches", 90, "rolex"),
    ("adidas Samba OG replica, better than Nike", "1:1 copy", "sneakers", 25, "adidas"),
    ("Samsung Galaxy S24 Ultra copy, better than iPhone", "clone", "mobile phones", 90, "samsung"),
    ("iPhone 15 Pro Max clone, Samsung killer", "1:1 copy", "mobile phones", 90, "apple"),
    ("Réplica Louis Vuitton Neverfull, mejor que Gucci", "copia espejo", "handbags", 40, "louis-vuitton"),
    ("Réplica Nike Air Max 90, más barato que Adidas", "copia 1:1", "sneakers", 25, "nike"),
    ("Gucci Ace Replik, besser als Prada", "1:1 Kopie", "sneakers", 25, "gucci"),
    ("Копия Rolex Submariner, лучше чем Omega", "1:1", "watches", 80, "rolex"),
    ("Bose QC45 replica, quieter than Sony WH-1000XM5", "1:1 copy", "headphones", 40, "bose"),
])
def test_a_rival_compared_with_a_copy_of_another_brand_is_no_copys_brand(title, description, category, price, brand):
    assert list(demo_alerts(title, category, price, description=description)) == [brand]


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("Rolex Submariner replica", "1:1, better than Rolex itself", "watches", 80, "rolex"),  # the original compared
    ("Shark FlexStyle dupe – alternative to Dyson Airwrap", "1:1 copy", "hair care", 40, "dyson"),  # a likeness
])
def test_a_copy_compared_with_its_own_original_or_a_dupe_still_names_it(title, description, category, price, brand):
    assert brand in demo_alerts(title, category, price, description=description)


def test_a_mark_with_an_apostrophe_no_language_writes_there_is_still_disguised():
    assert "adidas" in demo_alerts("Orig'inals trefoil hoodie 1:1 replica", "hoodies", 12, description="mirror quality")


def test_a_word_inside_another_brands_longer_reading_names_no_brand_plainly():
    # "APPLE" of Bayer's Chinese name translated word by word, in a listing whose "tablets" names Apple's category
    alerts = demo_alerts("100mg tablets 30 count", "prescription drugs", 1.07, currency="EUR",
                         description="APPLE OF THE WORSHIP EXAGGERATE 100mg tablets 30 count.")
    assert list(alerts) == ["bayer"]


@pytest.mark.parametrize("description", ["We also sell Omega, Cartier and Tag Heuer. Ask for catalogue.",
                                         "También vendemos Omega y Cartier. Envío gratis."])
def test_what_else_the_shop_sells_is_no_subject_of_the_listing(description):
    assert list(demo_alerts("Rolex Submariner replica 1:1", "watches", 80, description=description)) == ["rolex"]


def test_brands_listed_together_as_the_goods_all_alert():
    alerts = demo_alerts("Rolex Submariner replica 1:1", "watches", 80,
                         description="Our shop: Rolex, Omega, Cartier, all super clone.")
    assert {"rolex", "omega", "cartier"} <= set(alerts)

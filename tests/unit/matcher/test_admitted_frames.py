"""A copy said plainly inside a frame that elsewhere means an honest listing (context/admitted.py, issue 9): a rented
copy, a failed authentication sold as is, a trading-card proxy, fan-made or unofficial goods, a bare "copy" beside the
goods; each a cue named "community <kind>: <term>" and a claim of a copy that the frame (a rental, a guide, an
accessory, a fair price) does not excuse; each with its honest twins, which must stay quiet. Listings written for this
file, not taken from a held-out set."""

from __future__ import annotations

import pytest

from services.matcher.core.context.admitted import admissions
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _admitted(match, kind: str):
    return next((s for s in match.signals if s.rule.value == "cue" and (s.term or "").startswith(f"community {kind}:")),
                None)


@pytest.mark.parametrize("title, category, price, description, brand, kind", [
    # a rented copy
    ("Rent my Rolex Daytona replica for your wedding day", "watches", 40, "Price per day", "rolex", "rented_copy"),
    ("Louis Vuitton Speedy copy available for rental", "handbags", 25, "per day", "louis-vuitton", "rented_copy"),
    ("Alquiler réplica Rolex Submariner para fiestas", "watches", 20, "por día", "rolex", "rented_copy"),
    ("Sewa jam Rolex KW super untuk foto", "watches", 9, "per hari", "rolex", "rented_copy"),
    ("Burberry trench fake for hire, graduation photos", "trench coats", 30, "deposit required", "burberry", "rented_copy"),
    # a failed authentication, sold anyway
    ("Rolex Submariner - Entrupy says fake, selling cheap", "watches", 250, "", "rolex", "failed_check"),
    ("Louis Vuitton Speedy 30 LC failed, as-is", "handbags", 120, "", "louis-vuitton", "failed_check"),
    ("Gucci Marmont bag returned by eBay authenticity guarantee, selling as is", "handbags", 180, "", "gucci", "failed_check"),
    ("Air Jordan 1 Chicago, flagged as fake by StockX, no returns", "sneakers", 90, "", "nike", "failed_check"),
    ("Coach Tabby didn't pass authentication, sold as is", "handbags", 60, "no returns", "coach", "failed_check"),
    ("Cartier Panthère montre, authentification échouée, vendue en l'état", "watches", 300, "", "cartier", "failed_check"),
    # a trading-card proxy
    ("Magic: The Gathering proxy Mana Crypt, premium", "board games", 5, "", "hasbro", "tcg_proxy"),
    ("MTG playtest cards Force of Will x4", "board games", 8, "", "hasbro", "tcg_proxy"),
    ("Proxy MTG commander deck Atraxa", "board games", 30, "", "hasbro", "tcg_proxy"),
    # fan-made, unofficial
    ("Fan-made Transformers Masterpiece Optimus Prime figure", "action figures", 45, "", "hasbro", "fan_made"),
    ("Unofficial LEGO Ninjago minifigures, 16 pcs", "minifigures", 15, "", "lego", "fan_made"),
    ("Inoffizielle LEGO Star Wars Figuren 10 Stück", "minifigures", 12, "", "lego", "fan_made"),
    # a bare "copy" beside the goods
    ("Samsung Galaxy Buds2 Pro copy", "earbuds", 15, "", "samsung", "bare_copy"),
    ("Sony WH-1000XM5 copy headphones", "headphones", 25, "", "sony", "bare_copy"),
    ("Dyson Airwrap copy, works great", "hair tools", 60, "", "dyson", "bare_copy"),
])
def test_a_copy_admitted_in_its_frame_alerts_and_says_so(title, category, price, description, brand, kind):
    found = demo_alerts(title, category, price, description)
    assert set(found) == {brand}, found
    assert _admitted(found[brand], kind) is not None, found[brand].signals


@pytest.mark.parametrize("title, category, price, description", [
    # renting genuine goods, a copier for rent
    ("Rent a genuine Rolex Submariner for your wedding", "watches", 120, "Price per day. 100% authentic, no replicas"),
    ("Louis Vuitton Keepall rental, authenticated by Entrupy", "handbags", 60, "per day"),
    ("Canon copier rental for offices", "printers", 50, "per month"),
    ("Rolex watch rental subscription, insured genuine pieces", "watches", 199, "per month"),
    # an authentication passed, promised or offered
    ("Louis Vuitton Neverfull MM, passed Entrupy authentication", "handbags", 1200, ""),
    ("Rolex Datejust, full refund if it fails authentication", "watches", 6500, ""),
    ("Gucci Marmont bag, never failed any legit check", "handbags", 1100, ""),
    # card accessories and sealed product
    ("MTG proxy card sleeves 100 count", "board games", 10, ""),
    ("Deck box for Magic: The Gathering, fits 100 sleeved cards", "board games", 25, ""),
    ("Magic: The Gathering Commander Masters booster box sealed", "board games", 250, ""),
    # works about the brand and third-party parts
    ("Unofficial LEGO Ninjago book: the fan guide", "books", 20, ""),
    ("LEGO compatible unofficial lighting kit for Millennium Falcon", "building sets", 30, ""),
    ("Fan art print of Gundam Wing, unofficial", "posters", 15, ""),
    # a copy of a game, a document, a copier's function
    ("Nintendo Switch game Zelda, physical copy", "video games", 40, ""),
    ("microSD card 512GB for Nintendo Switch, copy your saves", "memory cards", 30, ""),
])
def test_the_honest_twins_stay_quiet(title, category, price, description):
    found = demo_evaluated(title, category, price, description)
    assert all(_admitted(m, k) is None for m in found.values()
               for k in ("rented_copy", "failed_check", "tcg_proxy", "fan_made", "bare_copy")), found
    assert not {b for b, m in found.items() if m.score >= m.threshold}, found


def test_admissions_are_cheap_to_refuse():
    assert admissions("Sony WH-1000XM5 headphones", "Sony WH-1000XM5 headphones", "headphones") == []


@pytest.mark.parametrize("title, category, price, brand", [
    ("Gucci-esque belt with GG buckle", "belts", 216, "gucci"),
    ("Coach-esque tabby bag C hardware", "handbags", 120, "coach"),
    ("Louis Vuitton inspired tote with LV clasp", "handbags", 80, "louis-vuitton"),
    ("Michael Kors style tote, MK gold charm", "handbags", 45, "michael-kors"),
])
def test_a_likeness_with_the_brands_initials_on_its_hardware_is_a_copy(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}, found
    note = next(s for s in found[brand].signals if s.rule.value == "accessory")
    assert note.weight == 0 and "claim of identity" in note.detail, note


@pytest.mark.parametrize("title, category, price", [
    ("Gucci-esque belt with gold buckle", "belts", 216),
    ("Coach-esque bag with D-ring hardware", "handbags", 120),
    ("Louis Vuitton inspired tote, plain brass clasp", "handbags", 80),
])
def test_a_likeness_without_the_brands_initials_stays_a_likeness(title, category, price):
    assert demo_alerts(title, category, price) == {}


@pytest.mark.parametrize("title, category, price, description, currency, brand", [
    ("三星 Galaxy S23 模型机 展示机", "phones", 300, "不能开机，带logo，1比1", "CNY", "samsung"),
    ("Galaxy Z Flip dummy with printed logo, screen film", "phones", 20, "", "USD", "samsung"),
    ("Rolex Submariner display dummy 1:1 with logo", "watches", 90, "", "USD", "rolex"),
])
def test_a_dummy_said_to_copy_the_goods_is_a_copy(title, category, price, description, currency, brand):
    found = demo_alerts(title, category, price, description, currency=currency)
    assert set(found) == {brand}, found
    assert _admitted(found[brand], "dummy_unit") is not None, found[brand].signals


def test_a_generic_dummy_admits_nothing():
    assert admissions("Dummy phone display model 6.7 inch, no logo", "Dummy phone display model 6.7 inch, no logo",
                      "phones") == []

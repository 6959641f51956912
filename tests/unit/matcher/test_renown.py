"""The brand named by what people know about it (issue 9, lore28; outsider25's c_emoji_nicknames25, c_world_first25,
outsider24's c_spin_off_parent24, c_owned_club24, c_ai_assistant_names24): a model's nickname written as emoji beside
the brand's shorthand (detectors/emoji.py), a famous world first after a word for "first" (detectors/firsts.py), a
company it spun off or a club it owns in a relation phrase (detectors/relations.py), its voice or AI assistant (a spec).
Lone emoji, histories, the spin-off's and club's own goods stay quiet. Titles written for this test."""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.emoji import readings, runs
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("title", "brand", "category", "price"), [
    ("🥤 GMT 40mm jubilee – replica", "rolex", "watches", 150.0),
    ("🦇 GMT II oyster - super copy", "rolex", "watches", 150.0),
    ("🐸 sub 41mm – AAA copy", "rolex", "watches", 150.0),
    ("🐼 lows white/black – namaak topkwaliteit", "nike", "sneakers", 40.0),
    ("🖤❤️ 11s patent leather – replica", "nike", "sneakers", 40.0),
    ("🐂 1s high - fake", "nike", "sneakers", 40.0),
    ("🦓 350s v2 – copie haute qualité", "adidas", "sneakers", 40.0),
    ("🐋 350s grey/orange – replica", "adidas", "sneakers", 40.0),
    ("🌙🚀 Speedy chrono – replica", "omega", "watches", 90.0),
    ("❤️🪛 bracelet gold – replica", "cartier", "jewelry", 30.0),
    ("dive watch 41mm - from the makers of the first waterproof wristwatch (1926) - replica", "rolex", "watches", 90.0),
    ("tyre 205/55 R16 - by the inventors of the radial tyre - réplica", "michelin", "tires", 20.0),
    ("instant coffee 200g - from the makers of the world's first instant coffee - fake", "nestle", "coffee", 3.0),
    ("Aspirador - de los creadores de la primera aspiradora sin bolsa - réplica", "dyson", "vacuum cleaners", 40.0),
    ("Wet&dry shaver by the ex-parent of Signify – AAA replica", "philips", "shavers", 20.0),
    ("Glucose sensor 14 days – AbbVie's former parent – Kopie, sehr gut", "abbott", "medical devices", 10.0),
    ("Headphones – VAIO's former parent – replica", "sony", "headphones", 20.0),
    ("5-blade shaver – Gamba Osaka's owner – first copy", "panasonic", "shavers", 10.0),
    ("Aspirin 500mg x100 – the Werkself's company – replica", "bayer", "otc", 2.0),
    ("Tyre – the Jaunards' company – replica", "michelin", "tires", 20.0),
    ("Earbuds 'Hey Siri' – replica", "apple", "earbuds", 10.0),
    ("Earbuds – Bixby voice wake-up – replica", "samsung", "earbuds", 10.0),
])
def test_renown_with_a_cue_alerts(title, brand, category, price):
    assert set(demo_alerts(title, category, price)) == {brand}


@pytest.mark.parametrize(("title", "category", "price"), [
    ("🐼 panda plush 30cm", "toys", 20.0),
    ("🐼 plush replica", "toys", 10.0),
    ("🦓 print phone case", "phone cases", 8.0),
    ("🥤 reusable cup with straw", "kitchen", 6.0),
    ("🦇 costume kids", "costumes", 15.0),
    ("🐸 keychain copy", "accessories", 3.0),
    ("🐼 lows, size 9, new in box, with receipt", "sneakers", 150.0),
    ("The first waterproof wristwatch: a history of the Oyster, hardcover", "books", 30.0),
    ("Museum print: the first radial tyre, A2", "art", 20.0),
    ("first copy instant coffee jar, unbranded", "coffee", 5.0),
    ("Diesel straight jeans, first copy", "jeans", 15.0),
    ("Covestro polycarbonate sheet 2mm, 1x2 m", "building materials", 40.0),
    ("Samsung Lions cap – official KBO", "caps", 25.0),
    ("Suwon Samsung Bluewings shirt", "soccer", 40.0),
    ("Bayer 04 Leverkusen home shirt 2024/25, official", "soccer", 80.0),
    ("Gamba Osaka scarf, official", "sports merchandise", 25.0),
    ("Siri Remote silicone case for Apple TV", "accessories", 8.0),
    ("Copilot seat cushion for light aircraft", "aviation", 60.0),
])
def test_renown_elsewhere_stays_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


def test_a_spin_off_naming_its_former_owner_is_the_spin_offs():
    assert demo_alerts("Covestro polycarbonate sheet 2mm, 1x2 m", "otc", 55.2,
                       description="Industrial plastic, Bayer's former division.") == {}
    assert demo_alerts("Signify lamp, spun off from Philips", "lighting", 30.0) == {}


def test_emoji_runs_are_read_by_name_and_community_reading():
    (start, end, name), = runs("🖤❤️ 11s")
    assert name == "black heart red heart" and ("bred",) in readings(name)
    assert ("pepsi",) in readings(runs("🥤 GMT")[0][2]) and ("panda",) in readings(runs("🐼")[0][2])
